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
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
        Instant freeAt = recent.size() >= MAX_CREATIONS ? recent.peekFirst().plus(WINDOW) : now;
        if (heldUntil.isAfter(freeAt)) {
            freeAt = heldUntil;
        }
        if (freeAt.isAfter(now)) {
            return Duration.between(now, freeAt);
        }
        recent.addLast(now);
        return null;
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
