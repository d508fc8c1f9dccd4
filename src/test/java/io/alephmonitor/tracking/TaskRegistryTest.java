package io.alephmonitor.tracking;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRegistryTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    private static TrackedTask task(String id, TaskStatus status) {
        return TrackedTask.added(id, "aleph", T0).withStatus(status);
    }

    private static long recount(TaskRegistry list) {
        return list.all().stream().filter(t -> !t.status().isFinal()).count();
    }

    @Test
    void theActiveCountFollowsEveryAddReplacementAndRemoval() {
        TaskRegistry list = new TaskRegistry();
        TaskStatus[] statuses = {new TaskStatus.Pending(), new TaskStatus.Running(),
                new TaskStatus.Failed(500, "broken"), new TaskStatus.NotFound()};
        Random random = new Random(7);
        for (int step = 0; step < 5_000; step++) {
            String id = "task-" + random.nextInt(200);
            switch (random.nextInt(3)) {
                case 0 -> list.put(task(id, statuses[random.nextInt(statuses.length)]));
                case 1 -> list.append(task(id, statuses[random.nextInt(statuses.length)]));
                default -> list.remove(id);
            }
            assertThat(list.activeCount()).as("after step %d", step).isEqualTo(recount(list));
        }
    }

    @Test
    void removingAnUntrackedIdChangesNothing() {
        TaskRegistry list = new TaskRegistry();
        list.put(task("a", new TaskStatus.Running()));

        assertThat(list.remove("b")).isFalse();
        assertThat(list.activeCount()).isEqualTo(1);
    }
}
