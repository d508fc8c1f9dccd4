package io.alephmonitor.tracking;

import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.store.TaskStore;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Searches of the store on their own thread, never the poll thread or the store writer: a search cannot delay a
 * poll cycle or its write. The latest search wins: one still waiting when a newer one comes is cancelled without
 * running, so fast typing runs at most the current query and the next one.
 */
final class TaskSearcher implements AutoCloseable {

    private final TaskStore store;
    private final Executor listenerThread;
    private final ExecutorService thread =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("task-search").factory());
    private final AtomicLong latest = new AtomicLong();

    TaskSearcher(TaskStore store, Executor listenerThread) {
        this.store = store;
        this.listenerThread = listenerThread;
    }

    /** The matching IDs, completed on the listener thread; cancelled when a newer search came before it ran. */
    CompletableFuture<List<String>> search(SearchQuery query) {
        long ticket = latest.incrementAndGet();
        CompletableFuture<List<String>> answer = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                if (ticket != latest.get()) {
                    answer.cancel(false);
                    return;
                }
                try {
                    List<String> ids = store.search(query);
                    listenerThread.execute(() -> answer.complete(ids));
                } catch (RuntimeException e) {
                    listenerThread.execute(() -> answer.completeExceptionally(e));
                }
            });
        } catch (RejectedExecutionException closed) {
            answer.completeExceptionally(closed);
        }
        return answer;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
