package io.alephmonitor.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The task database's schema history and the code that brings a database up to date.
 * Never edit a released migration: append a new one, so every installed database can follow.
 */
final class TaskSchema {

    /** Every migration in order; index 0 is version 1. */
    static final List<SchemaMigration> MIGRATIONS = List.of(
            TaskSchema::createTaskTable,
            TaskSchema::addSavedPaths,
            TaskSchema::addSavedFileMissing,
            TaskSchema::addTypedResults,
            TaskSchema::addMarks,
            TaskSchema::addSearchIndex,
            TaskSchema::addOrigin,
            TaskSchema::addBatchQueue
    );

    private TaskSchema() {
    }

    /** Version 1: one row per tracked task; instants are epoch milliseconds. */
    private static void createTaskTable(Statement sql) throws SQLException {
        sql.executeUpdate("""
                CREATE TABLE task (
                    task_id             TEXT    PRIMARY KEY NOT NULL,
                    seq                 INTEGER NOT NULL,
                    kind                TEXT    NOT NULL,
                    added_at            INTEGER NOT NULL,
                    status              TEXT    NOT NULL,
                    video_url           TEXT,
                    image_url           TEXT,
                    result_urls         TEXT,
                    completed_at        INTEGER,
                    fail_code           INTEGER,
                    fail_message        TEXT,
                    prompt              TEXT,
                    param_image_url     TEXT,
                    param_video_url     TEXT,
                    reference_image     TEXT,
                    aspect_ratio        TEXT,
                    seed                INTEGER,
                    param_json_raw      TEXT,
                    create_time         INTEGER,
                    complete_time       INTEGER,
                    last_error          TEXT,
                    last_polled_at      INTEGER,
                    next_poll_at        INTEGER,
                    saved_path          TEXT,
                    label               TEXT
                )""");
        // seq keeps the order tasks were added in; rowid would not survive a VACUUM.
        sql.executeUpdate("CREATE UNIQUE INDEX task_by_seq ON task(seq)");
    }

    /**
     * Version 2: every saved file of a task with several results, as a JSON array of paths.
     * {@code saved_path} keeps the first, so a row is readable with or without the new column.
     */
    private static void addSavedPaths(Statement sql) throws SQLException {
        sql.executeUpdate("ALTER TABLE task ADD COLUMN saved_paths TEXT");
        sql.executeUpdate("UPDATE task SET saved_paths = json_array(saved_path) WHERE saved_path IS NOT NULL");
    }

    /**
     * Version 3: the saved-file state as its own column (1: the saved file was found missing).
     * Before, the state was only the wording of {@code last_error}; rows carrying that wording get the flag.
     */
    private static void addSavedFileMissing(Statement sql) throws SQLException {
        sql.executeUpdate("ALTER TABLE task ADD COLUMN saved_file_missing INTEGER NOT NULL DEFAULT 0");
        sql.executeUpdate("UPDATE task SET saved_file_missing = 1"
                + " WHERE saved_path IS NOT NULL AND last_error LIKE 'The saved file is missing: %'");
    }

    /**
     * Version 4: results as typed entries (audio, text, a track's title and cover…) in {@code results},
     * a running task's {@code progress} (0–1), its {@code stage} and its partial results, and kie.ai's
     * word that the result links are dead ({@code link_expired}) and what was odd about a successful answer
     * ({@code notice}). Older rows keep their links in
     * {@code result_urls} and are typed by their file names when read.
     */
    private static void addTypedResults(Statement sql) throws SQLException {
        sql.executeUpdate("ALTER TABLE task ADD COLUMN results TEXT");
        sql.executeUpdate("ALTER TABLE task ADD COLUMN progress REAL");
        sql.executeUpdate("ALTER TABLE task ADD COLUMN stage TEXT");
        sql.executeUpdate("ALTER TABLE task ADD COLUMN link_expired INTEGER NOT NULL DEFAULT 0");
        sql.executeUpdate("ALTER TABLE task ADD COLUMN notice TEXT");
    }

