package io.alephmonitor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians of repeated measurements (the machine is noisy: never a single run, never a mean). */
final class Stats {

    private Stats() {
    }

    static double median(List<? extends Number> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>();
        values.forEach(v -> sorted.add(v.doubleValue()));
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
