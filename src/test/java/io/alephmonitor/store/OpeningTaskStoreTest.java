package io.alephmonitor.store;

import io.alephmonitor.model.TrackedTask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningTaskStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void startReturnsWhileTheDatabaseIsStillOpeningAndTheFirstCallWaitsForIt() throws Exception {
        CountDownLatch mayOpen = new CountDownLatch(1);
        CountDownLatch openerRan = new CountDownLatch(1);
        OpeningTaskStore store = OpeningTaskStore.start(() -> {
            openerRan.countDown();
            try {
                mayOpen.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return SqliteTaskStore.open(dir);
        });
        assertThat(openerRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(dir.resolve("tasks.db"))).as("not opened yet").isFalse();

        mayOpen.countDown();
        store.upsert(List.of(TrackedTask.added("abc123", "aleph", T0)));

        assertThat(store.loadAll()).extracting(TrackedTask::taskId).containsExactly("abc123");
        store.close();
        try (SqliteTaskStore reopened = SqliteTaskStore.open(dir)) {
            assertThat(reopened.loadAll()).extracting(TrackedTask::taskId).containsExactly("abc123");
        }
    }

    @Test
    void aDatabaseThatCannotOpenFailsEveryCallWithTheOpeningsOwnMessage() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        OpeningTaskStore store = OpeningTaskStore.start(() -> SqliteTaskStore.open(inTheWay.resolve("sub")));

        assertThatThrownBy(store::loadAll)
                .isInstanceOf(TaskStoreException.class)
                .hasMessageContaining("Could not create the data folder");
        assertThatThrownBy(() -> store.upsert(List.of(TrackedTask.added("abc123", "aleph", T0))))
                .isInstanceOf(TaskStoreException.class);
        store.close(); // nothing was opened, so nothing to close: no exception
    }
}
