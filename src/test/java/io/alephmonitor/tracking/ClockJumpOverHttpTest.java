package io.alephmonitor.tracking;

import io.alephmonitor.model.Expiry;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system clock jumping (a laptop waking up, a time sync, a user fixing the date) while the
 * poller runs over real HTTP: polling goes on at its pace, no burst of requests, no wait that
 * is negative or hours long, and link expiry follows the clock.
 */
class ClockJumpOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final PollSettings SETTINGS = PollSettings.defaults().withInterval(INTERVAL);

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(Duration.ofMinutes(10)));
    private final KieSimulator sim = kie.sim();
    private final PollEngine engine = kie.engine(SETTINGS);

    private List<String> runningTasks(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(sim.newAlephTask("A paper boat on a rainy street, shot " + i, "https://example.com/boat.jpg"));
        }
        engine.add(ids, "aleph");
        engine.runCycle();
        return ids;
    }

    /** Ticks once a second for {@code span}, returning how many record-info requests went out. */
    private int tickFor(Duration span, List<String> ids) {
        int before = requestsFor(ids);
        for (long s = 0; s < span.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
            assertSaneNextCheck();
        }
        return requestsFor(ids) - before;
    }

    private int requestsFor(List<String> ids) {
        return ids.stream().mapToInt(sim::recordRequests).sum();
    }

    private void assertSaneNextCheck() {
        Instant next = engine.state().nextCheckAt();
        if (next != null) {
            assertThat(Duration.between(clock.instant(), next)).as("the wait until the next check")
                    .isGreaterThanOrEqualTo(Duration.ZERO.minus(INTERVAL)).isLessThanOrEqualTo(SETTINGS.backoffCap());
        }
    }

    @Test
    void afterTheClockIsSetBackThreeHoursTasksArePolledAtTheirUsualPaceNotHoursLater() {
        List<String> ids = runningTasks(3);

        clock.advance(Duration.ofHours(-3));
        int polled = tickFor(Duration.ofSeconds(60), ids);

        assertThat(polled).as("about one poll per task per %s over a minute", INTERVAL)
                .isBetween(3 * 5, 3 * 7);
        assertThat(ids).allSatisfy(id -> assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Running.class));
    }

    @Test
    void afterTheClockJumpsFiveHoursForwardEveryTaskIsDueButTheRateCapHoldsAndThePaceReturns() {
        List<String> ids = runningTasks(40);

        clock.advance(Duration.ofHours(5)); // the tasks finished on kie.ai meanwhile
        int firstSecond = requestsFor(ids);
        engine.runCycle();
        firstSecond = requestsFor(ids) - firstSecond;
        int nextMinute = tickFor(Duration.ofSeconds(60), ids);

        assertThat(firstSecond).as("one tick after the jump").isLessThanOrEqualTo(SETTINGS.requestBurst());
        assertThat(nextMinute).as("each task polled once more, then no more").isEqualTo(ids.size() - firstSecond);
        assertThat(ids).allSatisfy(id -> assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Succeeded.class));
        assertThat(engine.state().activeCount()).isZero();
    }

    @Test
    void aClockSetBackDuringARateLimitWaitsOnlyWhatWasLeftOfRetryAfter() {
        List<String> ids = runningTasks(1);
        String id = ids.getFirst();
        sim.script(id, Behaviour.RATE_LIMITED); // Retry-After: 2
        clock.advance(INTERVAL);
        engine.runCycle();
        assertThat(engine.state().lastProblem()).startsWith("kie.ai asked us to slow down");
        sim.script(id, Behaviour.NORMAL);

        clock.advance(Duration.ofHours(-2));
        int polled = tickFor(Duration.ofSeconds(15), ids);

        assertThat(polled).as("polling resumed within seconds, not two hours").isPositive().isLessThanOrEqualTo(3);
        assertThat(engine.state().lastProblem()).isNull();
    }

    @Test
    void aFailingTaskKeepsItsBackoffAcrossAClockSetBackInsteadOfRetryingAtOnceOrNeverAgain() {
        List<String> ids = runningTasks(1);
        String id = ids.getFirst();
        sim.script(id, Behaviour.SERVER_ERROR);
        int duringFault = tickFor(Duration.ofMinutes(2), ids);

        clock.advance(Duration.ofHours(-6));
        int afterJump = tickFor(Duration.ofMinutes(2), ids);
        sim.script(id, Behaviour.NORMAL);
        tickFor(SETTINGS.backoffCap().plus(INTERVAL), ids);

        assertThat(afterJump).as("backoff goes on: no storm after the jump").isPositive().isLessThanOrEqualTo(duringFault);
        TrackedTask task = engine.task(id);
        assertThat(task.lastError()).as("recovered by itself").isNull();
        assertThat(task.status()).isInstanceOf(TaskStatus.Running.class);
    }

    @Test
    void linkExpiryFollowsTheClockEitherWayAndNeverReadsNegative() {
        TrackedTask done = TrackedTask.added("t1", "aleph", T0)
                .withStatus(new TaskStatus.Succeeded("https://cdn.example/t1.mp4", null, T0));
        Expiry expiry = Expiry.aleph(clock);

        assertThat(expiry.describe(done)).isEqualTo("expires in 14 days");
        clock.advance(Duration.ofDays(20));
        assertThat(expiry.describe(done)).isEqualTo("link expired");
        assertThat(expiry.isExpired(done)).isTrue();
        clock.advance(Duration.ofDays(-25)); // set back to before the task finished
        assertThat(expiry.describe(done)).isEqualTo("expires in 19 days");
        assertThat(expiry.isExpired(done)).isFalse();
    }
}
