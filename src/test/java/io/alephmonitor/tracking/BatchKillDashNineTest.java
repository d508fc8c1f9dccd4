package io.alephmonitor.tracking;

import io.alephmonitor.kie.CreationLimit;
import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchRow;
import io.alephmonitor.model.BatchRowState;
import io.alephmonitor.model.CreateForms;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.testsupport.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of 50 Veo rows (each prompt carries its row's marker) sent by a child JVM that is killed with SIGKILL
 * at seeded random moments and restarted over the same data folder, against a simulator this test owns (it
 * outlives every kill and counts every create request it receives). At the end, with a last run left alone:
 * the simulator received each row at most once, every row is CREATED or UNCERTAIN (none lost, none queued), each
 * CREATED row was received exactly once, and each UNCERTAIN row is one that was SENDING (in flight) at a kill.
 * Create endpoint: https://docs.kie.ai/veo3-api/generate-veo-3-video; the limit: about 20 new tasks per 10 s.
 */
class BatchKillDashNineTest {

    private static final int ROWS = 50;
    private static final int KILLS = 12;
    private static final int LONGEST_RUN_MILLIS = 1_500;
    private static final Duration ANSWER_TIME = Duration.ofMillis(250);
    private static final Pattern MARKER = Pattern.compile("Batch row (\\d+):");

    @TempDir
    Path dataDir;

    private KieSimulator sim;

    @BeforeEach
    void startSimulator() {
        // Each answer takes a while, as kie.ai's do: a kill mostly finds a request in flight.
        sim = KieSimulator.start(SimConfig.defaults().withResponseDelay(ANSWER_TIME));
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    @Test
    void killedAtRandomMomentsTheBatchSendsEveryRowAtMostOnceAndFlagsOnlyRowsInFlightAsUncertain() throws Exception {
        long seed = Long.getLong("killTest.seed", System.nanoTime());
        System.out.println("BatchKillDashNineTest seed " + seed + " (rerun with -DkillTest.seed=" + seed + ")");
        Random random = new Random(seed);
        String batchId = storeTheBatch();
        Set<Integer> inFlightAtAKill = new HashSet<>();

        for (int kill = 1; kill <= KILLS && rowsLeft(batchId) > 0; kill++) {
            int killAfterMillis = random.nextInt(LONGEST_RUN_MILLIS);
            try (ChildJvm child = startChild()) {
                awaitLine(child, "started");
                Thread.sleep(killAfterMillis);
                child.killHard();
            }
            Batch afterKill = batch(batchId);
            afterKill.rows().stream().filter(row -> row.state() instanceof BatchRowState.Sending)
                    .forEach(row -> inFlightAtAKill.add(row.index()));
            System.out.printf("kill %2d after %4d ms: %s; received so far %d%n", kill, killAfterMillis,
                    afterKill.progress().summary(), sim.createRequestsReceived().size());
        }
        try (ChildJvm child = startChild()) {
            awaitLine(child, "done");
            assertThat(child.waitForExit()).isZero();
        }

        Batch finished = batch(batchId);
        Map<Integer, Integer> received = receivedPerRow();
        received.forEach((row, n) -> assertThat(n).as("the simulator received row %d at most once; it ended %s", row,
                finished.rows().get(row).state()).isOne());
        assertThat(inFlightAtAKill).as("kills that found a request in flight").isNotEmpty();
        assertThat(finished.rows()).as("no row lost").hasSize(ROWS);
        List<Integer> uncertain = new ArrayList<>();
        for (BatchRow row : finished.rows()) {
            switch (row.state()) {
                case BatchRowState.Created(String taskId, var at) -> {
                    assertThat(received.get(row.index())).as("row %d was created from one request", row.index()).isEqualTo(1);
                    assertThat(sim.kindOf(taskId)).as("row %d's task is one the simulator made", row.index()).isEqualTo("veo");
                }
                case BatchRowState.Uncertain u -> {
                    assertThat(inFlightAtAKill).as("row %d was in flight at a kill", row.index()).contains(row.index());
                    assertThat(row.whatToCheck()).contains("may have been created", "Batch row " + row.index());
                    uncertain.add(row.index());
                }
                default -> throw new AssertionError("row " + row.index() + " ended " + row.state());
            }
        }
        System.out.printf("%d rows: %d created, %d uncertain (%d of them reached the simulator)%n", ROWS,
                ROWS - uncertain.size(), uncertain.size(), uncertain.stream().filter(received::containsKey).count());
    }

    private String storeTheBatch() {
        List<BatchPlan.Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.addAll(BatchPlan.seeds(CreateForms.veo(), Map.of("prompt", "Batch row " + i + ": a kite over dunes"),
                    1, 10_000 + i).rows());
        }
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
            return new BatchQueue(store.batches(), () -> null, new CreationLimit(Clock.systemUTC()), Clock.systemUTC(),
                    (id, kind) -> { }).add("Kill test", rows).id();
        }
    }

    private Batch batch(String batchId) {
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
            return store.batches().loadAll().stream().filter(b -> b.id().equals(batchId)).findFirst().orElseThrow();
        }
    }

    private int rowsLeft(String batchId) {
        return batch(batchId).progress().left();
    }

    /** Row index → create requests the simulator received carrying that row's marker. */
    private Map<Integer, Integer> receivedPerRow() {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (String request : sim.createRequestsReceived()) {
            Matcher marker = MARKER.matcher(request);
            assertThat(marker.find()).as("a request of the batch: %s", request).isTrue();
            counts.merge(Integer.parseInt(marker.group(1)), 1, Integer::sum);
        }
        return counts;
    }

    private ChildJvm startChild() throws IOException {
        return ChildJvm.start(BatchProcess.class, dataDir.toString(), sim.baseUri().toString(), sim.apiKey());
    }

    private static void awaitLine(ChildJvm child, String expected) throws IOException {
        for (String line = child.readLine(); !line.equals(expected); line = child.readLine()) {
            // nothing else is printed
        }
    }

}
