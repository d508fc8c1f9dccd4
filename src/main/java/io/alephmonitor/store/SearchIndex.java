package io.alephmonitor.store;

import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TrackedTask;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The full-text index of the task table ({@code task_search}, SQLite FTS5) and the searches over it.
 *
 * <p>An index row's rowid is its task's {@code seq} (stable, unlike the task table's own rowid across a VACUUM).
 * The store writes it in the same transaction as the task row, from the same {@link TrackedTask}; Java rather than
 * triggers builds the text, because paramJson is flattened, results are typed and CJK is spaced out
 * ({@link SearchText}) the same way when searching.
 */
final class SearchIndex {

    static final String TABLE = "task_search";

    private static final String CREATE = "CREATE VIRTUAL TABLE " + TABLE + " USING fts5("
            + String.join(", ", SearchDocument.COLUMNS)
            + ", tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')";
    private static final String INSERT = "INSERT INTO " + TABLE + " (rowid, " + String.join(", ", SearchDocument.COLUMNS)
            + ") SELECT seq, " + "?, ".repeat(SearchDocument.COLUMNS.size() - 1) + "? FROM task WHERE task_id = ?";
    static final String DELETE = "DELETE FROM " + TABLE + " WHERE rowid = (SELECT seq FROM task WHERE task_id = ?)";

    private SearchIndex() {
    }

    /** Creates the index and fills it from every stored task (the schema migration). */
    static void createAndFill(Statement sql) throws SQLException {
        sql.executeUpdate(CREATE);
        List<TrackedTask> tasks = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("SELECT * FROM task ORDER BY seq")) {
            while (rs.next()) {
                tasks.add(TaskRowMapper.read(rs));
            }
        }
        write(sql.getConnection(), tasks);
    }

    /** Replaces the index rows of these tasks (their task rows are written already, in the same transaction). */
    static void write(Connection connection, Collection<TrackedTask> tasks) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (TrackedTask task : tasks) {
                delete.setString(1, task.taskId());
                delete.addBatch();
                int i = 1;
                for (String value : SearchDocument.of(task).values()) {
                    insert.setString(i++, value);
                }
                insert.setString(i, task.taskId());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /**
     * The IDs of the tasks matching the query, in the order they were added.
     *
     * @param starredColumn whether the task table has the {@code starred} column; without it no task is starred
     */
    static List<String> search(Connection connection, SearchQuery query, boolean starredColumn) throws SQLException {
        if (query.starredOnly() && !starredColumn) {
            return List.of();
        }
        List<String> match = new ArrayList<>();
        String words = SearchText.matchExpression(query.text());
        if (words != null) {
            match.add(words);
        }
        if (query.tag() != null) {
            String tag = SearchText.columnPhrase("tags", query.tag());
            if (tag == null) {
                return List.of();
            }
            match.add(tag);
        }
        if (!query.resultTypes().isEmpty()) {
            match.add("{types} : (" + String.join(" OR ", query.resultTypes().stream()
                    .map(SearchIndex::typeName).sorted().toList()) + ")");
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT t.task_id FROM task t");
        List<String> where = new ArrayList<>();
        if (!match.isEmpty()) {
            sql.append(" JOIN ").append(TABLE).append(" s ON s.rowid = t.seq");
            where.add(TABLE + " MATCH ?");
            args.add(String.join(" AND ", match));
        }
        in(where, args, "t.kind", query.kinds());
        in(where, args, "t.status", query.statuses());
        if (query.addedFrom() != null) {
            where.add("t.added_at >= ?");
            args.add(query.addedFrom().toEpochMilli());
        }
        if (query.addedBefore() != null) {
            where.add("t.added_at < ?");
            args.add(query.addedBefore().toEpochMilli());
        }
        if (query.starredOnly()) {
            where.add("t.starred = 1");
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY t.seq");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    private static void in(List<String> where, List<Object> args, String column, Collection<String> values) {
        if (!values.isEmpty()) {
            where.add(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
            args.addAll(values.stream().sorted().toList());
        }
    }

    /** Whether the task table has this column (the starred flag comes with a later schema). */
    static boolean hasColumn(Connection connection, String column) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("PRAGMA table_info(task)")) {
            while (rs.next()) {
                if (column.equalsIgnoreCase(rs.getString("name"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The names FTS5 gives result types in the {@code types} column. */
    static String typeName(ResultType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