    /**
     * Version 5: the user's marks: {@code starred} (1: a favourite), {@code tags} (a JSON array of strings, null
     * when there are none) and {@code note} (free text). Older rows have none of them.
     */
    private static void addMarks(Statement sql) throws SQLException {
        sql.executeUpdate("ALTER TABLE task ADD COLUMN starred INTEGER NOT NULL DEFAULT 0");
        sql.executeUpdate("ALTER TABLE task ADD COLUMN tags TEXT");
        sql.executeUpdate("ALTER TABLE task ADD COLUMN note TEXT");
    }

    /**
     * Version 6: the full-text index {@code task_search} (FTS5) over each task's ID, kind, model, prompt,
     * parameter values, track titles, tags and lyrics, label, tags and note, filled here from every stored task
     * and kept in step by the store on every write ({@link SearchIndex}). It needs no column of a later version (the marks of version 5 are indexed too).
     */
    /**
     * Version 7: what a task was made from, when the app made it from another tracked task:
     * {@code parent_id} (that task's ID) and {@code relation} (a {@code TaskOrigin.Relation} name). Older rows
     * were made on their own.
     */
    private static void addOrigin(Statement sql) throws SQLException {
        sql.executeUpdate("ALTER TABLE task ADD COLUMN parent_id TEXT");
        sql.executeUpdate("ALTER TABLE task ADD COLUMN relation TEXT");
    }

    /**
     * Version 8: the stored batch queue ({@link SqliteBatchQueue}): {@code batch} (one per batch, paused or not)
     * and {@code batch_row} (one create request each, its state, the task ID once created, the message of a
     * failure when it was sent (once created: answered) and, for a row that may have been created, when
     * that was found out). A row's change to SENDING is committed before its request leaves.
     */
    private static void addBatchQueue(Statement sql) throws SQLException {
        sql.executeUpdate("""
                CREATE TABLE batch (
                    batch_id    TEXT    PRIMARY KEY NOT NULL,
                    title       TEXT    NOT NULL,
                    created_at  INTEGER NOT NULL,
                    paused      INTEGER NOT NULL DEFAULT 0
                )""");
        sql.executeUpdate("""
                CREATE TABLE batch_row (
                    batch_id    TEXT    NOT NULL REFERENCES batch(batch_id),
                    row_index   INTEGER NOT NULL,
                    origin      TEXT    NOT NULL,
                    prompt      TEXT,
                    kind        TEXT    NOT NULL,
                    path        TEXT    NOT NULL,
                    body        TEXT    NOT NULL,
                    state       TEXT    NOT NULL,
                    task_id     TEXT,
                    message     TEXT,
                    sent_at     INTEGER,
                    settled_at  INTEGER,
                    PRIMARY KEY (batch_id, row_index)
                )""");
    }

    private static void addSearchIndex(Statement sql) throws SQLException {
        SearchIndex.createAndFill(sql);
    }

    /**
     * Applies every migration the database has not seen yet, each in its own transaction
     * together with its {@code user_version} bump, so a crash leaves a whole version behind.
     *
     * @throws TaskStoreException when the database comes from a newer version of the app
     */
    static void migrate(Connection connection, List<SchemaMigration> migrations) throws SQLException {
        requireKnownVersion(connection, migrations);
        int current = userVersion(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            for (int version = current + 1; version <= migrations.size(); version++) {
                try {
                    migrations.get(version - 1).apply(sql);
                    sql.executeUpdate("PRAGMA user_version = " + version);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** @throws TaskStoreException when the database comes from a newer version of the app */
    static void requireKnownVersion(Connection connection, List<SchemaMigration> migrations) throws SQLException {
        int current = userVersion(connection);
        if (current > migrations.size()) {
            throw new TaskStoreException("The task database was written by a newer version of Aleph Monitor"
                    + " (schema " + current + ", this version knows " + migrations.size()
                    + "). Update Aleph Monitor to open it; the file was left untouched.");
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
