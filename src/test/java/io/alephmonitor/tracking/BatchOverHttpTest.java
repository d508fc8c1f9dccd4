package io.alephmonitor.tracking;

import io.alephmonitor.kie.CreationLimit;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.BatchRow;
import io.alephmonitor.model.BatchRowState;
import io.alephmonitor.model.CreateForms;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of 25 Veo rows over real HTTP against the simulator, which enforces kie.ai's creation limit on the same
 * fake clock: every row is created from one request (the queue waits out the limit, so kie.ai never answers 429),
 * and each created task is tracked like any created task, to success on Veo's record endpoint.
 * Page: https://docs.kie.ai/veo3-api/generate-veo-3-video.
 */
class BatchOverHttpTest {

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T09:00:00Z"));
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(Duration.ofMinutes(1)));
    private final KieSimulator sim = kie.sim();
    private final HttpKieClient client = kie.client();
    private final PollEngine engine = kie.engine(client, TaskKinds.standard().all(),
            PollSettings.defaults().withInterval(Duration.ofSeconds(5)));

    @Test
    void twentyFiveRowsAreEachCreatedFromOneRequestUnderTheLimitAndTrackedToSuccess() {
        SqliteTaskStore store = SqliteTaskStore.open(dataDir);
        kie.closeAfter(store);
        BatchQueue queue = new BatchQueue(store.batches(), () -> client, new CreationLimit(clock), clock,
                (taskId, kind) -> engine.add(List.of(taskId), kind));
        queue.open();
        queue.add("Kites", BatchPlan.seeds(CreateForms.veo(), Map.of("prompt", "A kite over dunes"), 25, 10_000).rows());

        for (int guard = 0; guard < 200 && queue.batches().getFirst().progress().left() > 0; guard++) {
            if (queue.sendNext() instanceof BatchQueue.Step.Wait(Duration delay)) {
                clock.advance(delay);
            }
        }

        List<BatchRow> rows = queue.batches().getFirst().rows();
        assertThat(rows).allSatisfy(row -> assertThat(row.state()).isInstanceOf(BatchRowState.Created.class));
        assertThat(sim.createRequestsReceived()).as("one request per row, none refused and sent again").hasSize(25);
        for (int s = 0; s < 90; s++) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
        }
        for (BatchRow row : rows) {
            String taskId = ((BatchRowState.Created) row.state()).taskId();
            assertThat(engine.task(taskId).status()).as(row.origin()).isInstanceOf(TaskStatus.Succeeded.class);
            assertThat(engine.task(taskId).kind()).isEqualTo("veo");
        }
    }
}
