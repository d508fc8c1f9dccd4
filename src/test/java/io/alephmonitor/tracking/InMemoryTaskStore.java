package io.alephmonitor.tracking;

import io.alephmonitor.store.TaskStore;
import io.alephmonitor.model.TrackedTask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A task store in memory that also counts its writes. */
final class InMemoryTaskStore implements TaskStore {

    private final Map<String, TrackedTask> tasks = new LinkedHashMap<>();
    private final List<Integer> upsertBatchSizes = new ArrayList<>();

    @Override
    public synchronized List<TrackedTask> loadAll() {
        return List.copyOf(tasks.values());
    }

    @Override
    public synchronized void upsert(Collection<TrackedTask> batch) {
        batch.forEach(t -> tasks.put(t.taskId(), t));
        upsertBatchSizes.add(batch.size());
    }

    @Override
    public synchronized void delete(Collection<String> taskIds) {
        taskIds.forEach(tasks::remove);
    }

    synchronized TrackedTask get(String taskId) {
        return tasks.get(taskId);
    }

    synchronized List<Integer> upsertBatchSizes() {
        return List.copyOf(upsertBatchSizes);
    }

    @Override
    public void close() {
    }
}
