package io.alephmonitor.tracking;

import java.time.Duration;
import java.time.Instant;

/**
 * The global requests-per-second cap. Non-blocking: a poll cycle takes as many tokens as it may
 * spend now and leaves the other due tasks for the next tick, so nothing ever waits on a timer.
 * The burst (its capacity) is what may go out at once; the rate is how fast it fills up again.
 */
final class TokenBucket {

    private final double ratePerSecond;
    private final double capacity;
    private double tokens;
    private Instant refilledAt;

    /** Starts full: a burst of {@code burst} requests is allowed at once. */
    TokenBucket(double ratePerSecond, int burst, Instant now) {
        this.ratePerSecond = ratePerSecond;
        this.capacity = Math.max(1, burst);
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Whole tokens that may be spent now. */
    int available(Instant now) {
        refill(now);
        return (int) Math.floor(tokens);
    }

    /** Spends tokens (at most those {@link #available} said). */
    void spend(int count) {
        tokens = Math.max(0, tokens - count);
    }

    private void refill(Instant now) {
        if (now.isBefore(refilledAt)) {
            refilledAt = now; // the clock was set back: count from here, or the bucket would stay empty until it catches up
        } else if (now.isAfter(refilledAt)) {
            double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(capacity, tokens + seconds * ratePerSecond);
            refilledAt = now;
        }
    }
}
