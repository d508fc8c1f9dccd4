package io.alephmonitor.settings;

import java.time.Instant;

/**
 * The opt-in update check: off until the user agrees once.
 *
 * @param allowed   true when the user agreed, false when they said no, null when not asked yet
 * @param lastCheck when the release feed was last asked (a feed that did not answer counts: the next try is a day later)
 */
public record UpdateChoice(Boolean allowed, Instant lastCheck) {

    /** Not asked yet, never checked. */
    public static final UpdateChoice NOT_ASKED = new UpdateChoice(null, null);

    /** True only when the user agreed. */
    public boolean on() {
        return Boolean.TRUE.equals(allowed);
    }

    public UpdateChoice withAllowed(boolean yes) {
        return new UpdateChoice(yes, lastCheck);
    }

    public UpdateChoice checkedAt(Instant when) {
        return new UpdateChoice(allowed, when);
    }
}
