package io.alephmonitor.tracking;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the poller may work.
 *
 * @param interval          how often each active task is polled (UI: 10 s–10 min; command line: ≥ 1 s)
 * @param tick              how often the poller looks for due tasks; short, so a task is never late by more
 * @param maxInFlight       requests in flight at once
 * @param requestsPerSecond global cap on kie.ai requests per second, sustained
 * @param requestBurst      requests that may go out at once before that cap paces them (a whole cycle's backlog)
 * @param backoffBase       first retry delay after a transient problem; doubles per failure
 * @param backoffCap        the longest retry delay
 * @param jitter            fraction (0–1) by which a retry delay is shortened at random, so failing tasks spread out
 * @param creditsProbe      how often polling is retried while the account is out of credits
 * @param creditsRefresh    how often the credit balance is refreshed for the status bar
 */
public record PollSettings(Duration interval, Duration tick, int maxInFlight, double requestsPerSecond,
                           int requestBurst, Duration backoffBase, Duration backoffCap, double jitter,
                           Duration creditsProbe, Duration creditsRefresh) {

    /** Pooled HTTP/1.1 connections to the simulator, or streams of one HTTP/2 connection to kie.ai. */
    private static final int MAX_IN_FLIGHT = 32;
    private static final double MAX_REQUESTS_PER_SECOND = 5_000;
    private static final int MAX_BURST = 20_000;

    public PollSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(tick, "tick");
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("The poll interval must be at least 1 second.");
        }
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("The poll tick must be positive.");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("At least one request must be allowed in flight.");
        }
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("The request rate cap must be positive.");
        }
        if (requestBurst < 1) {
            throw new IllegalArgumentException("The request burst must allow at least one request.");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("Jitter must be in [0, 1).");
        }
    }

    /**
     * 30 s per task, a 1 s tick, 32 requests in flight, bursts of up to 20,000 requests then at most 5,000/s,
     * retries 10 s doubling up to 5 min, credits at most once a minute.
     * kie.ai limits polls per task (3/s), which the interval keeps far below; it documents no account-wide poll
     * limit (its ~20 per 10 s is for creating tasks). So the in-flight limit paces a cycle, and the global cap is
     * only a guard against a runaway: its burst holds a whole cycle of 10,000 due tasks, so they go out as one
     * stream instead of waiting a tick for tokens, while anything that keeps sending is held to 5,000/s.
     */
    public static PollSettings defaults() {
        return new PollSettings(Duration.ofSeconds(30), Duration.ofSeconds(1), MAX_IN_FLIGHT, MAX_REQUESTS_PER_SECOND,
                MAX_BURST, Duration.ofSeconds(10), Duration.ofMinutes(5), 0.2,
                Duration.ofMinutes(5), Duration.ofMinutes(1));
    }

    public PollSettings withInterval(Duration newInterval) {
        return new PollSettings(newInterval, tick, maxInFlight, requestsPerSecond, requestBurst, backoffBase, backoffCap,
                jitter, creditsProbe, creditsRefresh);
    }

    public PollSettings withMaxInFlight(int n) {
        return new PollSettings(interval, tick, n, requestsPerSecond, requestBurst, backoffBase, backoffCap,
                jitter, creditsProbe, creditsRefresh);
    }

    /** A cap of {@code rate} requests per second with a burst of one second's worth. */
    public PollSettings withRequestsPerSecond(double rate) {
        return new PollSettings(interval, tick, maxInFlight, rate, (int) Math.max(1, Math.floor(rate)), backoffBase,
                backoffCap, jitter, creditsProbe, creditsRefresh);
    }

    public PollSettings withRequestBurst(int burst) {
        return new PollSettings(interval, tick, maxInFlight, requestsPerSecond, burst, backoffBase, backoffCap,
                jitter, creditsProbe, creditsRefresh);
    }

    public PollSettings withBackoff(Duration base, Duration cap, double newJitter) {
        return new PollSettings(interval, tick, maxInFlight, requestsPerSecond, requestBurst, base, cap,
                newJitter, creditsProbe, creditsRefresh);
    }

    public PollSettings withTick(Duration newTick) {
        return new PollSettings(interval, newTick, maxInFlight, requestsPerSecond, requestBurst, backoffBase, backoffCap,
                jitter, creditsProbe, creditsRefresh);
    }
}
