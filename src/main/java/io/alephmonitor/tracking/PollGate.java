package io.alephmonitor.tracking;

import io.alephmonitor.tracking.PollingState.Pause;

import java.time.Duration;
import java.time.Instant;

/**
 * The account-wide state that stops every task's polling at once: a pause (rejected key, no
 * credits, maintenance, no key) or a Retry-After window. Plain Java, guarded by the engine's lock.
 */
final class PollGate {

    private final Backoff backoff;
    private final Duration creditsProbe;
    private Pause pause;
    private Instant probeAt;
    private int maintenanceAnswers;
    private Instant blockedUntil;
    private int rateLimitAnswers;

    PollGate(Backoff backoff, Duration creditsProbe) {
        this.backoff = backoff;
        this.creditsProbe = creditsProbe;
    }

    /** True when ordinary polling may run now. */
    boolean isOpen(Instant now) {
        return pause == null && (blockedUntil == null || !now.isBefore(blockedUntil));
    }

    /** True when paused but due to try one request, to see whether the service is back. */
    boolean isProbeDue(Instant now) {
        return pause != null && probeAt != null && !now.isBefore(probeAt);
    }

    Pause pause() {
        return pause;
    }

    /** Pauses everything. A rejected or missing key waits for new credentials; the others probe now and then. */
    void pause(Pause reason, Instant now) {
        boolean sameWave = reason == pause && probeAt != null && probeAt.isAfter(now);
        pause = reason;
        if (sameWave) {
            // Other requests of the wave that brought this pause answer alike: one wave is one step of backoff.
            return;
        }
        probeAt = switch (reason) {
            case API_KEY_REJECTED, NO_API_KEY -> null;
            case OUT_OF_CREDITS -> now.plus(creditsProbe);
            case MAINTENANCE -> now.plus(backoff.delay(++maintenanceAnswers));
        };
    }

    /** kie.ai said 429: nobody polls until Retry-After has passed (or a backoff when it gave none). */
    Instant rateLimited(Duration retryAfter, Instant now) {
        if (blockedUntil == null || !blockedUntil.isAfter(now)) {
            rateLimitAnswers++; // requests already in flight when the first 429 came count as the same step
        }
        Duration wait = retryAfter != null && !retryAfter.isNegative() ? retryAfter : backoff.delay(rateLimitAnswers);
        Instant until = now.plus(wait);
        if (blockedUntil == null || until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
        return blockedUntil;
    }

    /** A request got a real answer: the service works, so a service-side pause is over. */
    void answered() {
        rateLimitAnswers = 0;
        if (pause == Pause.OUT_OF_CREDITS || pause == Pause.MAINTENANCE) {
            lift();
        }
    }

    /** "Check now" while paused for credits or maintenance tries once at once; a key problem still waits. */
    void probeNow(Instant now) {
        if (pause == Pause.OUT_OF_CREDITS || pause == Pause.MAINTENANCE) {
            probeAt = now;
        }
    }

    /** The wall clock was set back by {@code by}: a probe or Retry-After window ends after the wait it had left. */
    void clockSetBack(Duration by) {
        probeAt = probeAt == null ? null : probeAt.minus(by);
        blockedUntil = blockedUntil == null ? null : blockedUntil.minus(by);
    }

    /** Clears every pause and window (new key or API base). */
    void lift() {
        pause = null;
        probeAt = null;
        maintenanceAnswers = 0;
        blockedUntil = null;
        rateLimitAnswers = 0;
    }

    /** When polling may next happen by itself; null when it waits for the user. */
    Instant reopensAt(Instant now) {
        if (pause != null) {
            return probeAt;
        }
        return blockedUntil != null && blockedUntil.isAfter(now) ? blockedUntil : null;
    }
}
