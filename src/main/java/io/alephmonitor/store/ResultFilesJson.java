package io.alephmonitor.store;

import io.alephmonitor.model.ResultFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A task's typed results as the JSON text of the {@code results} column: one object per result
 * with its {@code type} ("video", "image", "audio", "text", "link") and its fields. Entries this
 * version cannot read are skipped, so a row written by a newer version still opens.
 */
public final class ResultFilesJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultFilesJson() {
    }

    /** The JSON text of these results; null when there are none. */
    public static String write(List<ResultFile> files) {
        if (files == null || files.isEmpty()) {
            return null;
        }
        ArrayNode array = JSON.createArrayNode();
        for (ResultFile file : files) {
            ObjectNode node = array.addObject();
            switch (file) {
                case ResultFile.Video v -> {
                    node.put("type", "video").put("url", v.url());
                    putIfSet(node, "thumbnailUrl", v.thumbnailUrl());
                }
                case ResultFile.Image i -> node.put("type", "image").put("url", i.url());
                case ResultFile.Audio a -> {
                    node.put("type", "audio").put("url", a.url());
                    putIfSet(node, "coverUrl", a.coverUrl());
                    putIfSet(node, "title", a.title());
                    if (a.durationSeconds() != null) {
                        node.put("duration", a.durationSeconds());
                    }
                    putIfSet(node, "tags", a.tags());
                    putIfSet(node, "lyrics", a.lyrics());
                    putIfSet(node, "trackId", a.trackId());
                }
                case ResultFile.Text t -> {
                    node.put("type", "text");
                    putIfSet(node, "url", t.url());
                    putIfSet(node, "content", t.content());
                    node.put("structured", t.structured());
                    putIfSet(node, "title", t.title());
                }
                case ResultFile.Untyped u -> node.put("type", "link").put("url", u.url());
            }
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers is always valid JSON", e);
        }
    }

    /** The results in this JSON text; empty when there is none or it cannot be read. */
    public static List<ResultFile> read(String text) {
        List<ResultFile> files = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return files;
        }
        JsonNode array;
        try {
            array = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return files;
        }
        if (array == null || !array.isArray()) {
            return files;
        }
        for (JsonNode node : array) {
            ResultFile file = readOne(node);
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    private static ResultFile readOne(JsonNode node) {
        String url = text(node, "url");
        String type = text(node, "type");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "video" -> url == null ? null : new ResultFile.Video(url, text(node, "thumbnailUrl"));
            case "image" -> url == null ? null : new ResultFile.Image(url);
            case "audio" -> url == null ? null : new ResultFile.Audio(url, text(node, "coverUrl"), text(node, "title"),
                    node.hasNonNull("duration") && node.get("duration").isNumber() ? node.get("duration").asDouble() : null,
                    text(node, "tags"), text(node, "lyrics"), text(node, "trackId"));
            case "text" -> url == null && text(node, "content") == null ? null
                    : new ResultFile.Text(url, text(node, "content"), node.path("structured").asBoolean(false), text(node, "title"));
            case "link" -> url == null ? null : new ResultFile.Untyped(url);
            default -> null;
        };
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
