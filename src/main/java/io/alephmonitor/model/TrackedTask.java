package io.alephmonitor.model;


import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

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
 * @param savedPath    where the (first) result was saved; null when not saved
 * @param label        the user's own label; may be null
 * @param savedPaths   every saved result file in result order, {@code savedPath} first; empty when not saved
 * @param savedFile    whether the saved file was found on disk: {@code NOT_SAVED} exactly when nothing is saved,
 *                     otherwise {@code PRESENT} (also when given null) or {@code MISSING}
 * @param marks        the user's star, tags and note ({@link TaskMarks#NONE} when given null); never touched by polling
 * @param origin       the tracked task this one was made from, and how; null when it was pasted or made on its own
 */
public record TrackedTask(String taskId, String kind, Instant addedAt, TaskStatus status,
                          TaskParams params, Instant createdAt, Instant completedAt, String lastError,
                          Instant lastPolledAt, Instant nextPollAt, Path savedPath, String label,
                          List<Path> savedPaths, SavedFileState savedFile, TaskMarks marks, TaskOrigin origin) {

    public TrackedTask {
        marks = marks == null ? TaskMarks.NONE : marks;
        savedPaths = savedPaths == null ? List.of() : List.copyOf(savedPaths);
        if (savedPaths.isEmpty() && savedPath != null) {
            savedPaths = List.of(savedPath);
        } else if (!savedPaths.isEmpty()) {
            savedPath = savedPaths.getFirst();
        }
        if (savedPath == null) {
            savedFile = SavedFileState.NOT_SAVED;
        } else if (savedFile == null || savedFile == SavedFileState.NOT_SAVED) {
            savedFile = SavedFileState.PRESENT;
        }
    }

    /** A task made on its own (no origin). */
    public TrackedTask(String taskId, String kind, Instant addedAt, TaskStatus status,
                       TaskParams params, Instant createdAt, Instant completedAt, String lastError,
                       Instant lastPolledAt, Instant nextPollAt, Path savedPath, String label,
                       List<Path> savedPaths, SavedFileState savedFile, TaskMarks marks) {
        this(taskId, kind, addedAt, status, params, createdAt, completedAt, lastError, lastPolledAt, nextPollAt,
                savedPath, label, savedPaths, savedFile, marks, null);
    }

    /** A task without marks. */
    public TrackedTask(String taskId, String kind, Instant addedAt, TaskStatus status,
                       TaskParams params, Instant createdAt, Instant completedAt, String lastError,
                       Instant lastPolledAt, Instant nextPollAt, Path savedPath, String label,
                       List<Path> savedPaths, SavedFileState savedFile) {
        this(taskId, kind, addedAt, status, params, createdAt, completedAt, lastError, lastPolledAt, nextPollAt,
                savedPath, label, savedPaths, savedFile, TaskMarks.NONE);
    }

    /** A task whose saved files (if any) are taken to be in place. */
    public TrackedTask(String taskId, String kind, Instant addedAt, TaskStatus status,
                       TaskParams params, Instant createdAt, Instant completedAt, String lastError,
                       Instant lastPolledAt, Instant nextPollAt, Path savedPath, String label,
                       List<Path> savedPaths) {
        this(taskId, kind, addedAt, status, params, createdAt, completedAt, lastError, lastPolledAt, nextPollAt,
                savedPath, label, savedPaths, null);
    }

    /** A task with at most one saved file. */
    public TrackedTask(String taskId, String kind, Instant addedAt, TaskStatus status,
                       TaskParams params, Instant createdAt, Instant completedAt, String lastError,
                       Instant lastPolledAt, Instant nextPollAt, Path savedPath, String label) {
        this(taskId, kind, addedAt, status, params, createdAt, completedAt, lastError, lastPolledAt, nextPollAt,
                savedPath, label, null, null);
    }

    /** The kind of a task whose kind is still to be detected from kie.ai's answers. */
    public static final String AUTO_KIND = KindIds.AUTO;

    /** A task just added by the user: pending, due at once. */
    public static TrackedTask added(String taskId, String kind, Instant now) {
        return new TrackedTask(taskId, kind, now, new TaskStatus.Pending(), TaskParams.EMPTY,
                null, null, null, null, now, null, null);
    }

    public TrackedTask withStatus(TaskStatus newStatus) {
        return new TrackedTask(taskId, kind, addedAt, newStatus, params, createdAt, completedAt,
                lastError, lastPolledAt, nextPollAt, savedPath, label, savedPaths, savedFile, marks, origin);
    }

    public TrackedTask withLastError(String error) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                error, lastPolledAt, nextPollAt, savedPath, label, savedPaths, savedFile, marks, origin);
    }

    /** This task saved to one file (null: not saved). */
    public TrackedTask withSavedPath(Path path) {
        return withSavedPaths(path == null ? List.of() : List.of(path));
    }

    /** This task with every result saved, in result order (empty: not saved); freshly saved files are present. */
    public TrackedTask withSavedPaths(List<Path> paths) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                lastError, lastPolledAt, nextPollAt, paths.isEmpty() ? null : paths.getFirst(), label, paths,
                SavedFileState.PRESENT, marks, origin);
    }

    /** This task with its saved file found present or missing on disk (ignored while nothing is saved). */
    public TrackedTask withSavedFile(SavedFileState state) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                lastError, lastPolledAt, nextPollAt, savedPath, label, savedPaths, state, marks, origin);
    }

    /** True when the task was saved and its file has since been found gone. */
    public boolean savedFileMissing() {
        return savedFile == SavedFileState.MISSING;
    }

    public TrackedTask withLabel(String newLabel) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                lastError, lastPolledAt, nextPollAt, savedPath, newLabel, savedPaths, savedFile, marks, origin);
    }

    /** This task with the user's marks replaced (null: none); polling is not affected. */
    public TrackedTask withMarks(TaskMarks newMarks) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                lastError, lastPolledAt, nextPollAt, savedPath, label, savedPaths, savedFile, newMarks, origin);
    }

    /** This task as made from {@code newOrigin} (null: made on its own). */
    public TrackedTask withOrigin(TaskOrigin newOrigin) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                lastError, lastPolledAt, nextPollAt, savedPath, label, savedPaths, savedFile, marks, newOrigin);
    }

    /** Whether the user starred this task. */
    public boolean starred() {
        return marks.starred();
    }

    /** The user's tags on this task, in the order they were added. */
    public List<String> tags() {
        return marks.tags();
    }

    public TrackedTask withSchedule(Instant polledAt, Instant nextPoll) {
        return new TrackedTask(taskId, kind, addedAt, status, params, createdAt, completedAt,
                lastError, polledAt, nextPoll, savedPath, label, savedPaths, savedFile, marks, origin);
    }

    /** This task updated from a successful poll: status, params and times from kie.ai, error cleared. */
    public TrackedTask withPoll(TaskSnapshot snap) {
        // a task added as "detect automatically" takes the kind of the first record found
        String polledKind = AUTO_KIND.equals(kind) && snap.kind() != null ? snap.kind() : kind;
        return new TrackedTask(taskId, polledKind, addedAt, snap.status(),
                snap.params() == null ? params : snap.params(), snap.createdAt(), snap.completedAt(),
                null, lastPolledAt, nextPollAt, savedPath, label, savedPaths, savedFile, marks, origin);
    }
}
