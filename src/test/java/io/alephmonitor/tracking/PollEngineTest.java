package io.alephmonitor.tracking;

import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.kie.ApiError.Kind;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollingState.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The poller's rules, on a virtual clock: every cycle is run by hand, nothing sleeps. */
class PollEngineTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final FakeKieApi api = new FakeKieApi();
    private final InMemoryTaskStore store = new InMemoryTaskStore();
    private PollEngine engine;

    private PollEngine engine(PollSettings settings) {
        engine = new PollEngine(store, api, List.of(FakeKind.ALEPH), settings, clock, () -> 0.5);
        return engine;
    }

    private PollEngine engine() {
        return engine(PollSettings.defaults());
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    /** Runs one cycle per second of virtual time for the given span. */
    private List<CycleResult> tickFor(Duration span) {
        List<CycleResult> results = new ArrayList<>();
        for (long s = 0; s < span.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            results.add(engine.runCycle());
        }
        return results;
    }

    private static String id(int n) {
        return "00000000-0000-0000-0000-%012d".formatted(n);
    }

    private static List<String> ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(PollEngineTest::id).toList();
    }

    @Test
    void aNewTaskIsPolledInTheVeryNextCycle() {
        engine().add(List.of(id(1)), "aleph");

        engine.runCycle();

        assertThat(api.polls(id(1))).isEqualTo(1);
        TrackedTask task = engine.task(id(1));
        assertThat(task.status()).isInstanceOf(TaskStatus.Running.class);
        assertThat(task.lastPolledAt()).isEqualTo(T0);
        assertThat(task.nextPollAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(store.get(id(1))).isEqualTo(task);
    }

    @Test
    void anActiveTaskIsPolledOncePerInterval() {
        engine().add(List.of(id(1)), "aleph");
        engine.runCycle();

        tickFor(Duration.ofSeconds(29));
        assertThat(api.polls(id(1))).isEqualTo(1);

        tickFor(Duration.ofSeconds(1));
        assertThat(api.polls(id(1))).isEqualTo(2);

        tickFor(Duration.ofMinutes(5));
        assertThat(api.polls(id(1))).isEqualTo(12);
    }

    @Test
    void aTaskThatFinishedIsNeverPolledAgain() {
        engine().add(List.of(id(1), id(2), id(3), id(4)), "aleph");
        api.answer(id(1), new TaskStatus.Succeeded("https://x/v.mp4", "https://x/i.png", T0));
        api.answer(id(2), new TaskStatus.Failed(400, "Your prompt was caught by our AI moderator."));
        api.fail(id(3), FakeKieApi.error(Kind.NOT_FOUND, 404));
        api.fail(id(4), FakeKieApi.error(Kind.INVALID_REQUEST, 422));

        engine.runCycle();
        tickFor(Duration.ofHours(1));

        assertThat(List.of(id(1), id(2), id(3), id(4))).allSatisfy(id -> assertThat(api.polls(id)).isEqualTo(1));
        assertThat(engine.task(id(1)).status()).isInstanceOf(TaskStatus.Succeeded.class);
        assertThat(engine.task(id(2)).status()).isInstanceOf(TaskStatus.Failed.class);
        assertThat(engine.task(id(3)).status()).isInstanceOf(TaskStatus.NotFound.class);
        assertThat(engine.task(id(4)).status()).isInstanceOf(TaskStatus.InvalidId.class);
        assertThat(engine.tasks()).allSatisfy(t -> assertThat(t.nextPollAt()).isNull());
        assertThat(engine.state().activeCount()).isZero();
    }

    @Test
    void checkAgainPollsAFinishedTaskExactlyOnce() {
        engine().add(List.of(id(1)), "aleph");
        api.answer(id(1), new TaskStatus.Succeeded("https://x/v.mp4", null, T0));
        engine.runCycle();

        engine.checkNow(List.of(id(1)));
        tickFor(Duration.ofMinutes(10));

        assertThat(api.polls(id(1))).isEqualTo(2);
    }

    /**
     * kie.ai's record may not exist yet in the first seconds after creation (Market answers 422
     * "recordInfo is null", https://docs.kie.ai/market/common/get-task-detail): a task that never
     * had a record is asked again 10, 30, 70 and 130 s after the first "not found", then Not found.
     */
    @Test
    void aTaskWithoutARecordYetIsCheckedAgainWithBackoffForAboutTwoMinutesBeforeItIsNotFound() {
        engine().add(List.of(id(1)), "aleph");
        api.fail(id(1), FakeKieApi.error(Kind.NOT_FOUND, 422));

        engine.runCycle();
        TrackedTask waiting = engine.task(id(1));
        assertThat(waiting.status()).isEqualTo(new TaskStatus.Pending());
        assertThat(waiting.lastError()).isEqualTo("kie.ai does not know this task yet — checking again in 10 s.");
        assertThat(waiting.nextPollAt()).isEqualTo(T0.plusSeconds(10));

        List<Instant> polledAt = new ArrayList<>();
        for (int s = 1; s <= 200; s++) {
            clock.advance(Duration.ofSeconds(1));
            int before = api.polls(id(1));
            engine.runCycle();
            if (api.polls(id(1)) > before) {
                polledAt.add(clock.instant());
            }
        }

        assertThat(polledAt).containsExactly(T0.plusSeconds(10), T0.plusSeconds(30), T0.plusSeconds(70), T0.plusSeconds(130));
        assertThat(engine.task(id(1)).status()).isEqualTo(new TaskStatus.NotFound());
        assertThat(engine.task(id(1)).lastError()).isNull();
        assertThat(engine.task(id(1)).nextPollAt()).isNull();
    }

    @Test
    void aLateRecordFoundWithinTheWindowIsTrackedAsUsual() {
        engine().add(List.of(id(1)), "aleph");
        api.fail(id(1), FakeKieApi.error(Kind.NOT_FOUND, 422));
        engine.runCycle();
        clock.advance(Duration.ofSeconds(10));
        engine.runCycle();
        assertThat(engine.task(id(1)).lastError()).isEqualTo("kie.ai does not know this task yet — checking again in 20 s.");

        api.answer(id(1), new TaskStatus.Running());
        clock.advance(Duration.ofSeconds(20));
        engine.runCycle();

        assertThat(engine.task(id(1)).status()).isEqualTo(new TaskStatus.Running());
        assertThat(engine.task(id(1)).lastError()).isNull();
    }

    /** Aleph's record-info answers 404 "Task not found" for a task it does not know: its documented final word. */
    @Test
    void anOlderKindsNotFoundIsFinalAtOnceEvenForATaskThatNeverHadARecord() {
        engine().add(List.of(id(1)), "aleph");
        api.fail(id(1), FakeKieApi.error(Kind.NOT_FOUND, 404));

        engine.runCycle();
        tickFor(Duration.ofMinutes(5));

        assertThat(engine.task(id(1)).status()).isEqualTo(new TaskStatus.NotFound());
        assertThat(api.polls(id(1))).isEqualTo(1);
    }

    @Test
    void aTaskThatHadARecordAndIsThenNotFoundIsNotFoundAtOnce() {
        engine().add(List.of(id(1)), "aleph");
        engine.runCycle();
        api.fail(id(1), FakeKieApi.error(Kind.NOT_FOUND, 404));

        tickFor(Duration.ofSeconds(30));

        assertThat(engine.task(id(1)).status()).isEqualTo(new TaskStatus.NotFound());
        tickFor(Duration.ofMinutes(5));
        assertThat(api.polls(id(1))).isEqualTo(2);
    }

    @Test
    void checkAgainPutsANotFoundTaskBackToPendingAndFindsARecordThatAppearedSince() {
        engine().add(List.of(id(1)), "aleph");
        engine.runCycle();
        api.fail(id(1), FakeKieApi.error(Kind.NOT_FOUND, 404));
        tickFor(Duration.ofSeconds(30));
        assertThat(engine.task(id(1)).status()).isEqualTo(new TaskStatus.NotFound());

        PollEngine.CheckedAgain checked = engine.checkNow(List.of(id(1)));
        assertThat(checked.reset()).containsExactly(id(1));
        assertThat(engine.task(id(1)).status()).isEqualTo(new TaskStatus.Pending());
        checked.written().join();
        assertThat(store.get(id(1)).status()).as("stored").isEqualTo(new TaskStatus.Pending());

        api.answer(id(1), new TaskStatus.Succeeded("https://x/v.mp4", null, T0));
        engine.runCycle();
        assertThat(engine.task(id(1)).status()).isInstanceOf(TaskStatus.Succeeded.class);
    }

    @Test
    void aTransientProblemKeepsTheLastGoodStatusAndSaysWhatWentWrong() {
        engine().add(List.of(id(1)), "aleph");
        engine.runCycle();
        api.fail(id(1), FakeKieApi.error(Kind.SERVER_ERROR, 500));

        clock.advance(Duration.ofSeconds(30));
        engine.runCycle();

        TrackedTask task = engine.task(id(1));
        assertThat(task.status()).isInstanceOf(TaskStatus.Running.class);
        assertThat(task.lastError()).isEqualTo("Problem 500 — it will be retried.");
        assertThat(engine.state().pause()).isNull();
        assertThat(engine.state().lastProblem()).isEqualTo("Problem 500 — it will be retried.");

        api.answer(id(1), new TaskStatus.Running());
        clock.advance(Duration.ofMinutes(1));
        engine.runCycle();
        assertThat(engine.task(id(1)).lastError()).isNull();
        assertThat(engine.state().lastProblem()).isNull();
    }

    @Test
    void retriesAfterTransientProblemsBackOffExponentiallyWithJitterUpToTheCap() {
        engine().add(List.of(id(1)), "aleph");
        api.fail(id(1), FakeKieApi.error(Kind.TIMEOUT, 0));
        List<Long> waits = new ArrayList<>();

        engine.runCycle();
        for (int i = 0; i < 8; i++) {
            TrackedTask task = engine.task(id(1));
            waits.add(Duration.between(task.lastPolledAt(), task.nextPollAt()).toSeconds());
            clock.advance(Duration.between(clock.instant(), task.nextPollAt()));
            engine.runCycle();
        }

        // base 10 s doubling to the 5 min cap, each shortened by the jitter (0.2 × 0.5 here)
        assertThat(waits).containsExactly(9L, 18L, 36L, 72L, 144L, 270L, 270L, 270L);
        assertThat(api.polls(id(1))).isEqualTo(9);
    }

    @Test
    void retryAfterPausesEveryTaskUntilItHasPassed() {
        engine().add(ids(3), "aleph");
        api.failEverything(FakeKieApi.rateLimited(Duration.ofSeconds(20)));
        engine.runCycle();
        api.failEverything(null);
        int requestsBefore = api.totalRequests();

        tickFor(Duration.ofSeconds(19));
        assertThat(api.totalRequests()).isEqualTo(requestsBefore);
        assertThat(engine.state().lastProblem()).contains("slow down");
        assertThat(engine.state().nextCheckAt()).isEqualTo(T0.plusSeconds(20));

        tickFor(Duration.ofSeconds(1));
        assertThat(ids(3)).allSatisfy(id -> assertThat(engine.task(id).lastPolledAt()).isEqualTo(T0.plusSeconds(20)));
        assertThat(engine.tasks()).allSatisfy(t -> assertThat(t.lastError()).isNull());
    }

    @Test
    void aRejectedKeyPausesWithOneStateAndNoFurtherRequestsUntilTheKeyChanges() {
        engine().add(ids(50), "aleph");
        api.failEverything(FakeKieApi.error(Kind.UNAUTHORIZED, 401));

        CycleResult first = engine.runCycle();

        assertThat(first.state().pause()).isEqualTo(Pause.API_KEY_REJECTED);
        assertThat(api.totalRequests()).isLessThanOrEqualTo(PollSettings.defaults().maxInFlight());
        assertThat(engine.tasks()).allSatisfy(t -> assertThat(t.lastError()).isNull());
        int requests = api.totalRequests();

        tickFor(Duration.ofMinutes(10));
        engine.checkAllNow();
        tickFor(Duration.ofSeconds(5));
        assertThat(api.totalRequests()).isEqualTo(requests);
        assertThat(engine.state().pause()).isEqualTo(Pause.API_KEY_REJECTED);
        assertThat(engine.state().nextCheckAt()).isNull();

        api.failEverything(null);
        engine.updateApi(api);
        tickFor(Duration.ofSeconds(10));
        assertThat(engine.state().pause()).isNull();
        assertThat(ids(50)).allSatisfy(id -> assertThat(api.polls(id)).isGreaterThanOrEqualTo(1));
    }

    @Test
    void withoutAnApiKeyNothingIsSentAndTheStateSaysSo() {
        engine = new PollEngine(store, null, List.of(FakeKind.ALEPH), PollSettings.defaults(), clock, () -> 0.5);
        engine.add(List.of(id(1)), "aleph");

        tickFor(Duration.ofMinutes(1));

        assertThat(api.totalRequests()).isZero();
        assertThat(engine.state().pause()).isEqualTo(Pause.NO_API_KEY);
        engine.updateApi(api);
        engine.runCycle();
        assertThat(api.polls(id(1))).isEqualTo(1);
    }

    @Test
    void outOfCreditsPausesEverythingAndProbesOnceEveryFiveMinutes() {
        engine().add(ids(20), "aleph");
        api.failEverything(FakeKieApi.error(Kind.NO_CREDITS, 402));
        engine.runCycle();
        assertThat(engine.state().pause()).isEqualTo(Pause.OUT_OF_CREDITS);
        int requests = api.totalRequests();

        tickFor(Duration.ofSeconds(299));
        assertThat(api.totalRequests()).isEqualTo(requests);
        tickFor(Duration.ofSeconds(1));
        assertThat(api.totalRequests()).isEqualTo(requests + 1);
        assertThat(engine.state().pause()).isEqualTo(Pause.OUT_OF_CREDITS);

        api.failEverything(null);
        tickFor(Duration.ofSeconds(300));
        assertThat(engine.state().pause()).isNull();
        tickFor(Duration.ofSeconds(5));
        assertThat(ids(20)).allSatisfy(id -> assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Running.class));
        assertThat(engine.tasks()).allSatisfy(t -> assertThat(t.lastError()).isNull());
    }

    @Test
    void maintenancePausesEverythingAndIsRetriedWithGrowingDelaysUntilItEnds() {
        engine().add(ids(5), "aleph");
        api.failEverything(FakeKieApi.error(Kind.MAINTENANCE, 455));
        engine.runCycle();
        assertThat(engine.state().pause()).isEqualTo(Pause.MAINTENANCE);
        List<Instant> probes = new ArrayList<>();
        int seen = api.totalRequests();

        for (int s = 0; s < 600; s++) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
            if (api.totalRequests() > seen) {
                assertThat(api.totalRequests()).isEqualTo(seen + 1);
                seen = api.totalRequests();
                probes.add(clock.instant());
            }
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < probes.size(); i++) {
            gaps.add(Duration.between(probes.get(i - 1), probes.get(i)).toSeconds());
        }
        assertThat(Duration.between(T0, probes.getFirst()).toSeconds()).isEqualTo(9);
        assertThat(gaps).startsWith(18L, 36L, 72L, 144L);

        api.failEverything(null);
        tickFor(Duration.ofMinutes(5));
        assertThat(engine.state().pause()).isNull();
        assertThat(ids(5)).allSatisfy(id -> assertThat(engine.task(id).lastPolledAt()).isAfter(probes.getLast()));
    }

    @Test
    void noMoreThanTheBoundAreInFlightAtOnce() {
        engine(PollSettings.defaults().withMaxInFlight(4).withRequestsPerSecond(1_000));
        engine.add(ids(100), "aleph");
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        // Polls meet in groups of four: the bound is reached (or the barrier times out) and never passed.
        CyclicBarrier groupOfFour = new CyclicBarrier(4);
        api.duringEachCall(() -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                groupOfFour.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        });

        engine.runCycle();

        assertThat(mostInFlight.get()).isEqualTo(4);
        assertThat(ids(100)).allSatisfy(id -> assertThat(api.polls(id)).isEqualTo(1));
        assertThat(engine.tasks()).allSatisfy(t -> assertThat(t.lastError()).isNull());
    }

    @Test
    void aBacklogOfTenThousandDueTasksGoesOutInOneCycle() {
        engine();
        engine.add(ids(10_000), "aleph");

        CycleResult cycle = engine.runCycle();

        assertThat(cycle.requestsSent()).isGreaterThanOrEqualTo(10_000);
        assertThat(ids(10_000)).allSatisfy(id -> assertThat(api.polls(id)).isEqualTo(1));
        assertThat(engine.runCycle().requestsSent()).as("nothing is left for the next tick").isZero();
    }

    @Test
    void beyondItsBurstTheRateCapStillPacesWhatKeepsComing() {
        engine(PollSettings.defaults().withRequestsPerSecond(100).withRequestBurst(500));
        engine.add(ids(2_000), "aleph");

        int first = engine.runCycle().requestsSent();
        List<Integer> perSecond = tickFor(Duration.ofSeconds(10)).stream().map(CycleResult::requestsSent).toList();

        assertThat(first).isEqualTo(500);
        assertThat(perSecond).allSatisfy(n -> assertThat(n).isEqualTo(100));
    }

    @Test
    void theRequestRateStaysUnderTheCapOverAnHour() {
        engine(PollSettings.defaults().withRequestsPerSecond(10));
        engine.add(ids(1_000), "aleph");
        List<Integer> perSecond = new ArrayList<>();
        perSecond.add(engine.runCycle().requestsSent());
        tickFor(Duration.ofHours(1)).forEach(r -> perSecond.add(r.requestsSent()));

        assertThat(perSecond).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(10));
        for (int start = 0; start + 60 <= perSecond.size(); start += 60) {
            int inMinute = perSecond.subList(start, start + 60).stream().mapToInt(Integer::intValue).sum();
            assertThat(inMinute).isBetween(590, 610);
        }
        // 1,000 tasks at 10 requests/s: each is still polled about every 100 s, none starves.
        assertThat(ids(1_000)).allSatisfy(id -> assertThat(api.polls(id)).isBetween(34, 38));
    }

    @Test
    void aShorterIntervalTakesEffectAtOnce() {
        engine(PollSettings.defaults().withInterval(Duration.ofMinutes(10)));
        engine.add(List.of(id(1)), "aleph");
        engine.runCycle();

        engine.setInterval(Duration.ofSeconds(10));
        tickFor(Duration.ofSeconds(10));

        assertThat(api.polls(id(1))).isEqualTo(2);
    }

    @Test
    void aTaskRemovedWhileBeingPolledDoesNotComeBack() {
        engine().add(List.of(id(1), id(2)), "aleph");
        api.duringEachCall(() -> engine.remove(List.of(id(1))));

        engine.runCycle().changed();

        assertThat(engine.task(id(1))).isNull();
        assertThat(store.get(id(1))).isNull();
        assertThat(engine.tasks()).extracting(TrackedTask::taskId).containsExactly(id(2));
    }

    @Test
    void activeTasksLoadedFromTheStoreResumeWhereTheyLeftOff() {
        TrackedTask overdue = TrackedTask.added(id(1), "aleph", T0.minusSeconds(600))
                .withStatus(new TaskStatus.Running()).withSchedule(T0.minusSeconds(90), T0.minusSeconds(60));
        TrackedTask later = TrackedTask.added(id(2), "aleph", T0.minusSeconds(600))
                .withStatus(new TaskStatus.Running()).withSchedule(T0.minusSeconds(10), T0.plusSeconds(20));
        TrackedTask done = TrackedTask.added(id(3), "aleph", T0.minusSeconds(600))
                .withStatus(new TaskStatus.Succeeded("https://x/v.mp4", null, T0)).withSchedule(T0, null);
        engine().load(List.of(overdue, later, done));

        engine.runCycle();
        assertThat(api.polls(id(1))).isEqualTo(1);
        assertThat(api.polls(id(2))).isZero();
        tickFor(Duration.ofSeconds(20));
        assertThat(api.polls(id(2))).isEqualTo(1);
        assertThat(api.polls(id(3))).isZero();
    }
}
