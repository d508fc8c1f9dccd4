package io.alephmonitor.tracking;

import io.alephmonitor.download.LinkProbe;
import io.alephmonitor.kie.AlephKind;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result link whose name does not say what it holds is asked once, after the poll that brought
 * it, and the task then keeps the learnt type (in the store too), so no later run asks again.
 */
class LinkTypeLearningOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock);
    private final ExecutorService listenerThread = kie.listenerThread();
    private final KieSimulator sim = kie.sim();
    private final FakeKieApi kieAi = new FakeKieApi();

    @Test
    void anUntypedLinkBecomesTheTypeItsAnswerNamesAndTheStoreKeepsIt() throws Exception {
        String id = sim.newMarketTask("elevenlabs/text-to-speech-multilingual-v2", "Read the forecast", null);
        String link = sim.baseUri() + "/files/" + id;
        String image = sim.baseUri() + "/files/" + id + ".png";
        kieAi.answer(id, TaskStatus.Succeeded.of(List.of(new ResultFile.Untyped(link), new ResultFile.Image(image)), T0));
        TrackingService tracker = kie.closeAfter(TrackingService.builder(kie.memoryStore(), kieAi, List.of(new AlephKind()))
                .clock(clock).listenerThread(listenerThread).driver(new ManualDriver(listenerThread))
                .linkTypes(new LinkProbe(kie.downloader(false))).build());
        tracker.start().get(10, TimeUnit.SECONDS);
        tracker.importTasks(List.of(TrackedTask.added(id, "aleph", T0)));
        CompletableFuture<TrackedTask> typed = new CompletableFuture<>();
        tracker.addListener((changed, removed) -> changed.stream()
                .filter(t -> t.status() instanceof TaskStatus.Succeeded done
                        && done.results().getFirst() instanceof ResultFile.Audio).findFirst().ifPresent(typed::complete));

        assertThat(tracker.runCycle().changed()).as("the poll publishes the link untyped, without waiting for it")
                .singleElement().satisfies(t -> assertThat(((TaskStatus.Succeeded) t.status()).results().getFirst())
                        .isInstanceOf(ResultFile.Untyped.class));

        TaskStatus.Succeeded done = (TaskStatus.Succeeded) typed.get(30, TimeUnit.SECONDS).status();
        assertThat(done.results()).containsExactly(new ResultFile.Audio(link), new ResultFile.Image(image));
        assertThat(sim.fileRequests("/files/" + id)).as("asked with HEAD: nothing downloaded").isZero();
        // A publish reads the tasks' latest values (TrackingService.publish), so the poll's own publish may already
        // show the learned type while its write is still queued: the store gets it right after.
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> kie.memoryStore().loadAll().stream()
                .anyMatch(t -> t.status() instanceof TaskStatus.Succeeded s && s.results().equals(done.results())));
        assertThat(kie.memoryStore().loadAll()).as("the store keeps the learned type").singleElement()
                .satisfies(t -> assertThat(((TaskStatus.Succeeded) t.status()).results()).isEqualTo(done.results()));
    }
}
