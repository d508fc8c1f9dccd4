package io.alephmonitor.exchange;

import com.fasterxml.jackson.databind.node.TextNode;
import io.alephmonitor.kie.ParamJson;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One task as it is written to an export file: text and lists only, in the file's column order.
 * Times are ISO-8601 instants; the status is one of {@link #STATUSES}. The user's marks (star, tags,
 * note) travel with the task, and so does what it was made from; an import keeps a tracked task as
 * it is, its marks too.
 */
record TaskEntry(String taskId, String kind, String status, String prompt, String label,
                 String videoUrl, String imageUrl, List<String> resultUrls, List<String> savedPaths,
                 String addedAt, String completedAt, Integer failCode, String failMessage, String paramJson,
                 TaskResults typed, TaskMarks marks, TaskOrigin origin) {

    /** The columns of a CSV export and the keys of a JSON one, in this order. */
    static final List<String> COLUMNS = List.of("task_id", "kind", "status", "prompt", "label", "video_url",
            "image_url", "result_urls", "saved_paths", "added_at", "completed_at", "fail_code", "fail_message",
            "param_json", "results", "result_types", "progress", "stage", "notice", "link_expired",
            "starred", "tags", "note", "made_from", "relation");

    static final List<String> STATUSES = List.of("PENDING", "RUNNING", "SUCCEEDED", "FAILED", "NOT_FOUND", "INVALID_ID");

    TaskEntry {
        resultUrls = List.copyOf(Objects.requireNonNullElse(resultUrls, List.of()));
        savedPaths = List.copyOf(Objects.requireNonNullElse(savedPaths, List.of()));
        typed = Objects.requireNonNullElse(typed, TaskResults.NONE);
        marks = Objects.requireNonNullElse(marks, TaskMarks.NONE);
    }

    /** This entry with its identity cleaned up (trimmed ID and kind, upper-case status). */
    TaskEntry withIdentity(String id, String cleanKind, String cleanStatus) {
        return new TaskEntry(id, cleanKind, cleanStatus, prompt, label, videoUrl, imageUrl, resultUrls, savedPaths,
                addedAt, completedAt, failCode, failMessage, paramJson, typed, marks, origin);
    }

    static TaskEntry of(TrackedTask task) {
        TaskParams params = task.params() == null ? TaskParams.EMPTY : task.params();
        String video = null;
        String image = null;
        List<String> results = List.of();
        Instant completed = task.completedAt();
        Integer failCode = null;
        String failMessage = null;
        if (task.status() instanceof TaskStatus.Succeeded done) {
            video = done.videoUrl();
            image = done.imageUrl();
            results = done.resultUrls();
            completed = completed != null ? completed : done.completedAt();
        } else if (task.status() instanceof TaskStatus.Failed failed) {
            failCode = failed.code();
            failMessage = failed.message();
        }
        List<String> saved = task.savedPaths().stream().map(Path::toString).toList();
        return new TaskEntry(task.taskId(), task.kind(), TaskStatus.storedName(task.status()), params.prompt(), task.label(),
                video, image, results, saved, text(task.addedAt()), text(completed), failCode, failMessage,
                params.raw(), TaskResults.of(task.status()), task.marks(), task.origin());
    }

    /**
     * The task this entry describes, as the app tracks it from {@code now}: a finished one keeps its
     * status and links (it is not polled again), an unfinished one is due for a poll at once.
     */
    TrackedTask toTask(Instant now) {
        Instant added = Objects.requireNonNullElse(instant(addedAt), now);
        Instant completed = instant(completedAt);
        TaskStatus taskStatus = switch (Objects.requireNonNullElse(status, "")) {
            case "RUNNING" -> typed.running();
            case "SUCCEEDED" -> typed.succeeded(videoUrl, imageUrl,
                    resultUrls.isEmpty() ? nonNull(videoUrl, imageUrl) : resultUrls, completed);
            case "FAILED" -> new TaskStatus.Failed(Objects.requireNonNullElse(failCode, 0), failMessage);
            case "NOT_FOUND" -> new TaskStatus.NotFound();
            case "INVALID_ID" -> new TaskStatus.InvalidId();
            default -> new TaskStatus.Pending(); // unknown or missing: polling finds the truth
        };
        TaskParams params = paramJson == null ? TaskParams.EMPTY : ParamJson.read(TextNode.valueOf(paramJson));
        if (params.prompt() == null && prompt != null) {
            params = new TaskParams(prompt, params.imageUrl(), params.videoUrl(), params.referenceImage(),
                    params.aspectRatio(), params.seed(), params.raw());
        }
        List<Path> saved = savedPaths.stream().map(TaskEntry::path).filter(Objects::nonNull).toList();
        return new TrackedTask(taskId, kind, added, taskStatus, params, null,
                taskStatus instanceof TaskStatus.Succeeded ? completed : null, null, null,
                taskStatus.isFinal() ? null : now, null, label, saved, null, marks, origin);
    }

    /** What an imported task was made from: none without a parent's ID; an unknown relation is "made from". */
    static TaskOrigin origin(String parentTaskId, String relation) {
        return parentTaskId == null || parentTaskId.isBlank() ? null
                : new TaskOrigin(parentTaskId.strip(), TaskOrigin.Relation.named(relation == null ? "" : relation.strip()));
    }

    private static List<String> nonNull(String... values) {
        List<String> list = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                list.add(v);
            }
        }
        return list;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null; // a time edited into another shape is not worth losing the task over
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null; // a path from another system is as good as "not saved here"
        }
    }
}
