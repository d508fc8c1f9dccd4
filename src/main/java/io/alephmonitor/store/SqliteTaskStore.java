package io.alephmonitor.store;

import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TrackedTask;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@link TaskStore} on SQLite: one file, {@code tasks.db}, in the app's data folder.
 *
 * <p>Durability: the database runs in WAL mode. A commit appends to the write-ahead log with a
 * {@code write()} before {@code COMMIT} returns, so once {@link #upsert} returns the data sits in
 * the operating system's page cache and a killed process (kill -9, a JVM crash) cannot lose it;
 * that alone holds with {@code synchronous=NORMAL}. NORMAL would still let an OS crash or power
 * cut roll back the last commits, and the task IDs we keep are often the user's only record of
 * their generations (kie.ai cannot list them). So we use {@code synchronous=FULL}: one fsync of
 * the log per transaction. Callers batch (one transaction per poll cycle or paste), which keeps
 * that to a few fsyncs a minute.
 *
 * <p>Thread safety: one connection for writes and {@link #loadAll}, used under a lock (SQLite serialises
 * writers anyway). Searches run on a second connection under their own lock: in WAL mode a reader sees the last
 * commit and neither waits for a writer nor holds one up, so typing in the search field never delays a poll
 * cycle's write.
 */
public final class SqliteTaskStore implements TaskStore {

    /** The database's file name inside the data folder. */
    public static final String FILE_NAME = "tasks.db";

    private final Path file;
    private final Connection connection;
    private final Connection reader;
    private final boolean starredColumn;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private volatile boolean closed;

    private SqliteTaskStore(Path file, Connection connection, Connection reader) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.reader = reader;
        this.starredColumn = SearchIndex.hasColumn(connection, "starred");
    }

    /** Opens (creating if needed) {@code dataDir/tasks.db} and brings its schema up to date. */
    public static SqliteTaskStore open(Path dataDir) {
        return open(dataDir.resolve(FILE_NAME), TaskSchema.MIGRATIONS);
    }

    /** Why a folder could not be made, in words: java.nio often puts only the path in the message. */
    private static String reason(IOException e) {
        return switch (e) {
            case java.nio.file.FileAlreadyExistsException exists -> "a file of that name is in the way";
            case java.nio.file.AccessDeniedException denied -> "permission denied";
            case java.nio.file.FileSystemException fs when fs.getReason() != null ->
                    fs.getReason().toLowerCase(java.util.Locale.ROOT); // e.g. "not a directory"
            default -> String.valueOf(e.getMessage());
        };
    }

    static SqliteTaskStore open(Path file, List<SchemaMigration> migrations) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new TaskStoreException("Could not create the data folder " + file.getParent()
                    + " (" + reason(e) + "). Check that it is writable, or start with --data-dir.", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        Connection connection = null;
        Connection reader = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            // Refuse a newer schema before switching to WAL: that switch already writes to the file.
            TaskSchema.requireKnownVersion(connection, migrations);
            enableWal(connection, file);
            TaskSchema.migrate(connection, migrations);
            reader = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            return new SqliteTaskStore(file, connection, reader);
        } catch (SQLException e) {
            closeQuietly(reader);
            closeQuietly(connection);
            throw new TaskStoreException("Could not open the task database " + file + " (" + e.getMessage()
                    + "). If another copy of Aleph Monitor is running, close it and try again.", e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public List<TrackedTask> loadAll() {
        return locked("read your tasks from", () -> {
            List<TrackedTask> tasks = new ArrayList<>();
            try (Statement sql = connection.createStatement();
                 ResultSet rs = sql.executeQuery(TaskRowMapper.SELECT_ALL)) {
                while (rs.next()) {
                    tasks.add(TaskRowMapper.read(rs));
                }
            }
            return tasks;
        });
    }

    @Override
    public void upsert(Collection<TrackedTask> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        inTransaction("save your tasks to", TaskRowMapper.UPSERT, ps -> {
            for (TrackedTask task : tasks) {
                TaskRowMapper.bind(ps, task);
                ps.addBatch();
            }
            ps.executeBatch();
            SearchIndex.write(connection, tasks);
        });
    }

    @Override
    public void delete(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        inTransaction("remove tasks from", SearchIndex.DELETE, ps -> {
            for (String id : taskIds) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch(); // the index rows first: they are found through the task row's seq
            try (PreparedStatement rows = connection.prepareStatement("DELETE FROM task WHERE task_id = ?")) {
                for (String id : taskIds) {
                    rows.setString(1, id);
                    rows.addBatch();
                }
                rows.executeBatch();
            }
        });
    }

    @Override
    public List<String> search(SearchQuery query) {
        readLock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The task store is closed");
            }
            return SearchIndex.search(reader, query, starredColumn);
        } catch (SQLException e) {
            throw new TaskStoreException("Could not search the task database " + file + " (" + e.getMessage() + ").", e);
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                readLock.lock();
                try {
                    closeQuietly(reader);
                } finally {
                    readLock.unlock();
                }
                closeQuietly(connection);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The value of a read-only pragma on the store's own connection (tests, diagnostics). */
    String pragma(String name) {
        return locked("read settings of", () -> {
            try (Statement sql = connection.createStatement();
                 ResultSet rs = sql.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    @Override
    public String toString() {
        return "SqliteTaskStore[" + file + "]";
    }

    /** The stored batch queue, in the same database (and under the same lock) as the tasks. */
    public BatchQueueStore batches() {
        return new SqliteBatchQueue(this, connection);
    }

    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private interface BatchFiller {
        void fill(PreparedStatement ps) throws SQLException;
    }

    private void inTransaction(String action, String sql, BatchFiller filler) {
        locked(action, () -> {
            connection.setAutoCommit(false);
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                filler.fill(ps);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        });
    }

    <T> T locked(String action, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The task store is closed");
            }
            return work.run();
        } catch (SQLException e) {
            throw new TaskStoreException("Could not " + action + " the task database " + file + " ("
                    + e.getMessage() + "). Check that the disk is not full and the folder is writable.", e);
        } finally {
            lock.unlock();
        }
    }

    private static void enableWal(Connection connection, Path file) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("PRAGMA journal_mode = WAL")) {
            String mode = rs.next() ? rs.getString(1) : "";
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new SQLException("the file system of " + file.getParent()
                        + " does not support SQLite's write-ahead log (journal mode is " + mode + ")");
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the original problem is the one worth reporting.
        }
    }
}
