package io.alephmonitor.tracking;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock);
    private KieSimulator sim;
    private PollEngine engine;

    private PollEngine start(SimConfig config, PollSettings settings) {
        sim = kie.withSimulator(c -> config.withClock(clock).withRunTime(Duration.ofHours(1))).sim();
        engine = kie.engine(settings);
        return engine;
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
