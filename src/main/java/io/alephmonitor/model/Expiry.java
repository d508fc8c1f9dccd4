package io.alephmonitor.model;


import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * When a finished task's result links are expected to stop working, and how to say so: the one
 * place that adds a kind's result lifetime ({@link KindInfo#resultLifetime()}) to a completion time.
 */
public final class Expiry {

    /** kie.ai documents result links as valid for 14 days after completion for Aleph. */
    public static final Duration ALEPH_LIFETIME = Duration.ofDays(14);
    /** The lifetime assumed for a kind this version does not know. */
    public static final Duration DEFAULT_LIFETIME = ALEPH_LIFETIME;

    private final Clock clock;
    private final Function<String, Duration> lifetimeOfKind;

    /**
     * @param clock          what "now" is
     * @param lifetimeOfKind a kind's result-link lifetime by its id (e.g. from {@code TaskKind.resultLifetime()});
     *                       may return null for an unknown kind, which then gets {@link #DEFAULT_LIFETIME}
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
        return expiresAt(task, Objects.requireNonNullElse(lifetimeOfKind.apply(task.kind()), DEFAULT_LIFETIME));
    }

    /**
     * When the task's result links expire if its kind's links live {@code lifetime} after completion;
     * empty unless it succeeded with a known completion time.
     */
    public static Optional<Instant> expiresAt(TrackedTask task, Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (!(task.status() instanceof TaskStatus.Succeeded succeeded)) {
            return Optional.empty();
        }
        Instant completed = task.completedAt() != null ? task.completedAt() : succeeded.completedAt();
        return Optional.ofNullable(completed).map(at -> at.plus(lifetime));
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
