package io.alephmonitor.store;

import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TrackedTask;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A task store that opens on a thread of its own: whoever holds it can go on (the app builds its
 * window) while the database opens, and the first call waits for it. A failure to open is thrown by
 * every call, as the opening threw it.
 */
public final class OpeningTaskStore implements TaskStore {

    private final CompletableFuture<TaskStore> opening;

    private OpeningTaskStore(CompletableFuture<TaskStore> opening) {
        this.opening = opening;
    }

    /** Starts {@code opener} at once on a new thread. */
    public static OpeningTaskStore start(Supplier<? extends TaskStore> opener) {
        CompletableFuture<TaskStore> opening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("task-store-open").start(() -> {
            try {
                opening.complete(opener.get());
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        });
        return new OpeningTaskStore(opening);
    }

    private TaskStore store() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public List<TrackedTask> loadAll() {
        return store().loadAll();
    }

    @Override
    public void upsert(Collection<TrackedTask> tasks) {
        store().upsert(tasks);
    }

    @Override
    public void delete(Collection<String> taskIds) {
        store().delete(taskIds);
    }

    @Override
    public List<String> search(SearchQuery query) {
        return store().search(query);
    }

    /** The batch queue in the same database; each call waits for the database to open, as the task calls do. */
    public BatchQueueStore batches() {
        return new BatchQueueStore() {
            @Override
            public void add(io.alephmonitor.model.Batch batch) {
                queue().add(batch);
            }

            @Override
            public List<io.alephmonitor.model.Batch> loadAll() {
                return queue().loadAll();
            }

            @Override
            public void save(io.alephmonitor.model.BatchRow row) {
                queue().save(row);
            }

            @Override
            public void setPaused(String batchId, boolean paused) {
                queue().setPaused(batchId, paused);
            }
        };
    }

    private BatchQueueStore queue() {
        if (store() instanceof SqliteTaskStore sqlite) {
            return sqlite.batches();
        }
        throw new IllegalStateException("This task store keeps no batches.");
    }

    /** Closes the store once open; one that failed to open has nothing to close. */
    @Override
    public void close() {
        TaskStore store;
        try {
            store = opening.join();
        } catch (CompletionException failedToOpen) {
            return;
        }
        store.close();
    }
}
