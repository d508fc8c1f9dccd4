package io.alephmonitor.tracking;

import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Searches run on their own thread, and one overtaken by a newer search before it ran never runs. */
class TaskSearcherTest {

    @Test
    void aSearchOvertakenWhileWaitingIsCancelledAndTheLatestAnswers() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemoryTaskStore store = new InMemoryTaskStore() {
            @Override
            public synchronized List<String> search(SearchQuery query) {
                if (query.text().equals("first")) {
                    firstRunning.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.search(query);
            }
        };
        store.upsert(List.of(new TrackedTask("t1", "aleph", Instant.EPOCH, new TaskStatus.Pending(),
                new TaskParams("a lighthouse", null, null, null, null, null, null),
                null, null, null, null, null, null, null, List.of(), null)));
        try (TaskSearcher searcher = new TaskSearcher(store, Runnable::run)) {
            CompletableFuture<List<String>> first = searcher.search(SearchQuery.text("first"));
            assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<List<String>> stale = searcher.search(SearchQuery.text("light"));
            CompletableFuture<List<String>> latest = searcher.search(SearchQuery.text("lighthouse"));
            release.countDown();

            assertThat(latest.get(10, TimeUnit.SECONDS)).containsExactly("t1");
            assertThat(stale).isCancelled();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEmpty();
        }
    }
}
