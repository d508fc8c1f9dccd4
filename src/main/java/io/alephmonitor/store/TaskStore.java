package io.alephmonitor.store;

import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TrackedTask;

import java.util.Collection;
import java.util.List;

/**
 * Durable storage of tracked tasks. Thread-safe; every method blocks (call it off the FX
 * thread). When {@link #upsert} returns, the tasks survive a crash of the process.
 */
public interface TaskStore extends AutoCloseable {

    /** Every stored task, in the order they were first added. */
    List<TrackedTask> loadAll();

    /** Inserts or replaces these tasks (by task ID) in one transaction. */
    void upsert(Collection<TrackedTask> tasks);

    /** Deletes these task IDs; unknown IDs are ignored. */
    void delete(Collection<String> taskIds);

    /**
     * The IDs of the stored tasks matching the query (full-text over prompt, parameters, model, task ID, kind,
     * track titles, tags, lyrics, label; and its filters), in the order they were added.
     */
    List<String> search(SearchQuery query);

    @Override
    void close();
}
