package io.alephmonitor.tracking;

import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.GlobalFault;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollingState.Pause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poll engine over real HTTP against the embedded kie.ai simulator. Engine and simulator
 * share one virtual clock, so "the task finished after two minutes" takes no waiting.
 */
class PollerOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String PROMPT = "A lighthouse in a storm, waves crashing";
    private static final String IMAGE = "https://example.com/lighthouse.jpg";

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(Duration.ofMinutes(2)));
    private final KieSimulator sim = kie.sim();
    private final HttpKieClient client = kie.client();
    private final InMemoryTaskStore store = kie.memoryStore();
    private final PollEngine engine = kie.engine(PollSettings.defaults().withInterval(Duration.ofSeconds(5)));

    private void tickFor(Duration span) {
        for (long s = 0; s < span.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
        }
    }

    @Test
    void aTaskGoesFromRunningToSucceededWithItsPromptAndVideo() {
        String id = sim.newAlephTask(PROMPT, IMAGE);
        engine.add(List.of(id), "aleph");

        engine.runCycle();
        assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Running.class);
        assertThat(engine.task(id).params().prompt()).isEqualTo(PROMPT);

        tickFor(Duration.ofMinutes(2));
        TrackedTask done = engine.task(id);
        assertThat(done.status()).isInstanceOfSatisfying(TaskStatus.Succeeded.class, s ->
                assertThat(s.videoUrl()).isEqualTo(sim.baseUri() + "/files/" + id + ".mp4"));
        assertThat(done.params().imageUrl()).isEqualTo(IMAGE);
        assertThat(store.get(id)).isEqualTo(done);
        assertThat(sim.recordRequests(id)).isEqualTo(1 + 120 / 5);
    }

    @Test
    void aFinishedTaskGetsNoFurtherRecordInfoRequests() {
        String id = sim.newAlephTask(PROMPT, IMAGE);
        engine.add(List.of(id), "aleph");
        tickFor(Duration.ofMinutes(3));
        assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Succeeded.class);
        int requests = sim.recordRequests(id);

        tickFor(Duration.ofMinutes(30));

        assertThat(sim.recordRequests(id)).isEqualTo(requests);
    }

    @Test
    void aRejectedKeyPausesOnceAndSendsNothingUntilANewKeyIsGiven() {
        engine.updateApi(kie.clientWithKey("not-the-right-key"));
        List<String> ids = List.of(sim.newAlephTask(PROMPT, IMAGE), sim.newAlephTask(PROMPT, IMAGE),
                sim.newAlephTask(PROMPT, IMAGE));
        engine.add(ids, "aleph");

        engine.runCycle();
        assertThat(engine.state().pause()).isEqualTo(Pause.API_KEY_REJECTED);
        assertThat(engine.tasks()).allSatisfy(t -> assertThat(t.lastError()).isNull());
        int requests = sim.totalRequests();
        tickFor(Duration.ofMinutes(10));
        assertThat(sim.totalRequests()).isEqualTo(requests);

        engine.updateApi(client);
        engine.runCycle();
        assertThat(engine.state().pause()).isNull();
        assertThat(ids).allSatisfy(id -> assertThat(sim.recordRequests(id)).isGreaterThanOrEqualTo(1));
        // they finished on kie.ai while the app was paused
        assertThat(engine.tasks()).allSatisfy(t -> assertThat(t.status()).isInstanceOf(TaskStatus.Succeeded.class));
    }

    @Test
    void runningOutOfCreditsPausesUntilASlowProbeSucceeds() {
        String id = sim.newAlephTask(PROMPT, IMAGE);
        engine.add(List.of(id), "aleph");
        sim.setGlobalFault(GlobalFault.NO_CREDITS);

        engine.runCycle();
        assertThat(engine.state().pause()).isEqualTo(Pause.OUT_OF_CREDITS);
        int requests = sim.totalRequests();
        tickFor(Duration.ofSeconds(299));
        assertThat(sim.totalRequests()).isEqualTo(requests);

        sim.setGlobalFault(GlobalFault.NONE);
        tickFor(Duration.ofSeconds(1));
        assertThat(engine.state().pause()).isNull();
        assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Succeeded.class);
    }

    @Test
    void maintenancePausesAndResumesByItself() {
        String id = sim.newAlephTask(PROMPT, IMAGE);
        engine.add(List.of(id), "aleph");
        sim.setGlobalFault(GlobalFault.MAINTENANCE);

        engine.runCycle();
        assertThat(engine.state().pause()).isEqualTo(Pause.MAINTENANCE);
        tickFor(Duration.ofSeconds(30));
        assertThat(engine.state().pause()).isEqualTo(Pause.MAINTENANCE);

        sim.setGlobalFault(GlobalFault.NONE);
        tickFor(Duration.ofMinutes(2));
        assertThat(engine.state().pause()).isNull();
        assertThat(engine.task(id).lastError()).isNull();
    }

    @Test
    void aRetryAfterOnOneTaskHoldsBackEveryTask() {
        String limited = sim.newAlephTask(PROMPT, IMAGE);
        String other = sim.newAlephTask(PROMPT, IMAGE);
        engine.add(List.of(limited, other), "aleph");
        engine.runCycle();
        sim.script(limited, Behaviour.RATE_LIMITED);
        sim.script(other, Behaviour.NORMAL);

        clock.advance(Duration.ofSeconds(5));
        engine.runCycle();
        int otherRequests = sim.recordRequests(other);
        int limitedRequests = sim.recordRequests(limited);
        assertThat(engine.state().lastProblem()).contains("slow down");

        clock.advance(Duration.ofSeconds(1));
        engine.runCycle();
        assertThat(sim.recordRequests(other) + sim.recordRequests(limited)).isEqualTo(otherRequests + limitedRequests);

        sim.script(limited, Behaviour.NORMAL);
        clock.advance(Duration.ofSeconds(1));
        engine.runCycle();
        assertThat(sim.recordRequests(limited)).isEqualTo(limitedRequests + 1);
        assertThat(engine.task(limited).lastError()).isNull();
    }

    @Test
    void aServerErrorKeepsTheLastStatusAndIsRetriedLater() {
        String id = sim.newAlephTask(PROMPT, IMAGE);
        engine.add(List.of(id), "aleph");
        engine.runCycle();
        sim.script(id, Behaviour.SERVER_ERROR);

        tickFor(Duration.ofSeconds(5));
        TrackedTask failing = engine.task(id);
        assertThat(failing.status()).isInstanceOf(TaskStatus.Running.class);
        assertThat(failing.lastError()).isNotBlank();
        assertThat(failing.nextPollAt()).isEqualTo(failing.lastPolledAt().plusSeconds(9));

        sim.script(id, Behaviour.NORMAL);
        tickFor(Duration.ofSeconds(9));
        assertThat(engine.task(id).lastError()).isNull();
        assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Running.class);
    }

    @Test
    void unknownAndMalformedIdsBecomeFinalStatuses() {
        String unknown = "11111111-2222-3333-4444-555555555555";
        engine.add(List.of(unknown, "not-a-uuid"), "aleph");

        engine.runCycle();
        tickFor(Duration.ofMinutes(1));

        assertThat(engine.task(unknown).status()).isInstanceOf(TaskStatus.NotFound.class);
        assertThat(engine.task("not-a-uuid").status()).isInstanceOf(TaskStatus.InvalidId.class);
        assertThat(sim.recordRequests(unknown)).isEqualTo(1);
        assertThat(sim.recordRequests("not-a-uuid")).isEqualTo(1);
    }
}
