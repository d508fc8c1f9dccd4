package io.alephmonitor.bench;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.kie.TaskSnapshot;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.tracking.CycleResult;
import io.alephmonitor.tracking.PollEngine;
import io.alephmonitor.tracking.PollSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One full poll cycle of N running tasks against the simulator on loopback, the way the app runs it
 * (PollEngine with the production {@link PollSettings}, a cycle per tick until every task was polled,
 * answers saved to SQLite), against the reference: the same requests one after another, each awaited.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class PollCycleBench {

    @Param("10000")
    public int tasks;

    private KieSimulator sim;
    private HttpKieClient client;
    private SqliteTaskStore store;
    private PollEngine engine;
    private PollSettings settings;
    private final ShiftedClock clock = new ShiftedClock();
    private TaskKind aleph;
    private List<String> ids;
    private Path dataDir;

    @Setup(Level.Trial)
    public void start() throws Exception {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ofDays(1)));
        ids = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            ids.add(sim.newAlephTask("benchmark task " + i, null));
        }
        client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()),
                () -> ApiKey.of(sim.apiKey()), Clock.systemUTC());
        aleph = TaskKinds.standard().byIdOrDefault("aleph");
        dataDir = Files.createTempDirectory("aleph-bench-poll");
        store = SqliteTaskStore.open(dataDir);
        settings = PollSettings.defaults();
        if (Integer.getInteger("bench.inFlight", 0) > 0) { // for trying other limits: -jvmArgsAppend -Dbench.inFlight=N
            settings = settings.withMaxInFlight(Integer.getInteger("bench.inFlight"));
        }
        engine = new PollEngine(store, client, TaskKinds.standard().all(), settings, clock, () -> 0.5);
        engine.add(ids, "aleph").written().join();
    }

    /** A whole interval passes between cycles: every task is due again. */
    @Setup(Level.Invocation)
    public void nextInterval() {
        clock.advance(settings.interval());
    }

    @Benchmark
    public int fullCycle() {
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

    @Benchmark
    public int sequentialAwaited() {
        int ok = 0;
        for (String id : ids) {
            ApiResult<TaskSnapshot> result = client.poll(aleph, id);
            if (result instanceof ApiResult.Ok<TaskSnapshot>) {
                ok++;
            }
        }
        return ok;
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        engine.close();
        store.close();
        client.close();
        sim.close();
        BenchFiles.deleteTree(dataDir);
    }
}
