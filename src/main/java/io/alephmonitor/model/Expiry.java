package io.alephmonitor.model;


import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** When a finished task's result link is expected to stop working, and how to say so. */
public final class Expiry {

    /** kie.ai documents result links as valid for 14 days after completion for Aleph. */
    public static final Duration ALEPH_LIFETIME = Duration.ofDays(14);

    private final Clock clock;
    private final Function<String, Duration> lifetimeOfKind;

    /**
     * @param clock          what "now" is
     * @param lifetimeOfKind a kind's result-link lifetime by its id (e.g. from {@code TaskKind.resultLifetime()});
     *                       may return null for an unknown kind, which then gets {@link #ALEPH_LIFETIME}
     */
    public Expiry(Clock clock, Function<String, Duration> lifetimeOfKind) {
        this.clock = Objects.requireNonNull(clock);
        this.lifetimeOfKind = Objects.requireNonNull(lifetimeOfKind);
    }

    /** Every kind gets the Aleph lifetime. */
    public static Expiry aleph(Clock clock) {
        return new Expiry(clock, kind -> ALEPH_LIFETIME);
    }

    /** When the task's result link expires; empty unless it succeeded with a known completion time. */
    public Optional<Instant> expiresAt(TrackedTask task) {
        if (!(task.status() instanceof TaskStatus.Succeeded succeeded)) {
            return Optional.empty();
        }
        Instant completed = task.completedAt() != null ? task.completedAt() : succeeded.completedAt();
        if (completed == null) {
            return Optional.empty();
        }
        Duration lifetime = Objects.requireNonNullElse(lifetimeOfKind.apply(task.kind()), ALEPH_LIFETIME);
        return Optional.of(completed.plus(lifetime));
    }

    /** True once the task's result link is past its expected lifetime. */
    public boolean isExpired(TrackedTask task) {
        return expiresAt(task).map(at -> !at.isAfter(clock.instant())).orElse(false);
    }

    /** "expires in 13 days", "expires in 5 hours", "link expired"; empty when there is nothing to expire. */
    public String describe(TrackedTask task) {
        return expiresAt(task).map(at -> describe(at, clock.instant())).orElse("");
    }

    /** The words for a link that expires at {@code expiresAt}, seen at {@code now}. */
    public static String describe(Instant expiresAt, Instant now) {
        Duration left = Duration.between(now, expiresAt);
        if (left.isZero() || left.isNegative()) {
            return "link expired";
        }
        if (left.toDays() >= 1) {
            return "expires in " + plural(left.toDays(), "day");
        }
        if (left.toHours() >= 1) {
            return "expires in " + plural(left.toHours(), "hour");
        }
        if (left.toMinutes() >= 1) {
            return "expires in " + plural(left.toMinutes(), "minute");
        }
        return "expires in less than a minute";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
