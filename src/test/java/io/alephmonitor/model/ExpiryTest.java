package io.alephmonitor.model;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryTest {

    private static final Instant COMPLETED = Instant.parse("2023-08-15T14:30:45Z");

    private static TrackedTask succeeded(String kind, Instant completedAt) {
        return TrackedTask.added("ee603959-debb-48d1-98c4-a6d1c717eba6", kind, COMPLETED.minusSeconds(600))
                .withStatus(new TaskStatus.Succeeded("https://x/v.mp4", "https://x/i.png", completedAt));
    }

    private static Expiry at(Instant now) {
        return Expiry.aleph(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void anAlephLinkExpiresFourteenDaysAfterCompletion() {
        assertThat(at(COMPLETED).expiresAt(succeeded("aleph", COMPLETED))).contains(COMPLETED.plus(Duration.ofDays(14)));
    }

    @Test
    void aDayAfterCompletionTheLinkExpiresInThirteenDays() {
        assertThat(at(COMPLETED.plus(Duration.ofDays(1))).describe(succeeded("aleph", COMPLETED)))
                .isEqualTo("expires in 13 days");
    }

    @Test
    void onTheLastDayItCountsHoursThenMinutes() {
        Instant end = COMPLETED.plus(Duration.ofDays(14));
        assertThat(at(end.minus(Duration.ofHours(5)).minusSeconds(30)).describe(succeeded("aleph", COMPLETED)))
                .isEqualTo("expires in 5 hours");
        assertThat(at(end.minus(Duration.ofMinutes(90))).describe(succeeded("aleph", COMPLETED)))
                .isEqualTo("expires in 1 hour");
        assertThat(at(end.minus(Duration.ofMinutes(7))).describe(succeeded("aleph", COMPLETED)))
                .isEqualTo("expires in 7 minutes");
        assertThat(at(end.minusSeconds(20)).describe(succeeded("aleph", COMPLETED)))
                .isEqualTo("expires in less than a minute");
        assertThat(at(end.minus(Duration.ofHours(25))).describe(succeeded("aleph", COMPLETED)))
                .isEqualTo("expires in 1 day");
    }

    @Test
    void afterItsLifetimeTheLinkIsExpired() {
        Expiry later = at(COMPLETED.plus(Duration.ofDays(14)));
        assertThat(later.describe(succeeded("aleph", COMPLETED))).isEqualTo("link expired");
        assertThat(later.isExpired(succeeded("aleph", COMPLETED))).isTrue();
        assertThat(at(COMPLETED).isExpired(succeeded("aleph", COMPLETED))).isFalse();
    }

    @Test
    void theKindDecidesTheLifetime() {
        Expiry expiry = new Expiry(Clock.fixed(COMPLETED, ZoneOffset.UTC),
                kind -> kind.equals("gpt4o") ? Duration.ofHours(24) : null);
        assertThat(expiry.describe(succeeded("gpt4o", COMPLETED))).isEqualTo("expires in 1 day");
        assertThat(expiry.describe(succeeded("unknown", COMPLETED))).isEqualTo("expires in 14 days");
    }

    @Test
    void theTasksOwnCompletionTimeWinsOverTheStatuses() {
        TrackedTask task = succeeded("aleph", null);
        assertThat(at(COMPLETED).expiresAt(task)).isEmpty();
        assertThat(at(COMPLETED).describe(task)).isEmpty();
        TrackedTask polled = task.withPoll(new io.alephmonitor.model.TaskSnapshot(task.taskId(), "aleph", task.status(),
                TaskParams.EMPTY, COMPLETED.minusSeconds(60), COMPLETED));
        assertThat(at(COMPLETED).expiresAt(polled)).contains(COMPLETED.plus(Duration.ofDays(14)));
    }

    @Test
    void aTaskWithoutResultHasNothingToExpire() {
        TrackedTask running = TrackedTask.added("id", "aleph", COMPLETED).withStatus(new TaskStatus.Running());
        assertThat(at(COMPLETED).expiresAt(running)).isEmpty();
        assertThat(at(COMPLETED).describe(running)).isEmpty();
        assertThat(at(COMPLETED).isExpired(running)).isFalse();
    }

    @Test
    void aResultExpiresItsKindsLifetimeAfterCompletionSoAMarketLinkLivesOneDay() {
        assertThat(Expiry.expiresAt(succeeded(KindIds.MARKET, COMPLETED), Duration.ofHours(24)))
                .contains(COMPLETED.plus(Duration.ofHours(24)));
        assertThat(Expiry.expiresAt(TrackedTask.added("id", KindIds.MARKET, COMPLETED), Duration.ofHours(24))).isEmpty();
    }
}
