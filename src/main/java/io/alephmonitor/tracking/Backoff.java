package io.alephmonitor.tracking;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential retry delays with jitter: base, 2×base, 4×base … capped, each shortened by up to
 * {@code jitter} at random so that many tasks failing together do not retry together.
 */
final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final double jitter;
    private final DoubleSupplier random;

    /** @param random uniform values in [0, 1) */
    Backoff(Duration base, Duration cap, double jitter, DoubleSupplier random) {
        this.base = base;
        this.cap = cap;
        this.jitter = jitter;
        this.random = random;
    }

    /** The delay before the next attempt after {@code failures} consecutive failures (≥ 1). */
    Duration delay(int failures) {
        long baseMillis = base.toMillis();
        long capMillis = cap.toMillis();
        int doublings = Math.max(0, Math.min(failures - 1, 40));
        long raw = baseMillis > (capMillis >> doublings) ? capMillis : Math.min(capMillis, baseMillis << doublings);
        long jittered = Math.round(raw * (1.0 - jitter * random.getAsDouble()));
        return Duration.ofMillis(Math.max(1, jittered));
    }
}
