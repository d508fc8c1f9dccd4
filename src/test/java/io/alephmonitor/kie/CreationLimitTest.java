package io.alephmonitor.kie;

import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The rolling creation window: 20 creations per 10 s, counted on a clock the test moves. */
class CreationLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-08T08:00:00Z"));
    private final CreationLimit limit = new CreationLimit(clock);

    private void takeTwenty() {
        for (int i = 0; i < 20; i++) {
            assertThat(limit.take()).as("creation %d", i + 1).isNull();
        }
    }

    @Test
    void twentyCreationsAtOnceAreAllowedAndTheTwentyFirstMustWaitForTheWindow() {
        takeTwenty();

        assertThat(limit.take()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theWindowRollsTheWaitEndsWhenTheOldestCreationIsTenSecondsOld() {
        assertThat(limit.take()).isNull();
        clock.advance(Duration.ofSeconds(4));
        for (int i = 0; i < 19; i++) {
            assertThat(limit.take()).isNull();
        }

        assertThat(limit.take()).isEqualTo(Duration.ofSeconds(6));
        clock.advance(Duration.ofSeconds(6));
        assertThat(limit.take()).isNull();
        assertThat(limit.take()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aRefusedCreationIsNotCounted() {
        takeTwenty();
        for (int i = 0; i < 5; i++) {
            limit.take();
        }

        clock.advance(Duration.ofSeconds(10));

        takeTwenty();
    }

    @Test
    void aHoldOffFromKieAiBlocksEvenWhenTheAppCountedFewCreations() {
        limit.holdOff(Duration.ofSeconds(7));

        assertThat(limit.take()).isEqualTo(Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(7));
        assertThat(limit.take()).isNull();
    }

    @Test
    void theWaitMessageNamesTheLimitAndTheWholeSecondsToWaitRoundedUp() {
        assertThat(CreationLimit.waitMessage(Duration.ofMillis(3_200)))
                .isEqualTo("kie.ai allows about 20 new tasks per 10 seconds — wait 4 s, then press Create again.");
        assertThat(CreationLimit.waitMessage(Duration.ofMillis(10))).contains("wait 1 s");
    }
}
