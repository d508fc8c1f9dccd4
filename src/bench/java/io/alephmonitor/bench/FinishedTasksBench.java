package io.alephmonitor.bench;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.CycleResult;
import io.alephmonitor.tracking.PollEngine;
import io.alephmonitor.tracking.PollSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests sent for a task after it finished: tasks finish at the simulator while the engine polls
 * them (1 s interval, 200 ms tick, production limits otherwise); the simulator's per-task counters
 * taken at the moment each task was seen finished are compared with the counters after ten more
 * seconds of polling and a "check all now".
 */
final class FinishedTasksBench {

    /** Tasks watched, requests for them after they finished (goal: 0), and requests in all. */
    record Result(int tasks, int requestsAfterFinish, int totalRequests) {
    }

    private FinishedTasksBench() {
    }

    static Result run(int taskCount) throws Exception {
        Path dataDir = Files.createTempDirectory("aleph-bench-finished");
        try (KieSimulator sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ofSeconds(3)));
             SqliteTaskStore store = SqliteTaskStore.open(dataDir);
             HttpKieClient client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()),
                     () -> ApiKey.of(sim.apiKey()), Clock.systemUTC());
             PollEngine engine = new PollEngine(store, client, TaskKinds.standard().all(),
                     PollSettings.defaults().withInterval(Duration.ofSeconds(1)).withTick(Duration.ofMillis(200)),
                     Clock.systemUTC(), () -> 0.5)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < taskCount; i++) {
                ids.add(sim.newAlephTask("finishing task " + i, null));
            }
            engine.add(ids, "aleph").written().join();
            Map<String, Integer> atFinish = new HashMap<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (atFinish.size() < taskCount && System.nanoTime() < deadline) {
                CycleResult result = engine.runCycle();
                for (TrackedTask t : result.changed()) {
                    if (t.status().isFinal()) {
                        atFinish.putIfAbsent(t.taskId(), sim.recordRequests(t.taskId()));
                    }
                }
                Thread.sleep(200);
            }
            if (atFinish.size() < taskCount) {
                throw new IllegalStateException("only " + atFinish.size() + " of " + taskCount + " tasks finished");
            }
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            boolean checked = false;
            while (System.nanoTime() < until) {
                engine.runCycle();
                if (!checked && System.nanoTime() > until - Duration.ofSeconds(5).toNanos()) {
                    engine.checkAllNow();
                    checked = true;
                }
                Thread.sleep(200);
            }
            int after = 0;
            for (String id : ids) {
                after += sim.recordRequests(id) - atFinish.get(id);
            }
            return new Result(taskCount, after, sim.totalRequests());
        } finally {
            BenchFiles.deleteTree(dataDir);
        }
    }
}
