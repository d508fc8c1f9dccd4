package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;

import java.time.Duration;
import java.time.Instant;

/**
 * When the credit balance for the status bar is asked for, and what is known of it: once at the
 * start (and after a new key), then only in cycles that poll tasks anyway and at most once per
 * {@code minGap} — an idle app does not keep asking (nor one whose polls are failing: the engine
 * passes no polling then). A failed check keeps the last balance and
 * remembers why. Plain Java, guarded by the engine's lock.
 */
final class CreditsRefresh {

    private final Duration minGap;
    private Instant checkedAt;
    private Double balance;
    private String problem;

    CreditsRefresh(Duration minGap) {
        this.minGap = minGap;
    }

    /** True when a credit check should go out now, alongside this cycle's polls (if any). */
    boolean isDue(Instant now, boolean pollingThisCycle) {
        return checkedAt == null || pollingThisCycle && !now.isBefore(checkedAt.plus(minGap));
    }

    /** A check went out now. */
    void sent(Instant now) {
        checkedAt = now;
    }

    /** The answer to a check: a new balance, or a problem that leaves the last balance standing. */
    void answered(ApiResult<Double> result) {
        switch (result) {
            case ApiResult.Ok<Double>(Double value) -> {
                balance = value;
                problem = null;
            }
            case ApiResult.Err<Double>(ApiError error) -> problem = error.userMessage();
        }
    }

    /** The clock went back by {@code back}: the last check moves back with it, so the next one is not hours away. */
    void clockSetBack(Duration back) {
        if (checkedAt != null) {
            checkedAt = checkedAt.minus(back);
        }
    }

    /** New key or address: the balance belongs to the old one; check again at once. */
    void forget() {
        checkedAt = null;
        balance = null;
        problem = null;
    }

    /** The last balance kie.ai reported; null when none yet. */
    Double balance() {
        return balance;
    }

    /** Why the last check failed; null when it succeeded. */
    String problem() {
        return problem;
    }
}
