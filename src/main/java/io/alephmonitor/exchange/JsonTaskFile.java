package io.alephmonitor.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alephmonitor.model.TaskMarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JSON form of a task list: {@code {"format": "aleph-monitor-tasks", "version": 1, "tasks": [...]}}. */
final class JsonTaskFile {

    /** What the JSON export calls itself, so an import can tell it from any other JSON. */
    static final String FORMAT = "aleph-monitor-tasks";
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonTaskFile() {
    }

    static void write(List<TaskEntry> entries, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode tasks = root.putArray("tasks");
        for (TaskEntry e : entries) {
            ObjectNode t = tasks.addObject();
            t.put("task_id", e.taskId());
            t.put("kind", e.kind());
            t.put("status", e.status());
            t.put("prompt", e.prompt());
            t.put("label", e.label());
            t.put("video_url", e.videoUrl());
            t.put("image_url", e.imageUrl());
            e.resultUrls().forEach(t.putArray("result_urls")::add);
            e.savedPaths().forEach(t.putArray("saved_paths")::add);
            t.put("added_at", e.addedAt());
            t.put("completed_at", e.completedAt());
            t.put("fail_code", e.failCode());
            t.put("fail_message", e.failMessage());
            t.put("param_json", e.paramJson());
            TaskResults typed = e.typed();
            if (typed.resultsJson() != null) {
                t.set("results", JSON.readTree(typed.resultsJson()));
            }
            typed.resultTypes().forEach(t.putArray("result_types")::add);
            t.put("progress", typed.progress());
            t.put("stage", typed.stage());
            t.put("notice", typed.notice());
            t.put("link_expired", typed.linkExpired());
            t.put("starred", e.marks().starred());
            e.marks().tags().forEach(t.putArray("tags")::add);
            t.put("note", e.marks().note());
            if (e.origin() != null) {
                t.put("made_from", e.origin().parentTaskId());
                t.put("relation", e.origin().relation().name());
            }
        }
        JSON.writeValue(out, root);
    }

    static List<NumberedEntry> read(String text, Path file) throws ExchangeException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ExchangeException("“" + file.getFileName() + "” is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ")") + ". Nothing was imported.", e);
        }
        JsonNode tasks = root != null && root.isObject() ? root.get("tasks") : root;
        if (tasks == null || !tasks.isArray()) {
            throw new ExchangeException("“" + file.getFileName() + "” is JSON but not a task list: it has no "
                    + "“tasks” list. Nothing was imported.");
        }
        List<NumberedEntry> entries = new ArrayList<>();
        int number = 0;
        for (JsonNode t : tasks) {
            number++;
            if (!t.isObject()) {
                entries.add(new NumberedEntry(number, null));
                continue;
            }
            entries.add(new NumberedEntry(number, new TaskEntry(text(t, "task_id"), text(t, "kind"), text(t, "status"),
                    text(t, "prompt"), text(t, "label"), text(t, "video_url"), text(t, "image_url"),
                    texts(t.get("result_urls")), texts(t.get("saved_paths")), text(t, "added_at"),
                    text(t, "completed_at"), integer(t.get("fail_code")), text(t, "fail_message"),
                    text(t, "param_json"), typed(t), marks(t),
                    TaskEntry.origin(text(t, "made_from"), text(t, "relation")))));
        }
        return entries;
    }

    /** The typed results, progress and notice; an odd value is dropped, never the task. */
    private static TaskResults typed(JsonNode t) {
        JsonNode results = t.get("results");
        JsonNode progress = t.get("progress");
        return new TaskResults(results != null && results.isArray() ? results.toString() : null,
                texts(t.get("result_types")), progress != null && progress.isNumber() ? progress.asDouble() : null,
                text(t, "stage"), text(t, "notice"), t.path("link_expired").asBoolean(false));
    }

    /** The star, the tags (a list, or one text of comma-separated tags) and the note; odd values are dropped. */
    private static TaskMarks marks(JsonNode t) {
        JsonNode tags = t.get("tags");
        List<String> list = tags != null && tags.isTextual() ? List.of(tags.asText().split(",")) : texts(tags);
        return new TaskMarks(t.path("starred").asBoolean(false), list, text(t, "note"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static List<String> texts(JsonNode node) {
        if (node == null || !node.isArray()) {
            return node != null && node.isTextual() ? CsvTaskFile.lines(node.asText()) : List.of();
        }
        List<String> list = new ArrayList<>();
        node.forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                list.add(v.asText());
            }
        });
        return list;
    }

    private static Integer integer(JsonNode node) {
        return node != null && node.canConvertToInt() ? node.asInt() : null;
    }
}
