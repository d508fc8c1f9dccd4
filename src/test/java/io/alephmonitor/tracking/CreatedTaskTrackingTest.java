package io.alephmonitor.tracking;

import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A task just created on kie.ai is never lost: stored even when this version cannot poll its kind yet. */
class CreatedTaskTrackingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-08T08:00:00Z"));
    private final FakeKieApi api = new FakeKieApi();
    private final InMemoryTaskStore store = new InMemoryTaskStore();
    private final PollEngine engine = new PollEngine(store, api, List.of(FakeKind.ALEPH), PollSettings.defaults(),
            clock, () -> 0.5);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aCreatedTaskOfAKnownKindIsStoredAndPolledInTheNextCycle() {
        engine.addAnyKind(List.of("ee603959-debb-48d1-98c4-a6d1c717eba6"), "aleph").written().join();

        engine.runCycle();

        assertThat(store.loadAll()).extracting(t -> t.kind()).containsExactly("aleph");
        assertThat(api.polls("ee603959-debb-48d1-98c4-a6d1c717eba6")).isEqualTo(1);
    }

    @Test
    void aCreatedTaskOfAKindNotKnownYetIsStoredWithItsKindAndNotPolled() {
        PollEngine.Added added = engine.addAnyKind(List.of("task_kling-2.6_1765182425861"), "market");
        added.written().join();

        engine.runCycle();

        assertThat(added.added()).extracting(t -> t.taskId()).containsExactly("task_kling-2.6_1765182425861");
        assertThat(store.loadAll()).extracting(t -> t.kind()).containsExactly("market");
        assertThat(api.polls("task_kling-2.6_1765182425861")).isZero();
        assertThat(engine.tasks()).hasSize(1);
    }

    @Test
    void aNewTakeIsStoredWithWhatItWasMadeFromAndPollingKeepsIt() {
        io.alephmonitor.model.TaskOrigin origin = new io.alephmonitor.model.TaskOrigin(
                "ee603959-debb-48d1-98c4-a6d1c717eba6", io.alephmonitor.model.TaskOrigin.Relation.REMADE);
        engine.addAnyKind(List.of("0a1b2c3d-debb-48d1-98c4-a6d1c717eba6"), "aleph", origin).written().join();

        engine.runCycle();

        assertThat(store.loadAll()).extracting(t -> t.origin()).containsExactly(origin);
        assertThat(engine.tasks()).extracting(t -> t.origin()).containsExactly(origin);
    }
}
