package io.alephmonitor.store;

import io.alephmonitor.kie.TaskParams;
import io.alephmonitor.kie.TaskStatus;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Everything the app keeps about one tracked task. Immutable: every change is a new value
 * (use the {@code with…} methods), persisted by the task store and published to the UI.
 *
 * @param taskId       kie.ai's task ID, the primary key
 * @param kind         the task kind's id (e.g. "aleph")
 * @param addedAt      when the user added it to the app
 * @param status       the last known status (never replaced by a transient problem)
 * @param params       parsed paramJson (with the raw text)
 * @param createdAt    kie.ai's create time, when known
 * @param completedAt  kie.ai's complete time, when known
 * @param lastError    the last transient problem, in words a user understands; null when the last poll was fine
 * @param lastPolledAt when the last poll (successful or not) finished
 * @param nextPollAt   when the task is due again; null when it is not scheduled (finished)
 * @param savedPath    where the result was saved; null when not saved
 * @param label        the user's own label; may be null
 */
public record TrackedTask(String taskId, String kind, Instant addedAt, TaskStatus status,
                          TaskParams params, Instant createdAt, Instant completedAt, String lastError,
                          Instant lastPolledAt, Instant nextPollAt, Path savedPath, String label) {

    /** A task just added by the user: pending, due at once. */
    /** The kind of a task whose kind is still to be detected from kie.ai's answers. */
    public static final String AUTO_KIND = "auto";

    public static TrackedTask added(String taskId, String kind, Instant now) {
        return new TrackedTask(taskId, kind, now, new TaskStatus.Pending(), TaskParams.EMPTY,
                null, null, null, null, now, null, null);
    }

    public TrackedTask withStatus(TaskStatus newStatus) {
        return new TrackedTask(taskId, kind, addedAt, newStatus, params, createdAt, completedAt,
                lastError, lastPolledAt, nextPollAt, savedPath, label);
    }

    public TrackedTask withLastError(String error) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                error, lastPolledAt, nextPollAt, savedPath, label);
    }

    public TrackedTask withSavedPath(Path path) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                lastError, lastPolledAt, nextPollAt, path, label);
    }

    public TrackedTask withLabel(String newLabel) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                lastError, lastPolledAt, nextPollAt, savedPath, newLabel);
    }

    public TrackedTask withSchedule(Instant polledAt, Instant nextPoll) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                lastError, polledAt, nextPoll, savedPath, label);
    }

    /** This task updated from a successful poll: status, params and times from kie.ai, error cleared. */
    public TrackedTask withPoll(io.alephmonitor.kie.TaskSnapshot snap) {
        // a task added as "detect automatically" takes the kind of the first record found
        String polledKind = AUTO_KIND.equals(kind) && snap.kind() != null ? snap.kind() : kind;
        return new TrackedTask(taskId, polledKind, addedAt, snap.status(),
                snap.params() == null ? params : snap.params(), snap.createdAt(), snap.completedAt(),
                null, lastPolledAt, nextPollAt, savedPath, label);
    }
}
