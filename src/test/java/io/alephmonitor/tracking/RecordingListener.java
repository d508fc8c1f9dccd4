package io.alephmonitor.tracking;

import io.alephmonitor.model.TrackedTask;

import java.util.ArrayList;
import java.util.List;

/** Keeps every batch and state it is given. */
final class RecordingListener implements TrackerListener {

    record Batch(List<TrackedTask> changed, List<String> removedIds) {
    }

    final List<Batch> batches = new ArrayList<>();
    final List<PollingState> states = new ArrayList<>();

    @Override
    public void tasksChanged(List<TrackedTask> changed, List<String> removedIds) {
        batches.add(new Batch(List.copyOf(changed), List.copyOf(removedIds)));
    }

    @Override
    public void pollingStateChanged(PollingState state) {
        states.add(state);
    }
}
