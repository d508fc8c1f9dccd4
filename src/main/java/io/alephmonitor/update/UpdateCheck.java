package io.alephmonitor.update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The once-a-day rule of the opt-in update check. It asks nothing unless the user agreed, and
 * nothing again within a day of the last try — a feed that was down or slow is tried again the next
 * day, not sooner. A newer version than the running one is the only outcome the user sees.
 */
public final class UpdateCheck {

    /** How long after one try the next may come. */
    public static final Duration INTERVAL = Duration.ofDays(1);

    private final Supplier<ReleaseFeed.Answer> feed;
    private final AppVersion running;
    private final Clock clock;

    /** What one call of {@link #run} found, and when the feed was last asked from now on. */
    public sealed interface Outcome {
        /** When the feed was last asked (unchanged when it was not asked now); null when never. */
        Instant lastCheck();

        /** The user has not agreed (or said no): nothing was asked. */
        record NotAllowed(Instant lastCheck) implements Outcome {
        }

        /** Asked less than a day ago: nothing was asked. */
        record NotDue(Instant lastCheck) implements Outcome {
        }

        /** The feed's latest is not newer than the running version. */
        record UpToDate(Instant lastCheck) implements Outcome {
        }

        /** A newer version: show it. */
        record Available(Release release, Instant lastCheck) implements Outcome {
        }

        /** The feed gave no usable answer (logged); tried again a day later. */
        record Unavailable(String why, Instant lastCheck) implements Outcome {
        }
    }

    /**
     * @param feed    asks the release feed (blocking)
     * @param running the running app's version (null when unknown, e.g. run from the IDE: nothing is ever newer-checked)
     */
    public UpdateCheck(Supplier<ReleaseFeed.Answer> feed, AppVersion running, Clock clock) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.running = running;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks when allowed and due; blocks while the feed is asked (call it off the FX thread). */
    public Outcome run(boolean allowed, Instant lastCheck) {
        if (!allowed) {
            return new Outcome.NotAllowed(lastCheck);
        }
        Instant now = clock.instant();
        if (lastCheck != null && now.isBefore(lastCheck.plus(INTERVAL)) && !now.isBefore(lastCheck)) {
            return new Outcome.NotDue(lastCheck);
        }
        return switch (feed.get()) {
            case ReleaseFeed.Answer.Unavailable none -> new Outcome.Unavailable(none.why(), now);
            case ReleaseFeed.Answer.Latest latest -> running != null && latest.release().version().isNewerThan(running)
                    ? new Outcome.Available(latest.release(), now)
                    : new Outcome.UpToDate(now);
        };
    }

    /**
     * The version of the running app, from its jar's manifest; a development build has none (null: nothing is
     * ever newer) unless {@code -Dalephmonitor.version} names one, to try the check out.
     */
    public static AppVersion runningVersion(Class<?> anyAppClass) {
        Package p = anyAppClass.getPackage();
        AppVersion fromJar = p == null ? null : AppVersion.parse(p.getImplementationVersion());
        return fromJar != null ? fromJar : AppVersion.parse(System.getProperty("alephmonitor.version"));
    }
}
