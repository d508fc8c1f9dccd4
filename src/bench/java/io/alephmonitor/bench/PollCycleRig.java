package io.alephmonitor.bench;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.tracking.CycleResult;
import io.alephmonitor.tracking.PollEngine;
import io.alephmonitor.tracking.PollSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * What the poll-cycle benchmarks measure: N running tasks on a simulator (answering after
 * {@code responseDelay}), polled by {@link PollEngine} with the production {@link PollSettings} and answers
 * saved to SQLite, or by the reference, the same requests one after another, each awaited, on the same client.
 */
final class PollCycleRig implements AutoCloseable {

    private final int tasks;
    private final KieSimulator sim;
    private final HttpKieClient client;
    private final SqliteTaskStore store;
    private final PollEngine engine;
    private final PollSettings settings;
    private final ShiftedClock clock = new ShiftedClock();
    private final TaskKind aleph = TaskKinds.standard().byIdOrDefault("aleph");
    private final List<String> ids;
    private final Path dataDir;

    PollCycleRig(int tasks, Duration responseDelay) throws Exception {
        this.tasks = tasks;
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ofDays(1)).withResponseDelay(responseDelay));
        ids = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            ids.add(sim.newAlephTask("benchmark task " + i, null));
        }
        client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()),
                () -> ApiKey.of(sim.apiKey()), Clock.systemUTC());
        dataDir = Files.createTempDirectory("aleph-bench-poll");
        store = SqliteTaskStore.open(dataDir);
        PollSettings chosen = PollSettings.defaults();
        if (Integer.getInteger("bench.inFlight", 0) > 0) { // for trying other limits: -jvmArgsAppend -Dbench.inFlight=N
            chosen = chosen.withMaxInFlight(Integer.getInteger("bench.inFlight"));
        }
        settings = chosen;
        engine = new PollEngine(store, client, TaskKinds.standard().all(), settings, clock, () -> 0.5);
        engine.add(ids, "aleph").written().join();
    }

    /** A whole interval passes between cycles: every task is due again. */
    void nextInterval() {
        clock.advance(settings.interval());
    }

    /** Cycles as the app's driver starts them, one per tick, until every task was polled; returns the requests sent. */
    int fullCycle() {
        int polled = 0;
        while (true) {
            long tickStart = System.nanoTime();
            CycleResult result = engine.runCycle();
            polled += result.requestsSent();
            if (polled >= tasks || result.requestsSent() == 0 && engine.state().nextCheckAt() == null) {
                return polled;
            }
            // The app's driver starts a cycle every tick; a cycle that ran longer is followed at once.
            LockSupport.parkNanos(settings.tick().toNanos() - (System.nanoTime() - tickStart));
        }
    }

    /** The reference: each task's record-info, one after another, each awaited; returns the answers that were OK. */
    int sequentialAwaited() {
        int ok = 0;
        for (String id : ids) {
            ApiResult<TaskSnapshot> result = client.poll(aleph, id);
            if (result instanceof ApiResult.Ok<TaskSnapshot>) {
                ok++;
            }
        }
        return ok;
    }

    @Override
    public void close() throws Exception {
        engine.close();
        store.close();
        client.close();
        sim.close();
        BenchFiles.deleteTree(dataDir);
    }
}
