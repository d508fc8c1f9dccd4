package io.alephmonitor.store;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TrackedTask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the full-text index holds of one task, one field per column of {@code task_search}: the task ID, kind,
 * model, prompt, every parameter value (paramJson flattened, keys left out), track titles, tags, lyrics and
 * inline text of the results, the user's label, tags and note, and the result types. Odd JSON is indexed as
 * the text it is, never an error.
 */
record SearchDocument(String taskId, String kind, String model, String prompt, String params, String tracks,
                      String label, String tags, String note, String types) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Nested JSON inside a string value (kie.ai's paramJson is often a string holding JSON) is opened this deep. */
    private static final int MAX_DEPTH = 8;

    /** The columns in the order {@link #values()} gives them. */
    static final List<String> COLUMNS = List.of(
            "task_id", "kind", "model", "prompt", "params", "tracks", "label", "tags", "note", "types");

    /** The document of this task; tags and note are left empty until the store keeps them. */
    static SearchDocument of(TrackedTask task) {
        String raw = task.params() == null ? null : task.params().raw();
        String prompt = task.params() == null ? null : task.params().prompt();
        StringBuilder params = new StringBuilder();
        StringBuilder model = new StringBuilder();
        flatten(raw, params, model, 0);
        List<ResultFile> files = task.status() == null ? List.of() : task.status().readyResults();
        StringBuilder tracks = new StringBuilder();
        TreeSet<String> types = new TreeSet<>();
        for (ResultFile file : files) {
            types.add(file.type() == null ? "link" : SearchIndex.typeName(file.type()));
            switch (file) {
                case ResultFile.Audio a -> append(tracks, a.title(), a.tags(), a.lyrics());
                case ResultFile.Text t -> append(tracks, t.title(), t.content());
                default -> { }
            }
        }
        return new SearchDocument(task.taskId(), task.kind(), model.toString(), prompt, params.toString(),
                tracks.toString(), task.label(), String.join(" ", task.tags()),
                task.marks().note() == null ? "" : task.marks().note(), String.join(" ", types));
    }

    /** The column values, ready to index (CJK spaced out, nulls as ""; the task ID as it is: searches return it). */
    List<String> values() {
        return List.of(taskId, SearchText.forIndex(kind), SearchText.forIndex(model),
                SearchText.forIndex(prompt), SearchText.forIndex(params), SearchText.forIndex(tracks),
                SearchText.forIndex(label), SearchText.forIndex(tags), SearchText.forIndex(note), types);
    }

    private static void flatten(String text, StringBuilder values, StringBuilder model, int depth) {
        if (text == null || text.isBlank()) {
            return;
        }
        String trimmed = text.strip();
        if (depth < MAX_DEPTH && (trimmed.startsWith("{") || trimmed.startsWith("["))) {
            try {
                walk(JSON.readTree(trimmed), values, model, depth + 1);
                return;
            } catch (JsonProcessingException notJson) {
                // Indexed as the text it is.
            }
        }
        append(values, text);
    }

    private static void walk(JsonNode node, StringBuilder values, StringBuilder model, int depth) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if ("model".equals(field.getKey()) && field.getValue().isTextual()) {
                    append(model, field.getValue().asText());
                }
                walk(field.getValue(), values, model, depth);
            }
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, values, model, depth));
        } else if (node.isTextual()) {
            flatten(node.asText(), values, model, depth);
        } else if (node.isValueNode()) {
            append(values, node.asText());
        }
    }

    private static void append(StringBuilder out, String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(t);
            }
        }
    }
}
