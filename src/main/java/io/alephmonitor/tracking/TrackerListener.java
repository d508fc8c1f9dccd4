package io.alephmonitor.tracking;

import io.alephmonitor.model.TrackedTask;

import java.util.List;

/** Receives the engine's changes in batches, on the JavaFX application thread. */
public interface TrackerListener {

    /** Tasks added or changed (new values) and task IDs removed, in one batch. */
    void tasksChanged(List<TrackedTask> changed, List<String> removedIds);

    /** Polling state changed (paused, resumed, counts, next check). */
    default void pollingStateChanged(PollingState state) {
    }
}
