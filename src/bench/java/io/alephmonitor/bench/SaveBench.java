package io.alephmonitor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saving a large result: the app's Downloader in its own JVM (heap capped at 128 MiB and sampled, after
 * one unmeasured 64 MiB save) against {@code curl -o} of the same URL into the same folder, taking turns.
 */
final class SaveBench {

    /**
     * MiB/s per run for the app and for curl; heap growth during the app's saves in MiB: at its peak
     * (read buffers the next young GC frees included) and after the fullest GC (what the save holds).
     */
    record Result(List<Double> appMibPerSecond, List<Double> curlMibPerSecond, List<Double> heapGrowthMib,
                  List<Double> heapHeldMib) {
    }

    private SaveBench() {
    }

    private static void appSave(Launches launches, String url, String warmUpUrl, Path target, List<Double> speeds,
                                List<Double> heapGrowth, List<Double> heapHeld) throws Exception {
        try (ChildProcess child = ChildProcess.start(
                launches.helper(List.of("-Xmx128m"), SaveProbe.class, List.of(url, target.toString(), warmUpUrl)),
                java.util.Map.of(), launches.projectDir)) {
            String[] f = child.awaitLine(SaveProbe.RESULT, 600).split(" ");
            child.awaitExit(60);
            speeds.add(Long.parseLong(f[0]) / 1048576.0 / (Long.parseLong(f[1]) / 1000.0));
            heapGrowth.add(Double.parseDouble(f[3]) - Double.parseDouble(f[2]));
            heapHeld.add(Math.max(0, Double.parseDouble(f[4]) - Double.parseDouble(f[2])));
        }
    }

    private static double curlSave(String url, Path target) throws Exception {
        // curl's own clock, from the request to the last byte: like the app's, which starts at Downloader.start
        // in a JVM already running, so neither figure holds a process start.
        String out = BenchSuite.run(List.of("curl", "-sS", "-o", target.toString(), "-w", "%{time_total}", url), 600);
        double seconds;
        try {
            seconds = Double.parseDouble(out.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("curl failed: " + out, e);
        }
        double speed = Files.size(target) / 1048576.0 / seconds;
        Files.delete(target);
        return speed;
    }

    static Result run(Launches launches, String url, String warmUpUrl, Path work, int runs) throws Exception {
        List<Double> app = new ArrayList<>();
        List<Double> curl = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> held = new ArrayList<>();
        Path appTarget = work.resolve("saved-by-app.mp4");
        Path curlTarget = work.resolve("saved-by-curl.mp4");
        // The simulator's file serving is JIT-compiled first, so neither side pays for it; then they take turns.
        BenchSuite.run(List.of("curl", "-sS", "-o", curlTarget.toString(), warmUpUrl), 600);
        Files.deleteIfExists(curlTarget);
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                appSave(launches, url, warmUpUrl, appTarget, app, heap, held);
                curl.add(curlSave(url, curlTarget));
            } else {
                curl.add(curlSave(url, curlTarget));
                appSave(launches, url, warmUpUrl, appTarget, app, heap, held);
            }
            System.out.printf("  run %d: app %.0f MiB/s (heap +%.1f MiB at its peak, +%.1f MiB after GC), curl %.0f MiB/s%n",
                    i, app.getLast(), heap.getLast(), held.getLast(), curl.getLast());
        }
        return new Result(app, curl, heap, held);
    }
}
