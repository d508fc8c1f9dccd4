package io.alephmonitor.tracking;

import io.alephmonitor.kie.AlephKind;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll cycle over real HTTP is one stream: every due task goes out in the same cycle, never
 * more than the in-flight limit at once, as the simulator counts them.
 */
class PollStreamOverHttpTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    private KieSimulator sim;
    private HttpKieClient client;
    private PollEngine engine;

    private PollEngine start(SimConfig config, PollSettings settings) {
        sim = KieSimulator.start(config.withClock(clock).withRunTime(Duration.ofHours(1)));
        client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()), ApiKey.of(sim.apiKey()));
        engine = new PollEngine(new InMemoryTaskStore(), client, List.of(new AlephKind()), settings, clock, () -> 0.5);
        return engine;
    }

    @AfterEach
    void stop() {
        engine.close();
        client.close();
        sim.close();
    }

    private List<String> runningTasks(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(sim.newAlephTask("A kite over the dunes, take " + i, null));
        }
        engine.add(ids, "aleph");
        return ids;
    }

    @Test
    void tenThousandDueTasksAreAllPolledInOneCycleWithoutWaitingForAnotherTick() {
        start(SimConfig.defaults(), PollSettings.defaults());
        List<String> ids = runningTasks(10_000);

        CycleResult cycle = engine.runCycle();

        assertThat(cycle.requestsSent()).isGreaterThanOrEqualTo(10_000);
        assertThat(ids).allSatisfy(id -> assertThat(sim.recordRequests(id)).isEqualTo(1));
        assertThat(engine.tasks()).allSatisfy(task -> {
            assertThat(task.status()).isInstanceOf(TaskStatus.Running.class);
            assertThat(task.lastError()).isNull();
        });
    }

    @Test
    void theSimulatorNeverHoldsMoreRequestsThanTheInFlightLimit() {
        // Every answer waits 2 s on the simulator's side, so the window fills before any answer frees a place,
        // even on a busy machine with a cold HTTP client (two rounds of eight).
        start(SimConfig.defaults().withResponseDelay(Duration.ofSeconds(2)), PollSettings.defaults().withMaxInFlight(8));
        List<String> ids = runningTasks(16);

        engine.runCycle();

        assertThat(sim.mostConcurrentApiRequests()).isEqualTo(8);
        assertThat(ids).allSatisfy(id -> assertThat(sim.recordRequests(id)).isEqualTo(1));
        assertThat(engine.tasks()).allSatisfy(task -> assertThat(task.lastError()).isNull());
    }
}
