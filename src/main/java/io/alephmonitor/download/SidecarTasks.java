package io.alephmonitor.download;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.alephmonitor.kie.ParamJson;
import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a {@code NAME.EXT.aleph.json} sidecar ({@link Sidecars}) back into the task it describes: its kind,
 * prompt and parameters (parsed from the raw JSON as the poller parses that kind's record), times, marks, and
 * — when it says when the task completed — a finished status with its typed results, so the task is not
 * polled again for nothing. A sidecar that cannot be one is a {@link Problem} in words, never an exception.
 */
final class SidecarTasks {

    /** A sidecar read: the task, or why it could not be read. */
    sealed interface Read permits Task, Problem {
    }

    /** The task a sidecar describes (its saved paths not set yet). */
    record Task(TrackedTask task) implements Read {
    }

    /** Why a sidecar gives no task, in words. */
    record Problem(Path sidecar, String reason) implements Read {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 16L << 20;

    private SidecarTasks() {
    }

    /** Reads {@code sidecar}; a task of a kind not in {@code knownKinds} is added to be detected. */
    static Read read(Path sidecar, Set<String> knownKinds, Instant now) {
        JsonNode root;
        try {
            if (Files.size(sidecar) > MAX_BYTES) {
                return new Problem(sidecar, "it is too large to be a sidecar of this app");
            }
            root = JSON.readTree(Files.readAllBytes(sidecar));
        } catch (JsonProcessingException e) {
            return new Problem(sidecar, "it is not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            return new Problem(sidecar, "it could not be read (" + DiskWrites.problem(e, sidecar).getMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.has("alephMonitorSidecar")) {
            return new Problem(sidecar, "it is JSON, but not a sidecar written by Aleph Monitor");
        }
        String id = text(root, "taskId");
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,128}")) {
            return new Problem(sidecar, "it names no task ID");
        }
        return new Task(task(root, id, knownKinds, now));
    }

    private static TrackedTask task(JsonNode root, String id, Set<String> knownKinds, Instant now) {
        String kind = text(root, "kind");
        kind = kind != null && knownKinds.contains(kind) ? kind : KindIds.AUTO;
        TaskParams params = params(root.get("params"), kind);
        String prompt = text(root, "prompt");
        if (params.prompt() == null && prompt != null) {
            params = new TaskParams(prompt, params.imageUrl(), params.videoUrl(), params.referenceImage(),
                    params.aspectRatio(), params.seed(), params.raw());
        }
        Instant completed = time(root, "completedAt");
        List<ResultFile> results = results(root.get("results"));
        TaskStatus status = completed != null && !results.isEmpty() && !KindIds.AUTO.equals(kind)
                ? TaskStatus.Succeeded.of(results, completed)
                : new TaskStatus.Pending(); // unfinished, or not enough known: polling finds the truth
        Instant added = time(root, "addedAt");
        List<String> tags = new ArrayList<>();
        root.path("tags").forEach(t -> {
            if (t.isTextual()) {
                tags.add(t.asText());
            }
        });
        TaskMarks marks = new TaskMarks(root.path("starred").asBoolean(false), tags, text(root, "note"));
        return new TrackedTask(id, kind, added != null ? added : now, status, params, time(root, "createdAt"),
                status instanceof TaskStatus.Succeeded ? completed : null, null, null,
                status.isFinal() ? null : now, null, text(root, "label"), List.of(), null, marks);
    }

    // the parameters as the poller reads them: Aleph's paramJson strictly, every other kind's loosely
    private static TaskParams params(JsonNode params, String kind) {
        if (params == null || params.isNull() || params.isMissingNode()) {
            return TaskParams.EMPTY;
        }
        JsonNode asText = params.isTextual() ? params : TextNode.valueOf(params.toString());
        return KindIds.ALEPH.equals(kind) ? ParamJson.read(asText) : ParamJson.readLoose(asText);
    }

    private static List<ResultFile> results(JsonNode results) {
        List<ResultFile> files = new ArrayList<>();
        if (results == null || !results.isArray()) {
            return files;
        }
        for (JsonNode r : results) {
            String url = text(r, "url");
            if (url == null) {
                continue; // inline text: its content is not in the sidecar
            }
            ResultType type = type(text(r, "type"));
            String title = text(r, "title");
            files.add(type == ResultType.AUDIO && title != null
                    ? new ResultFile.Audio(url, null, title, null, null, null, null)
                    : type == ResultType.TEXT && title != null ? new ResultFile.Text(url, null, url.toLowerCase(
                            Locale.ROOT).split("[?#]", 2)[0].endsWith(".json"), title)
                    : ResultFile.of(url, type));
        }
        return files;
    }

    private static ResultType type(String name) {
        for (ResultType type : ResultType.values()) {
            if (type.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return type;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static Instant time(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return text == null ? null : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
