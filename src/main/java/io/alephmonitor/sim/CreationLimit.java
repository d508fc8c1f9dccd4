package io.alephmonitor.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * kie.ai's documented creation limit: about 20 new tasks per rolling 10 seconds per account;
 * over it a create call is answered 429, not queued. Timed by the simulator's clock.
 */
final class CreationLimit {

    static final int MAX_CREATIONS = 20;
    static final Duration WINDOW = Duration.ofSeconds(10);

    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();

    CreationLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts one creation and returns null, or returns how long until one is allowed (nothing counted). */
    synchronized Duration take() {
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
        if (recent.size() >= MAX_CREATIONS) {
            return Duration.between(now, recent.peekFirst().plus(WINDOW));
        }
        recent.addLast(now);
        return null;
    }
}
