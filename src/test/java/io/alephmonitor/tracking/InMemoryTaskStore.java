package io.alephmonitor.tracking;

import io.alephmonitor.store.TaskStore;
import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TrackedTask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A task store in memory that also counts its writes. */
class InMemoryTaskStore implements TaskStore {

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

    /** The tasks whose ID or prompt contains the query's text (the real store searches much more). */
    @Override
    public synchronized List<String> search(SearchQuery query) {
        String needle = query.text().strip().toLowerCase(java.util.Locale.ROOT);
        return tasks.values().stream()
                .filter(t -> t.taskId().toLowerCase(java.util.Locale.ROOT).contains(needle)
                        || t.params() != null && t.params().prompt() != null
                        && t.params().prompt().toLowerCase(java.util.Locale.ROOT).contains(needle))
                .map(TrackedTask::taskId).toList();
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
