package io.alephmonitor.store;

import io.alephmonitor.model.TrackedTask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alephmonitor.model.SavedFileState;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** Maps a {@link TrackedTask} to a row of the {@code task} table and back. */
final class TaskRowMapper {

    /** Column list shared by the upsert and the select, so their order cannot drift apart. */
    static final List<String> COLUMNS = List.of(
            "task_id", "kind", "added_at", "status", "video_url", "image_url", "result_urls",
            "completed_at", "fail_code", "fail_message", "prompt", "param_image_url", "param_video_url",
            "reference_image", "aspect_ratio", "seed", "param_json_raw", "create_time", "complete_time",
            "last_error", "last_polled_at", "next_poll_at", "saved_path", "label", "saved_paths",
            "saved_file_missing", "results", "progress", "stage", "link_expired", "notice",
            "starred", "tags", "note", "parent_id", "relation");

    static final String UPSERT = "INSERT INTO task (" + String.join(", ", COLUMNS) + ", seq) VALUES ("
            + "?, ".repeat(COLUMNS.size())
            + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM task)) ON CONFLICT(task_id) DO UPDATE SET "
            + String.join(", ", COLUMNS.stream().skip(1).map(c -> c + " = excluded." + c).toList());

    static final String SELECT_ALL = "SELECT " + String.join(", ", COLUMNS) + " FROM task ORDER BY seq";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> URL_LIST = new TypeReference<>() { };

    private TaskRowMapper() {
    }

    static void bind(PreparedStatement ps, TrackedTask task) throws SQLException {
        TaskStatus status = task.status();
        TaskParams params = task.params() == null ? TaskParams.EMPTY : task.params();
        int i = 1;
        ps.setString(i++, task.taskId());
        ps.setString(i++, task.kind());
        setInstant(ps, i++, task.addedAt());
        ps.setString(i++, TaskStatus.storedName(status));
        if (status instanceof TaskStatus.Succeeded ok) {
            ps.setString(i++, ok.videoUrl());
            ps.setString(i++, ok.imageUrl());
            ps.setString(i++, toJson(ok.resultUrls()));
            setInstant(ps, i++, ok.completedAt());
        } else {
            for (int n = 0; n < 4; n++) {
                ps.setNull(i++, Types.NULL);
            }
        }
        if (status instanceof TaskStatus.Failed failed) {
            ps.setInt(i++, failed.code());
            ps.setString(i++, failed.message());
        } else {
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.VARCHAR);
        }
        ps.setString(i++, params.prompt());
        ps.setString(i++, params.imageUrl());
        ps.setString(i++, params.videoUrl());
        ps.setString(i++, params.referenceImage());
        ps.setString(i++, params.aspectRatio());
        setLong(ps, i++, params.seed());
        ps.setString(i++, params.raw());
        setInstant(ps, i++, task.createdAt());
        setInstant(ps, i++, task.completedAt());
        ps.setString(i++, task.lastError());
        setInstant(ps, i++, task.lastPolledAt());
        setInstant(ps, i++, task.nextPollAt());
        ps.setString(i++, task.savedPath() == null ? null : task.savedPath().toString());
        ps.setString(i++, task.label());
        ps.setString(i++, task.savedPaths().isEmpty() ? null
                : toJson(task.savedPaths().stream().map(Path::toString).toList()));
        ps.setInt(i++, task.savedFileMissing() ? 1 : 0);
        switch (status) {
            case TaskStatus.Succeeded ok -> {
                ps.setString(i++, ResultFilesJson.write(ok.files()));
                ps.setNull(i++, Types.REAL);
                ps.setNull(i++, Types.VARCHAR);
                ps.setInt(i++, ok.linkExpired() ? 1 : 0);
                ps.setString(i++, ok.notice());
            }
            case TaskStatus.Running running -> {
                ps.setString(i++, ResultFilesJson.write(running.partial()));
                if (running.progress() == null) {
                    ps.setNull(i++, Types.REAL);
                } else {
                    ps.setDouble(i++, running.progress());
                }
                ps.setString(i++, running.stage());
                ps.setInt(i++, 0);
                ps.setNull(i++, Types.VARCHAR);
            }
            case null, default -> {
                ps.setNull(i++, Types.VARCHAR);
                ps.setNull(i++, Types.REAL);
                ps.setNull(i++, Types.VARCHAR);
                ps.setInt(i++, 0);
                ps.setNull(i++, Types.VARCHAR);
            }
        }
        TaskMarks marks = task.marks();
        ps.setInt(i++, marks.starred() ? 1 : 0);
        ps.setString(i++, marks.tags().isEmpty() ? null : toJson(marks.tags()));
        ps.setString(i++, marks.note());
        TaskOrigin origin = task.origin();
        ps.setString(i++, origin == null ? null : origin.parentTaskId());
        ps.setString(i, origin == null ? null : origin.relation().name());
    }

    static TrackedTask read(ResultSet rs) throws SQLException {
        TaskStatus status = switch (rs.getString("status")) {
            case "RUNNING" -> new TaskStatus.Running(doubleOrNull(rs, "progress"), rs.getString("stage"),
                    ResultFilesJson.read(rs.getString("results")));
            case "SUCCEEDED" -> new TaskStatus.Succeeded(rs.getString("video_url"), rs.getString("image_url"),
                    fromJson(rs.getString("result_urls")), instant(rs, "completed_at"),
                    ResultFilesJson.read(rs.getString("results")), rs.getInt("link_expired") != 0,
                    rs.getString("notice"));
            case "FAILED" -> new TaskStatus.Failed(rs.getInt("fail_code"), rs.getString("fail_message"));
            case "NOT_FOUND" -> new TaskStatus.NotFound();
            case "INVALID_ID" -> new TaskStatus.InvalidId();
            // PENDING, or a status this version does not know: polling again finds the truth.
            default -> new TaskStatus.Pending();
        };
        TaskParams params = new TaskParams(rs.getString("prompt"), rs.getString("param_image_url"),
                rs.getString("param_video_url"), rs.getString("reference_image"), rs.getString("aspect_ratio"),
                longOrNull(rs, "seed"), rs.getString("param_json_raw"));
        return new TrackedTask(rs.getString("task_id"), rs.getString("kind"), instant(rs, "added_at"), status,
                params.equals(TaskParams.EMPTY) ? TaskParams.EMPTY : params,
                instant(rs, "create_time"), instant(rs, "complete_time"), rs.getString("last_error"),
                instant(rs, "last_polled_at"), instant(rs, "next_poll_at"), path(rs.getString("saved_path")),
                rs.getString("label"), paths(rs.getString("saved_paths")),
                rs.getInt("saved_file_missing") != 0 ? SavedFileState.MISSING : null,
                new TaskMarks(rs.getInt("starred") != 0, fromJson(rs.getString("tags")), rs.getString("note")),
                origin(rs));
    }

    // Read by the search index's own migration (version 6) too, before version 7 added these columns.
    private static TaskOrigin origin(ResultSet rs) throws SQLException {
        String parentId;
        try {
            parentId = rs.getString(rs.findColumn("parent_id"));
        } catch (SQLException beforeVersion7) {
            return null;
        }
        return origin(parentId, rs.getString("relation"));
    }

    private static TaskOrigin origin(String parentId, String relation) {
        return parentId == null || parentId.isBlank() ? null : new TaskOrigin(parentId, TaskOrigin.Relation.named(relation));
    }

    private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        setLong(ps, index, value == null ? null : value.toEpochMilli());
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long millis = longOrNull(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Path path(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            // A path from another OS (a copied data folder) is as good as "not saved here".
            return null;
        }
    }

    /** The saved files of a version-2 row; null (the first saved path stands alone) for older rows. */
    private static List<Path> paths(String json) {
        if (json == null) {
            return null;
        }
        return fromJson(json).stream().map(TaskRowMapper::path).filter(java.util.Objects::nonNull).toList();
    }

    private static String toJson(List<String> urls) {
        try {
            return JSON.writeValueAsString(urls);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings is always valid JSON", e);
        }
    }

    private static List<String> fromJson(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(text, URL_LIST);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
