package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError.Kind;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's credit balance: asked once at start, then with polling at most once a minute; on a virtual clock. */
class CreditsRefreshTest {

    private static final String TASK = "ee603959-debb-48d1-98c4-a6d1c717eba6";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-08T08:00:00Z"));
    private final FakeKieApi api = new FakeKieApi();
    private final PollEngine engine = new PollEngine(new InMemoryTaskStore(), api, List.of(FakeKind.ALEPH),
            PollSettings.defaults().withInterval(Duration.ofSeconds(10)), clock, () -> 0.5);

    @AfterEach
    void close() {
        engine.close();
    }

    private void tickFor(Duration span) {
        for (long s = 0; s < span.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
        }
    }

    @Test
    void theBalanceIsAskedForOnceAtTheStartEvenWithNothingToPoll() {
        engine.runCycle();

        assertThat(api.creditChecks()).isEqualTo(1);
        assertThat(engine.state().credits()).isEqualTo(100.0);
    }

    @Test
    void anIdleAppDoesNotKeepAskingForTheBalance() {
        engine.runCycle();

        tickFor(Duration.ofMinutes(30));

        assertThat(api.creditChecks()).isEqualTo(1);
    }

    @Test
    void whilePollingTheBalanceIsRefreshedWithThePollsButAtMostOnceAMinute() {
        engine.add(List.of(TASK), "aleph");
        engine.runCycle();

        tickFor(Duration.ofSeconds(59));
        assertThat(api.creditChecks()).isEqualTo(1);
        tickFor(Duration.ofMinutes(5).minusSeconds(59));

        assertThat(api.creditChecks()).as("at 0, 1, 2, 3, 4 and 5 minutes").isEqualTo(6);
        assertThat(api.polls(TASK)).isGreaterThan(api.creditChecks());
    }

    @Test
    void whileKieAiIsFailingThePollsTheBalanceIsNotAskedFor() {
        engine.add(List.of(TASK), "aleph");
        engine.runCycle();
        api.fail(TASK, FakeKieApi.error(Kind.SERVER_ERROR, 500));

        tickFor(Duration.ofMinutes(3));

        assertThat(api.creditChecks()).isEqualTo(1);
        assertThat(engine.state().credits()).isEqualTo(100.0);
    }

    @Test
    void aFailedCheckKeepsTheLastBalanceAndSaysWhy() {
        engine.add(List.of(TASK), "aleph");
        engine.runCycle();
        api.answerCredits(ApiResult.err(FakeKieApi.error(Kind.SERVER_ERROR, 500)));

        tickFor(Duration.ofMinutes(1));

        assertThat(engine.state().credits()).isEqualTo(100.0);
        assertThat(engine.state().creditsProblem()).isEqualTo("Problem 500 — it will be retried.");

        api.answerCredits(ApiResult.ok(75.5));
        tickFor(Duration.ofMinutes(1));
        assertThat(engine.state().credits()).isEqualTo(75.5);
        assertThat(engine.state().creditsProblem()).isNull();
    }

    @Test
    void withoutAKeyTheBalanceIsForgottenAndANewKeyAsksAgainAtOnce() {
        engine.runCycle();

        engine.updateApi(null);
        assertThat(engine.state().credits()).isNull();

        engine.updateApi(api);
        engine.runCycle();
        assertThat(api.creditChecks()).isEqualTo(2);
    }
}
