package io.alephmonitor.store;

import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TrackedTask;

import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteTaskStoreTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:15:30.123Z");

    @TempDir
    Path dataDir;

    private SqliteTaskStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static TrackedTask fullyPopulated(String id, TaskStatus status) {
        TaskParams params = new TaskParams("A fox runs\nthrough snow", "https://img.example/in.png",
                "https://vid.example/in.mp4", "https://img.example/ref.png", "16:9", 42L,
                "{\"prompt\":\"A fox runs\\nthrough snow\",\"seed\":42}");
        return new TrackedTask(id, "aleph", T0, status, params, T0.plusSeconds(1), T0.plusSeconds(90),
                "The server did not answer; retrying", T0.plusSeconds(95), T0.plusSeconds(125),
                Path.of("/videos", "A fox runs - " + id + ".mp4"), "my label ✓");
    }

    @Test
    void everyKindOfStatusComesBackExactlyAsItWasSaved() {
        store = SqliteTaskStore.open(dataDir);
        List<TrackedTask> saved = List.of(
                fullyPopulated("t-pending", new TaskStatus.Pending()),
                fullyPopulated("t-running", new TaskStatus.Running()),
                fullyPopulated("t-ok", new TaskStatus.Succeeded("https://r.example/v.mp4",
                        "https://r.example/v.jpg", T0.plusSeconds(90))),
                fullyPopulated("t-ok-many", new TaskStatus.Succeeded(null, "https://r.example/a.png",
                        List.of("https://r.example/a.png", "https://r.example/b.png"), null)),
                fullyPopulated("t-failed", new TaskStatus.Failed(501, "Content policy: \"nope\"")),
                fullyPopulated("t-missing", new TaskStatus.NotFound()),
                fullyPopulated("t-invalid", new TaskStatus.InvalidId()));

        store.upsert(saved);

        assertThat(store.loadAll()).containsExactlyElementsOf(saved);
    }

    @Test
    void typedResultsProgressPartialTracksAndADeadLinkComeBackAsTheyWereSaved() {
        store = SqliteTaskStore.open(dataDir);
        ResultFile.Audio track = new ResultFile.Audio("https://r.example/1.mp3", "https://r.example/1.jpeg",
                "钢铁侠", 198.44, "electrifying, rock", "[Verse] 夜晚城市", "8551-662c");
        List<TrackedTask> saved = List.of(
                fullyPopulated("t-progress", new TaskStatus.Running(0.42)),
                fullyPopulated("t-first-track", new TaskStatus.Running(null, "First track ready", List.of(track))),
                fullyPopulated("t-mixed", TaskStatus.Succeeded.of(List.of(track,
                        new ResultFile.Text(null, "{\n  \"answer\" : 42\n}", true, null),
                        new ResultFile.Untyped("https://r.example/file"),
                        new ResultFile.Video("https://r.example/v.mp4", "https://r.example/v.jpg")), T0)),
                fullyPopulated("t-expired", TaskStatus.Succeeded.of(
                        List.of(new ResultFile.Video("https://r.example/old.mp4", null)), T0, true,
                        "Track 2 came without an audio link.")));

        store.upsert(saved);

        assertThat(store.loadAll()).containsExactlyElementsOf(saved);
    }

    @Test
    void aStarTagsInTheirOrderAndAMultiLineNoteComeBackAsTheyWereSaved() {
        store = SqliteTaskStore.open(dataDir);
        List<TrackedTask> saved = List.of(
                fullyPopulated("t-marked", new TaskStatus.Running()).withMarks(
                        new TaskMarks(true, List.of("zebra", "Birds", "夜晚"), "Use for the trailer.\nNot the intro, \"really\".")),
                fullyPopulated("t-star-only", new TaskStatus.NotFound()).withMarks(TaskMarks.NONE.withStarred(true)),
                fullyPopulated("t-unmarked", new TaskStatus.Pending()));

        store.upsert(saved);

        assertThat(store.loadAll()).containsExactlyElementsOf(saved);
        assertThat(store.loadAll().getFirst().tags()).containsExactly("zebra", "Birds", "夜晚");
    }

    @Test
    void aJustAddedTaskWithNoDetailsRoundTrips() {
        store = SqliteTaskStore.open(dataDir);
        TrackedTask added = TrackedTask.added("abc123", "aleph", T0);

        store.upsert(List.of(added));

        assertThat(store.loadAll()).containsExactly(added);
    }

    @Test
    void tasksStayInTheOrderTheyWereFirstAddedEvenWhenUpdated() {
        store = SqliteTaskStore.open(dataDir);
        TrackedTask a = TrackedTask.added("a", "aleph", T0);
        TrackedTask b = TrackedTask.added("b", "aleph", T0);
        TrackedTask c = TrackedTask.added("c", "aleph", T0);
        store.upsert(List.of(b, a));
        store.upsert(List.of(c));

        TrackedTask bDone = b.withStatus(new TaskStatus.Running()).withLabel("renamed");
        store.upsert(List.of(bDone));

        assertThat(store.loadAll()).containsExactly(bDone, a, c);
    }

    @Test
    void upsertReplacesEveryFieldOfAnExistingTask() {
        store = SqliteTaskStore.open(dataDir);
        TrackedTask before = fullyPopulated("x", new TaskStatus.Failed(500, "boom"));
        store.upsert(List.of(before));

        TrackedTask after = TrackedTask.added("x", "aleph", T0.plusSeconds(5));
        store.upsert(List.of(after));

        assertThat(store.loadAll()).containsExactly(after);
    }

    @Test
    void deleteRemovesTheGivenIdsAndIgnoresUnknownOnes() {
        store = SqliteTaskStore.open(dataDir);
        store.upsert(List.of(TrackedTask.added("a", "aleph", T0), TrackedTask.added("b", "aleph", T0),
                TrackedTask.added("c", "aleph", T0)));

        store.delete(List.of("b", "never-added"));

        assertThat(store.loadAll()).extracting(TrackedTask::taskId).containsExactly("a", "c");
    }

    @Test
    void tasksOutliveTheStoreThatSavedThem() {
        TrackedTask task = fullyPopulated("kept", new TaskStatus.Running());
        try (SqliteTaskStore first = SqliteTaskStore.open(dataDir)) {
            first.upsert(List.of(task));
        }

        store = SqliteTaskStore.open(dataDir);

        assertThat(store.loadAll()).containsExactly(task);
    }

    @Test
    void theDatabaseUsesTheWriteAheadLogAndSyncsEveryCommit() throws SQLException {
        store = SqliteTaskStore.open(dataDir);
        store.upsert(List.of(TrackedTask.added("a", "aleph", T0)));

        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("tasks.db"));
             ResultSet journal = raw.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(journal.getString(1)).isEqualToIgnoringCase("wal");
        }
        assertThat(store.pragma("synchronous")).isEqualTo("2"); // FULL
    }

    /** Speed is measured by the benchmark suite, not here; this checks a 10k batch round-trips intact. */
    @Test
    void tenThousandTasksSaveAndLoadInOneBatchIntact() {
        store = SqliteTaskStore.open(dataDir);
        List<TrackedTask> tasks = IntStream.range(0, 10_000)
                .mapToObj(i -> fullyPopulated("task-" + i, new TaskStatus.Succeeded(
                        "https://r.example/" + i + ".mp4", "https://r.example/" + i + ".jpg", T0)))
                .toList();

        store.upsert(tasks);
        store.upsert(tasks);

        List<TrackedTask> loaded = store.loadAll();
        assertThat(loaded).hasSize(10_000);
        assertThat(loaded.getFirst()).isEqualTo(tasks.getFirst());
        assertThat(loaded.getLast()).isEqualTo(tasks.getLast());
    }

    @Test
    void manyThreadsCanSaveAtOnceWithoutLosingATask() throws Exception {
        store = SqliteTaskStore.open(dataDir);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int t = thread;
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.upsert(List.of(TrackedTask.added(t + "-" + i, "aleph", T0)));
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(store.loadAll()).hasSize(200).extracting(TrackedTask::taskId).doesNotHaveDuplicates();
    }

    @Test
    void aClosedStoreRefusesToWork() {
        store = SqliteTaskStore.open(dataDir);
        store.close();

        assertThatThrownBy(() -> store.loadAll()).isInstanceOf(IllegalStateException.class);
        store.close(); // closing twice is harmless
    }

    @Test
    void anUnwritableDataFolderGivesASentenceNotAStackTrace() throws Exception {
        Path blocker = dataDir.resolve("not-a-folder");
        java.nio.file.Files.writeString(blocker, "a file where the data folder should be");

        assertThatThrownBy(() -> SqliteTaskStore.open(blocker.resolve("data")))
                .isInstanceOf(TaskStoreException.class)
                .hasMessageContaining("Could not create the data folder");
    }
}
