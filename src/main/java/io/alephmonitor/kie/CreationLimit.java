package io.alephmonitor.kie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * kie.ai's documented creation limit: about 20 new tasks per rolling 10 seconds per account; over
 * it a create call is answered 429, not queued. The app counts its own creations with it, the
 * simulator enforces it. Thread-safe; timed by the given clock, so tests move time by hand.
 */
public final class CreationLimit {

    public static final int MAX_CREATIONS = 20;
    public static final Duration WINDOW = Duration.ofSeconds(10);

    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();
    private Instant heldUntil = Instant.MIN;

    public CreationLimit(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Counts one creation now and returns null, or returns how long until one is allowed (nothing counted). */
    public synchronized Duration take() {
        Duration wait = untilFree();
        if (wait == null) {
            recent.addLast(clock.instant());
        }
        return wait;
    }

    /** How long until one more creation is allowed, or null when it is allowed now; counts nothing. */
    public synchronized Duration untilFree() {
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
        Instant freeAt = recent.size() >= MAX_CREATIONS ? recent.peekFirst().plus(WINDOW) : now;
        if (heldUntil.isAfter(freeAt)) {
            freeAt = heldUntil;
        }
        return freeAt.isAfter(now) ? Duration.between(now, freeAt) : null;
    }

    /**
     * Counts a creation made at {@code at}: one whose answer just came (kie.ai counted it on arrival, no later),
     * or one an earlier run of the app made, so a restart does not start with a fresh allowance.
     */
    public synchronized void count(Instant at) {
        java.util.List<Instant> sorted = new java.util.ArrayList<>(recent);
        sorted.add(at);
        sorted.sort(null);
        recent.clear();
        recent.addAll(sorted);
    }

    /** kie.ai said "too many" (it counts creations made elsewhere too): allow none for {@code wait}. */
    public synchronized void holdOff(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(heldUntil)) {
            heldUntil = until;
        }
    }

    /** The sentence shown when a creation must wait: "… — wait 4 s." (whole seconds, rounded up, at least 1). */
    public static String waitMessage(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return "kie.ai allows about " + MAX_CREATIONS + " new tasks per " + WINDOW.toSeconds()
                + " seconds — wait " + seconds + " s, then press Create again.";
    }
}
