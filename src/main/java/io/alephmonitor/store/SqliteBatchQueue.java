package io.alephmonitor.store;

import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchRow;
import io.alephmonitor.model.BatchRowState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The batch queue in the task database (schema v8: tables {@code batch} and {@code batch_row}). */
final class SqliteBatchQueue implements BatchQueueStore {

    private static final String INSERT_ROW = "INSERT INTO batch_row (batch_id, row_index, origin, prompt, kind, path,"
            + " body, state, task_id, message, sent_at, settled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_ROW = "UPDATE batch_row SET state = ?, task_id = ?, message = ?, sent_at = ?,"
            + " settled_at = ? WHERE batch_id = ? AND row_index = ?";

    private final SqliteTaskStore owner;
    private final Connection connection;

    SqliteBatchQueue(SqliteTaskStore owner, Connection connection) {
        this.owner = owner;
        this.connection = connection;
    }

    @Override
    public void add(Batch batch) {
        owner.locked("store the batch in", () -> {
            connection.setAutoCommit(false);
            try (PreparedStatement head = connection.prepareStatement(
                    "INSERT INTO batch (batch_id, title, created_at, paused) VALUES (?, ?, ?, ?)");
                 PreparedStatement rows = connection.prepareStatement(INSERT_ROW)) {
                head.setString(1, batch.id());
                head.setString(2, batch.title());
                head.setLong(3, batch.createdAt().toEpochMilli());
                head.setInt(4, batch.paused() ? 1 : 0);
                head.executeUpdate();
                for (BatchRow row : batch.rows()) {
                    rows.setString(1, row.batchId());
                    rows.setInt(2, row.index());
                    rows.setString(3, row.origin());
                    rows.setString(4, row.prompt());
                    rows.setString(5, row.kindId());
                    rows.setString(6, row.path());
                    rows.setString(7, row.bodyJson());
                    bindState(rows, 8, row.state());
                    rows.addBatch();
                }
                rows.executeBatch();
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

    @Override
    public List<Batch> loadAll() {
        return owner.locked("read the batches from", () -> {
            Map<String, Batch> batches = new LinkedHashMap<>();
            Map<String, List<BatchRow>> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT batch_id, title, created_at, paused FROM batch ORDER BY created_at, batch_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    batches.put(id, new Batch(id, rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), rs.getInt(4) != 0, List.of()));
                    rows.put(id, new ArrayList<>());
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT batch_id, row_index, origin, prompt, kind,"
                    + " path, body, state, task_id, message, sent_at, settled_at FROM batch_row ORDER BY batch_id, row_index");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<BatchRow> of = rows.get(rs.getString(1));
                    if (of != null) {
                        of.add(new BatchRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), readState(rs)));
                    }
                }
            }
            List<Batch> all = new ArrayList<>();
            batches.forEach((id, batch) -> all.add(batch.withRows(rows.get(id))));
            return all;
        });
    }

    @Override
    public void save(BatchRow row) {
        owner.locked("store a batch row in", () -> {
            try (PreparedStatement ps = connection.prepareStatement(UPDATE_ROW)) {
                bindState(ps, 1, row.state());
                ps.setString(6, row.batchId());
                ps.setInt(7, row.index());
                ps.executeUpdate(); // auto-commit: committed when this returns
            }
            return null;
        });
    }

    @Override
    public void setPaused(String batchId, boolean paused) {
        owner.locked("store the batch's pause in", () -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE batch SET paused = ? WHERE batch_id = ?")) {
                ps.setInt(1, paused ? 1 : 0);
                ps.setString(2, batchId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Binds state, task_id, message, sent_at from {@code first} on. */
    private static void bindState(PreparedStatement ps, int first, BatchRowState state) throws SQLException {
        String name;
        String taskId = null;
        String message = null;
        Instant sentAt = null;
        Instant settledAt = null;
        switch (state) {
            case BatchRowState.Queued q -> name = "QUEUED";
            case BatchRowState.Sending(Instant at) -> {
                name = "SENDING";
                sentAt = at;
            }
            case BatchRowState.Created(String id, Instant answeredAt) -> {
                name = "CREATED";
                taskId = id;
                sentAt = answeredAt;
            }
            case BatchRowState.Failed(String why) -> {
                name = "FAILED";
                message = why;
            }
            case BatchRowState.Uncertain(Instant at, String why, Instant settled) -> {
                name = "UNCERTAIN";
                sentAt = at;
                message = why;
                settledAt = settled;
            }
            case BatchRowState.Cancelled c -> name = "CANCELLED";
        }
        ps.setString(first, name);
        ps.setString(first + 1, taskId);
        ps.setString(first + 2, message);
        if (sentAt == null) {
            ps.setNull(first + 3, Types.INTEGER);
        } else {
            ps.setLong(first + 3, sentAt.toEpochMilli());
        }
        if (settledAt == null) {
            ps.setNull(first + 4, Types.INTEGER);
        } else {
            ps.setLong(first + 4, settledAt.toEpochMilli());
        }
    }

    private static Instant settled(ResultSet rs) throws SQLException {
        long settled = rs.getLong(12);
        return rs.wasNull() ? null : Instant.ofEpochMilli(settled);
    }

    /** A row's state; an unknown name (a newer app's) reads as uncertain, so it is never resent blindly. */
    private static BatchRowState readState(ResultSet rs) throws SQLException {
        long sent = rs.getLong(11);
        Instant stamp = rs.wasNull() ? null : Instant.ofEpochMilli(sent);
        Instant sentAt = stamp == null ? Instant.EPOCH : stamp;
        String message = rs.getString(10);
        return switch (rs.getString(8)) {
            case "QUEUED" -> new BatchRowState.Queued();
            case "SENDING" -> new BatchRowState.Sending(sentAt);
            case "CREATED" -> new BatchRowState.Created(String.valueOf(rs.getString(9)), stamp);
            case "FAILED" -> new BatchRowState.Failed(message == null ? "Not created." : message);
            case "CANCELLED" -> new BatchRowState.Cancelled();
            default -> new BatchRowState.Uncertain(sentAt, message == null ? "Its state was not readable." : message,
                    settled(rs));
        };
    }
}
