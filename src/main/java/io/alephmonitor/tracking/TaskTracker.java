package io.alephmonitor.tracking;

import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TrackedTask;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * The engine as the UI sees it (implemented by {@link TrackingService}). Every method returns at once (work happens on background
 * threads); listeners are called on the JavaFX application thread, once per batch of changes.
 */
public interface TaskTracker {

    /**
     * Adds every task ID found in arbitrary pasted text, of the given kind ("aleph", … or "auto" to
     * detect it); ID-looking tokens of no known format are reported, not added.
     */
    AddReport addFromText(String text, String kind);

    /** Adds exactly these IDs as this kind (e.g. unrecognised tokens the user confirmed). */
    AddReport addIds(List<String> taskIds, String kind);

    /**
     * Tracks imported tasks whose IDs are not tracked yet, keeping their status, links and marks (see
     * {@link TrackingService#importTasks}); a task tracked already keeps everything it has, its own marks too.
     */
    AddReport importTasks(Collection<TrackedTask> tasks);

    /**
     * Adds back tasks found in saved files (their sidecars or tags): a task not tracked is added as found
     * (like {@link #importTasks}); a task tracked already keeps its status and everything it has, and gains the
     * found tags, star, note and saved paths it lacks. Trackers without that merge (test doubles) only import.
     */
    default AddReport bringBack(Collection<TrackedTask> found) {
        return importTasks(found);
    }

    /** Stops tracking these tasks (their saved files stay on disk). */
    void remove(Collection<String> taskIds);

    /** Puts removed tasks back exactly as they were (undo of {@link #remove}). */
    void restore(Collection<TrackedTask> tasks);

    /**
     * Polls these tasks as soon as possible, finished ones included ("Check again"); a Not found or
     * Invalid ID task goes back to Pending first, so a record that appeared since is found.
     */
    void checkNow(Collection<String> taskIds);

    /** Polls every active task as soon as possible. */
    void checkAllNow();

    /**
     * Changes the user's marks (star, tags, note) of these tasks, stored and then published as one batch;
     * tasks not tracked are skipped. Marks never change how a task is polled.
     */
    void mark(Collection<String> taskIds, UnaryOperator<TaskMarks> change);

    /** Stars (favourites) or unstars these tasks. */
    default void setStarred(Collection<String> taskIds, boolean starred) {
        mark(taskIds, marks -> marks.withStarred(starred));
    }

    /** Adds this tag to these tasks (those that have it already, in any case, keep theirs). */
    default void addTag(Collection<String> taskIds, String tag) {
        mark(taskIds, marks -> marks.withTag(tag));
    }

    /** Removes this tag (matched ignoring case) from these tasks. */
    default void removeTag(Collection<String> taskIds, String tag) {
        mark(taskIds, marks -> marks.withoutTag(tag));
    }

    /** Sets one task's note (null or blank: no note). */
    default void setNote(String taskId, String note) {
        mark(List.of(taskId), marks -> marks.withNote(note));
    }

    /** All tracked tasks, in the order they were added. */
    List<TrackedTask> tasks();

    /** The current polling state (active count, next check, paused and why). */
    PollingState pollingState();

    /**
     * Looks again, off the calling thread, whether these tasks' saved files are still on disk; a task
     * whose file went missing (or came back) gets its {@link TrackedTask#savedFile()} changed and is
     * published like any other change. Trackers that own no files (test doubles) may ignore it.
     */
    default void recheckSavedFiles(Collection<String> taskIds) {
    }

    /**
     * Searches the whole stored history (prompt, parameters, model, ID, kind, track titles and lyrics…) off the
     * calling thread; the matching IDs in the order tasks were added arrive on the listener thread. A search
     * overtaken by a newer one before it ran is cancelled. Trackers without a store (test doubles) find nothing.
     */
    default CompletableFuture<List<String>> search(SearchQuery query) {
        return CompletableFuture.completedFuture(List.of());
    }

    /** Starts saving a finished task's result to {@code target}; progress and cancel on the job. */
    SaveJob save(String taskId, Path target);

    void addListener(TrackerListener listener);

    void removeListener(TrackerListener listener);
}
