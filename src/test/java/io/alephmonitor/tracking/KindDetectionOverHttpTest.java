package io.alephmonitor.tracking;

import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tasks added as "Detect automatically" find their kind by asking kie.ai (the simulator), quietly. */
class KindDetectionOverHttpTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(Duration.ofMinutes(2)));
    private final InMemoryTaskStore store = kie.memoryStore();
    private final KieSimulator sim = kie.sim();
    private final HttpKieClient client = kie.client();
    private final PollEngine engine = kie.detectingEngine(PollSettings.defaults().withInterval(Duration.ofSeconds(5)));

    @Test
    void aUuidThatAlephDoesNotKnowIsTriedAsRunwayAndKeepsThatKind() {
        String id = sim.newTask("runway", "A paper boat", null);
        engine.add(List.of(id), TrackedTask.AUTO_KIND);

        engine.runCycle();

        TrackedTask task = engine.task(id);
        assertThat(task.kind()).isEqualTo("runway");
        assertThat(task.status()).isEqualTo(new TaskStatus.Running());
        assertThat(task.lastError()).isNull();
        assertThat(store.get(id).kind()).as("the detected kind is stored").isEqualTo("runway");
        assertThat(sim.recordRequests(id)).as("Aleph (404), then Runway").isEqualTo(2);

        clock.advance(Duration.ofMinutes(2));
        engine.runCycle();
        assertThat(sim.recordRequests(id)).as("later polls ask Runway only").isEqualTo(3);
        assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Succeeded.class);
    }

    @Test
    void aHexIdIsTriedAcrossTheKindsThatAcceptItUntilOneKnowsIt() {
        String id = sim.newTask("midjourney", "A fighter jet", null);
        engine.add(List.of(id), TrackedTask.AUTO_KIND);

        engine.runCycle();

        assertThat(engine.task(id).kind()).isEqualTo("midjourney");
        assertThat(engine.task(id).params().prompt()).isEqualTo("A fighter jet");
        assertThat(sim.recordRequests(id)).as("Veo, Market (422 recordInfo is null), Flux, 4o, then Midjourney")
                .isEqualTo(5);
    }

    @Test
    void anIdNoKindKnowsIsAskedAgainOverAboutTwoMinutesThenEndsNotFoundWithItsKindStillAuto() {
        String id = "0123456789abcdef0123456789abcdef";
        engine.add(List.of(id), TrackedTask.AUTO_KIND);

        engine.runCycle();
        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.Pending());
        assertThat(engine.task(id).lastError()).startsWith("kie.ai does not know this task yet");
        int kindsAsked = sim.recordRequests(id);
        assertThat(kindsAsked).as("the five older hex kinds, the seven Suno ones and Luma").isEqualTo(13);

        for (int s = 0; s < 140; s += 5) {
            clock.advance(Duration.ofSeconds(5));
            engine.runCycle();
        }

        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.NotFound());
        assertThat(engine.task(id).kind()).isEqualTo(TrackedTask.AUTO_KIND);
        assertThat(sim.recordRequests(id)).as("every kind, once per check of the window")
                .isEqualTo(kindsAsked * (1 + AnswerRules.LATE_RECORD_WAITS.size()));
        clock.advance(Duration.ofMinutes(5));
        engine.runCycle();
        assertThat(sim.recordRequests(id)).as("no polls after the final answer")
                .isEqualTo(kindsAsked * (1 + AnswerRules.LATE_RECORD_WAITS.size()));
    }

    @Test
    void aHexIdOfASunoTaskIsDetectedAsSunoAfterTheOlderKindsSayTheyDoNotKnowIt() {
        String id = sim.newTask("suno", "A song about the sea", null);
        engine.add(List.of(id), TrackedTask.AUTO_KIND);

        engine.runCycle();

        assertThat(engine.task(id).kind()).isEqualTo("suno");
        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.Running());
        assertThat(engine.task(id).params().prompt()).isEqualTo("A song about the sea");
        assertThat(sim.recordRequests(id)).as("Veo, Market, Flux, 4o, Midjourney, then Suno").isEqualTo(6);
    }

    @Test
    void aTransientErrorWhileDetectingKeepsTheTaskPendingAndDetectionResumesLater() {
        String id = sim.newTask("veo", "A misty forest", null);
        sim.script(id, Behaviour.SERVER_ERROR);
        engine.add(List.of(id), TrackedTask.AUTO_KIND);

        engine.runCycle();
        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.Pending());
        assertThat(engine.task(id).kind()).isEqualTo(TrackedTask.AUTO_KIND);

        sim.script(id, Behaviour.NORMAL);
        clock.advance(Duration.ofMinutes(1));
        engine.runCycle();
        assertThat(engine.task(id).kind()).isEqualTo("veo");
        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.Running());
    }

    @Test
    void pastedTextIsAddedPerFormatAndUnknownOrOtherKindIdsAreReportedNotAdded() {
        TrackingService tracker = TrackingService.builder(store, client, io.alephmonitor.kie.TaskKinds.standard().all()).driver(new ManualDriver(Runnable::run)).listenerThread(Runnable::run)
                .clock(clock).build();
        String veo = "veo_task_abcdef123456";
        String uuid = "ee603959-debb-48d1-98c4-a6d1c717eba6";
        try {
            AddReport auto = tracker.addFromText(veo + "\n" + uuid + "\nmj-2024-abc123def456ghi", TrackedTask.AUTO_KIND);
            AddReport asAleph = tracker.addFromText("774d9a7dd608a0e49293903095e45a4c", "aleph");

            assertThat(auto.added()).containsExactly(veo, uuid);
            assertThat(auto.unrecognised()).containsExactly("mj-2024-abc123def456ghi");
            java.util.Map<String, String> kindById = tracker.tasks().stream()
                    .collect(java.util.stream.Collectors.toMap(TrackedTask::taskId, TrackedTask::kind));
            assertThat(kindById.get(veo)).as("only Veo uses veo_task_ IDs").isEqualTo("veo");
            assertThat(kindById.get(uuid)).as("Aleph or Runway: detected later").isEqualTo(TrackedTask.AUTO_KIND);
            assertThat(asAleph.added()).isEmpty();
            assertThat(asAleph.unrecognised()).containsExactly("774d9a7dd608a0e49293903095e45a4c");
        } finally {
            tracker.close();
        }
    }
}
