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
            + ", digest UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')";
    private static final String INSERT = "INSERT INTO " + TABLE + " (rowid, digest, "
            + String.join(", ", SearchDocument.COLUMNS) + ") VALUES (?, ?, " + "?, ".repeat(SearchDocument.COLUMNS.size() - 1) + "?)";
    private static final String CURRENT = "SELECT t.seq, s.digest FROM task t LEFT JOIN " + TABLE
            + " s ON s.rowid = t.seq WHERE t.task_id = ?";
    private static final String DELETE_ROW = "DELETE FROM " + TABLE + " WHERE rowid = ?";
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

    /**
     * Replaces the index rows of these tasks (their task rows are written already, in the same transaction). A task
     * whose indexed text did not change (most poll results: a new check time, a progress) is left as it is, so a
     * poll cycle's write costs one lookup per task, not a re-index.
     */
    static void write(Connection connection, Collection<TrackedTask> tasks) throws SQLException {
        try (PreparedStatement current = connection.prepareStatement(CURRENT);
             PreparedStatement delete = connection.prepareStatement(DELETE_ROW);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (TrackedTask task : tasks) {
                List<String> values = SearchDocument.of(task).values();
                long digest = digest(values);
                current.setString(1, task.taskId());
                long seq;
                try (ResultSet rs = current.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    seq = rs.getLong(1);
                    Object stored = rs.getObject(2);
                    if (stored instanceof Number n && n.longValue() == digest) {
                        continue;
                    }
                    if (stored != null) {
                        delete.setLong(1, seq);
                        delete.executeUpdate();
                    }
                }
                insert.setLong(1, seq);
                insert.setLong(2, digest);
                int i = 3;
                for (String value : values) {
                    insert.setString(i++, value);
                }
                insert.executeUpdate(); // at once: the same task twice in one write finds its first row
            }
        }
    }

    /** A 64-bit FNV-1a hash of the indexed values, to tell a changed document from an unchanged one. */
    static long digest(List<String> values) {
        long hash = 0xcbf29ce484222325L;
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1F) * 0x100000001b3L; // a separator, so moving text between columns changes the digest
        }
        return hash;
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
        List<String> where = new ArrayList<>();
        if (!match.isEmpty()) {
            // FTS5 hands its matches over in rowid (= seq) order; the task table is then probed by seq.
            where.add("t.seq IN (SELECT rowid FROM " + TABLE + " WHERE " + TABLE + " MATCH ?)");
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
        StringBuilder sql = new StringBuilder("SELECT t.task_id FROM task t");
        if (where.size() == 1 && !match.isEmpty()) {
            // Text alone: the index holds the task ID and hands its matches over in rowid (= seq) order.
            sql = new StringBuilder("SELECT task_id FROM " + TABLE + " WHERE " + TABLE + " MATCH ? ORDER BY rowid");
        } else if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where)).append(" ORDER BY t.seq");
        } else {
            sql.append(" ORDER BY t.seq");
        }
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
