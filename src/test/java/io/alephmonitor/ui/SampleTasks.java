package io.alephmonitor.ui;

import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Task values for UI tests and the preview launcher. */
public final class SampleTasks {

    private SampleTasks() {
    }

    public static String id(int n) {
        return new UUID(0xee603959_debb_48d1L + n * 0x1f3d_5b79_0000_0000L, 0x98c4_a6d1c717eba6L + n).toString();
    }

    public static TaskParams prompt(String prompt) {
        return new TaskParams(prompt, "https://example.invalid/source.jpg", "https://example.invalid/source.mp4",
                null, "16:9", 42L, "{\"prompt\":\"" + prompt + "\"}");
    }

    public static TrackedTask task(String id, TaskStatus status, String prompt, Instant addedAt) {
        Instant created = addedAt.plusSeconds(2);
        Instant completed = status.isFinal() ? created.plus(Duration.ofSeconds(95)) : null;
        return new TrackedTask(id, "aleph", addedAt, status, prompt(prompt), created, completed, null,
                addedAt, status.isFinal() ? null : addedAt.plusSeconds(30), null, null);
    }

    /** The same task as another kind, its completion time taken from its result. */
    public static TrackedTask ofKind(String kind, TrackedTask t) {
        Instant completed = t.status() instanceof TaskStatus.Succeeded s ? s.completedAt() : t.completedAt();
        return new TrackedTask(t.taskId(), kind, t.addedAt(), t.status(), t.params(), t.createdAt(), completed,
                t.lastError(), t.lastPolledAt(), t.nextPollAt(), t.savedPath(), t.label(), t.savedPaths(), t.savedFile());
    }

    public static TaskStatus.Succeeded succeeded(String id, Instant at) {
        return new TaskStatus.Succeeded("https://example.invalid/" + id + ".mp4",
                "https://example.invalid/" + id + ".jpg", at);
    }

    public static TrackedTask saved(TrackedTask t, String file) {
        return t.withSavedPath(Path.of(System.getProperty("java.io.tmpdir"), file));
    }
}
