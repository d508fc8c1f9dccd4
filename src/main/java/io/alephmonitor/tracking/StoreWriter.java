package io.alephmonitor.tracking;

import io.alephmonitor.store.TaskStore;
import io.alephmonitor.model.TrackedTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Every write to the task store, on one background thread: writes land in the order the engine
 * made the changes, so a poll result can never resurrect a task removed just after it.
 */
final class StoreWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);

    private final TaskStore store;
    private final ExecutorService thread =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("task-store-writer").factory());

    StoreWriter(TaskStore store) {
        this.store = store;
    }

    CompletableFuture<Void> upsert(Collection<TrackedTask> tasks) {
        if (tasks.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<TrackedTask> copy = List.copyOf(tasks);
        return write(() -> store.upsert(copy));
    }

    CompletableFuture<Void> delete(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<String> copy = List.copyOf(taskIds);
        return write(() -> store.delete(copy));
    }

    private CompletableFuture<Void> write(Runnable change) {
        try {
            return CompletableFuture.runAsync(change, thread).whenComplete(StoreWriter::logFailure);
        } catch (RejectedExecutionException closing) {
            LOG.warn("A task change came in after the tracker closed; it was not saved");
            return CompletableFuture.failedFuture(closing);
        }
    }

    private static void logFailure(Void ignored, Throwable failure) {
        if (failure != null) {
            LOG.error("Could not write tracked tasks to the store", failure);
        }
    }

    /** Finishes the writes already asked for, then stops. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Task store writes did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
