package io.alephmonitor.store;

import io.alephmonitor.model.TrackedTask;

import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Child-JVM main for the kill -9 test: adds tasks one by one, forever, and prints each ID
 * only after {@code upsert} has returned, so every printed ID is a promise the store made.
 */
public final class TaskWritingProcess {

    private TaskWritingProcess() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        String prefix = args[1];
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
            for (long i = 0; ; i++) {
                String id = prefix + "-" + i;
                TrackedTask task = TrackedTask.added(id, "aleph", Instant.now())
                        .withStatus(i % 2 == 0 ? new TaskStatus.Running()
                                : new TaskStatus.Succeeded("https://r.example/" + id + ".mp4", null, Instant.now()));
                store.upsert(List.of(new TrackedTask(task.taskId(), task.kind(), task.addedAt(), task.status(),
                        new TaskParams("prompt " + "x".repeat((int) (i % 500)), null, null, null, "16:9", i, null),
                        null, null, null, null, null, null, null)));
                System.out.println(id);
                System.out.flush();
            }
        }
    }
}
