package io.alephmonitor.download;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alephmonitor.tracking.SaveException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The {@code NAME.EXT.aleph.json} beside a saved file: its {@link TaskSidecar} as JSON, written to a
 * temporary file and renamed over any older one in one step, so a reader sees the old or the new
 * sidecar, never half of one. The name keeps the file's own extension, so it never clashes with a
 * saved {@code .json} result.
 */
public final class Sidecars {

    /** What every sidecar's name ends with. */
    public static final String SUFFIX = ".aleph.json";

    /** The format's version, written into every sidecar. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Sidecars() {
    }

    /** Where the sidecar of {@code saved} goes. */
    public static Path of(Path saved) {
        return saved.resolveSibling(saved.getFileName() + SUFFIX);
    }

    /** Writes {@code sidecar} beside {@code saved}; a {@link SaveException} says in words what went wrong. */
    public static Path write(Path saved, TaskSidecar sidecar) throws SaveException {
        Path target = of(saved);
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.write(temp, JSON.writeValueAsBytes(toJson(sidecar)));
            DiskWrites.replace(temp, target);
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the message below says what matters
            }
            throw new SaveException("“" + saved.getFileName() + "” was saved, but the file beside it that keeps its "
                    + "prompt could not be written (" + DiskWrites.problem(e, target).getMessage() + ")", e);
        }
    }

    static ObjectNode toJson(TaskSidecar s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("alephMonitorSidecar", VERSION);
        root.put("taskId", s.taskId());
        root.put("kind", s.kind());
        root.put("model", s.model());
        root.put("prompt", s.prompt());
        root.set("params", params(s.params()));
        ArrayNode results = root.putArray("results");
        for (TaskSidecar.Result r : s.results()) {
            results.addObject().put("url", r.url()).put("type", r.type()).put("title", r.title());
        }
        root.put("createdAt", time(s.createdAt()));
        root.put("completedAt", time(s.completedAt()));
        root.put("addedAt", time(s.addedAt()));
        root.put("savedAt", time(s.savedAt()));
        root.put("label", s.label());
        root.put("starred", s.starred());
        ArrayNode tags = root.putArray("tags");
        s.tags().forEach(tags::add);
        root.put("note", s.note());
        return root;
    }

    // The raw parameters as JSON when they are JSON (every parameter kept), else as the text kie.ai sent.
    private static JsonNode params(String raw) {
        if (raw == null) {
            return JSON.nullNode();
        }
        try {
            JsonNode parsed = JSON.readTree(raw.getBytes(StandardCharsets.UTF_8));
            return parsed == null || parsed.isMissingNode() ? JSON.getNodeFactory().textNode(raw) : parsed;
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(raw);
        }
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
