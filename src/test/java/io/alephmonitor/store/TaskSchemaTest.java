package io.alephmonitor.store;

import io.alephmonitor.model.SavedFileState;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TrackedTask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskSchemaTest {

    @TempDir
    Path dir;

    private Path dbFile() {
        return dir.resolve(SqliteTaskStore.FILE_NAME);
    }

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dbFile());
    }

    /** Builds a database exactly as version 1 of the app left it, with one task in it. */
    private void writeVersion1Database() throws SQLException {
        writeDatabaseAt(1, "INSERT INTO task (task_id, seq, kind, added_at, status, prompt, label)"
                + " VALUES ('old-task', 1, 'aleph', 1700000000000, 'RUNNING', 'a prompt', 'from v1')");
    }

    /** Builds a database exactly as schema {@code version} left it, with these rows inserted. */
    private void writeDatabaseAt(int version, String... inserts) throws SQLException {
        try (Connection c = raw()) {
            TaskSchema.migrate(c, TaskSchema.MIGRATIONS.subList(0, version));
            try (Statement sql = c.createStatement()) {
                for (String insert : inserts) {
                    sql.executeUpdate(insert);
                }
            }
        }
    }

    private int userVersion() throws SQLException {
        try (Connection c = raw()) {
            return TaskSchema.userVersion(c);
        }
    }

    @Test
    void aFreshDatabaseGetsTheLatestSchema() throws SQLException {
        SqliteTaskStore.open(dir).close();

        assertThat(userVersion()).isEqualTo(TaskSchema.MIGRATIONS.size());
    }

    @Test
    void aVersion1DatabaseIsMigratedToTheLatestSchemaAndKeepsItsTasks() throws SQLException {
        writeVersion1Database();
        assertThat(userVersion()).isEqualTo(1);

        try (SqliteTaskStore store = SqliteTaskStore.open(dir)) {
            assertThat(store.loadAll()).singleElement().satisfies(task -> {
                assertThat(task.taskId()).isEqualTo("old-task");
                assertThat(task.status().label()).isEqualTo("Running");
                assertThat(task.params().prompt()).isEqualTo("a prompt");
                assertThat(task.label()).isEqualTo("from v1");
            });
        }
        assertThat(userVersion()).isEqualTo(TaskSchema.MIGRATIONS.size());
    }

    @Test
    void aVersion1TaskSavedToAFileKeepsItAsItsOnlySavedFileAndNewTasksKeepSeveral() throws SQLException {
        writeDatabaseAt(1, "INSERT INTO task (task_id, seq, kind, added_at, status, video_url, saved_path)"
                + " VALUES ('saved-v1', 1, 'aleph', 1700000000000, 'SUCCEEDED', 'https://x/v.mp4', '/videos/eagle.mp4')");

        try (SqliteTaskStore store = SqliteTaskStore.open(dir)) {
            TrackedTask old = store.loadAll().getFirst();
            assertThat(old.savedPaths()).containsExactly(Path.of("/videos/eagle.mp4"));
            assertThat(old.savedPath()).isEqualTo(Path.of("/videos/eagle.mp4"));

            List<Path> three = List.of(Path.of("/pics/cats-1.png"), Path.of("/pics/cats-2.png"), Path.of("/pics/cats-3.png"));
            store.upsert(List.of(old.withSavedPaths(three)));
            assertThat(store.loadAll().getFirst().savedPaths()).containsExactlyElementsOf(three);
            assertThat(store.loadAll().getFirst().savedPath()).isEqualTo(three.getFirst());
        }
    }

    @Test
    void aVersion2TaskWhoseSavedFileWasReportedMissingOpensWithTheMissingStateAndTheOthersDoNot() throws SQLException {
        writeDatabaseAt(2, "INSERT INTO task (task_id, seq, kind, added_at, status, video_url, saved_path, last_error)"
                        + " VALUES ('gone', 1, 'aleph', 1700000000000, 'SUCCEEDED', 'https://x/v.mp4', '/videos/gone.mp4',"
                        + " 'The saved file is missing: /videos/gone.mp4. Put it back.')",
                "INSERT INTO task (task_id, seq, kind, added_at, status, video_url, saved_path)"
                        + " VALUES ('kept', 2, 'aleph', 1700000000000, 'SUCCEEDED', 'https://x/w.mp4', '/videos/kept.mp4')");

        try (SqliteTaskStore store = SqliteTaskStore.open(dir)) {
            List<TrackedTask> loaded = store.loadAll();
            assertThat(loaded.get(0).savedFile()).isEqualTo(SavedFileState.MISSING);
            assertThat(loaded.get(0).lastError()).startsWith("The saved file is missing: ");
            assertThat(loaded.get(1).savedFile()).isEqualTo(SavedFileState.PRESENT);

            store.upsert(List.of(loaded.get(1).withSavedFile(SavedFileState.MISSING), loaded.get(0).withSavedFile(SavedFileState.PRESENT)));
            assertThat(store.loadAll()).extracting(TrackedTask::savedFile)
                    .containsExactly(SavedFileState.PRESENT, SavedFileState.MISSING);
        }
    }

    @Test
    void aVersion4DatabaseOpensWithNoMarksAndThenKeepsTheMarksGiven() throws SQLException {
        writeDatabaseAt(4, "INSERT INTO task (task_id, seq, kind, added_at, status, prompt, label, results)"
                + " VALUES ('v4-task', 1, 'aleph', 1700000000000, 'SUCCEEDED', 'an eagle', 'from v4',"
                + " '[{\"type\":\"video\",\"url\":\"https://x/v.mp4\"}]')");

        try (SqliteTaskStore store = SqliteTaskStore.open(dir)) {
            TrackedTask old = store.loadAll().getFirst();
            assertThat(old.marks()).isEqualTo(TaskMarks.NONE);
            assertThat(old.label()).isEqualTo("from v4");

            TaskMarks marks = new TaskMarks(true, List.of("birds", "keep"), "the good take");
            store.upsert(List.of(old.withMarks(marks)));
            assertThat(store.loadAll().getFirst().marks()).isEqualTo(marks);
            assertThat(store.loadAll().getFirst().params().prompt()).isEqualTo("an eagle");
        }
        assertThat(userVersion()).isEqualTo(TaskSchema.MIGRATIONS.size());
    }

    @Test
    void aVersion6DatabaseOpensWithTasksMadeOnTheirOwnAndThenKeepsWhatANewTaskWasMadeFrom() throws SQLException {
        writeDatabaseAt(6, "INSERT INTO task (task_id, seq, kind, added_at, status, prompt, starred)"
                + " VALUES ('v6-task', 1, 'veo', 1700000000000, 'SUCCEEDED', 'a drone shot', 1)");

        try (SqliteTaskStore store = SqliteTaskStore.open(dir)) {
            TrackedTask old = store.loadAll().getFirst();
            assertThat(old.origin()).isNull();
            assertThat(old.starred()).isTrue();

            TrackedTask hd = TrackedTask.added("hd-task", "veo", java.time.Instant.parse("2026-01-01T00:00:00Z"))
                    .withOrigin(new TaskOrigin("v6-task", TaskOrigin.Relation.HD_1080P));
            store.upsert(List.of(hd));
            assertThat(store.loadAll()).filteredOn(t -> t.taskId().equals("hd-task")).singleElement()
                    .extracting(TrackedTask::origin).isEqualTo(new TaskOrigin("v6-task", TaskOrigin.Relation.HD_1080P));
            assertThat(store.loadAll().getFirst().withOrigin(null).withMarks(TaskMarks.NONE).origin()).isNull();
        }
        assertThat(userVersion()).isEqualTo(TaskSchema.MIGRATIONS.size());
    }

    @Test
    void onlyTheMigrationsADatabaseHasNotSeenRunAndInOrder() throws SQLException {
        writeVersion1Database();
        List<String> ran = new ArrayList<>();
        List<SchemaMigration> future = new ArrayList<>(TaskSchema.MIGRATIONS.subList(0, 1));
        future.add(sql -> {
            ran.add("v2");
            sql.executeUpdate("ALTER TABLE task ADD COLUMN note TEXT");
        });
        future.add(sql -> {
            ran.add("v3");
            sql.executeUpdate("UPDATE task SET note = 'migrated'");
        });

        SqliteTaskStore.open(dbFile(), future).close();
        SqliteTaskStore.open(dbFile(), future).close();

        assertThat(ran).containsExactly("v2", "v3");
        assertThat(userVersion()).isEqualTo(3);
        try (Connection c = raw(); ResultSet rs = c.createStatement().executeQuery("SELECT note FROM task")) {
            assertThat(rs.getString(1)).isEqualTo("migrated");
        }
    }

    @Test
    void aFailedMigrationLeavesTheDatabaseAtItsLastCompleteVersion() throws SQLException {
        writeVersion1Database();
        List<SchemaMigration> broken = new ArrayList<>(TaskSchema.MIGRATIONS.subList(0, 1));
        broken.add(sql -> {
            sql.executeUpdate("ALTER TABLE task ADD COLUMN half_done TEXT");
            sql.executeUpdate("THIS IS NOT SQL");
        });

        assertThatThrownBy(() -> SqliteTaskStore.open(dbFile(), broken)).isInstanceOf(TaskStoreException.class);

        assertThat(userVersion()).isEqualTo(1);
        try (Connection c = raw(); ResultSet rs = c.createStatement().executeQuery("SELECT task_id FROM task")) {
            assertThat(rs.getString(1)).isEqualTo("old-task");
        }
        try (SqliteTaskStore store = SqliteTaskStore.open(dir)) {
            assertThat(store.loadAll()).extracting(TrackedTask::taskId).containsExactly("old-task");
        }
    }

    @Test
    void aDatabaseFromANewerAppIsRefusedWithAnExplanationAndLeftUntouched() throws Exception {
        writeVersion1Database();
        try (Connection c = raw(); Statement sql = c.createStatement()) {
            sql.executeUpdate("PRAGMA user_version = 99");
        }
        Path before = Files.copy(dbFile(), dir.resolve("before.db"));

        assertThatThrownBy(() -> SqliteTaskStore.open(dir))
                .isInstanceOf(TaskStoreException.class)
                .hasMessageContaining("newer version of Aleph Monitor");

        assertThat(userVersion()).isEqualTo(99);
        assertThat(Files.mismatch(before, dbFile())).as("first differing byte").isEqualTo(-1L);
    }
}
