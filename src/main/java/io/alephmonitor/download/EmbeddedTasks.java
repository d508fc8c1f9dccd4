package io.alephmonitor.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task a saved file carries inside itself, as this app writes it: a PNG's text chunks
 * ({@link PngText}: {@code Source} = "kie.ai task ID", {@code Description} = the prompt, {@code Comment} =
 * prompt and "kie.ai task ID: …") and a JPEG's comment segment ({@link JpegComment}). One small switch on
 * the file's format, which its first bytes say (not its name). A broken or foreign file carries nothing;
 * nothing here throws.
 */
public final class EmbeddedTasks {

    /** What a file says of its task: the ID and the prompt (null when the file has none). */
    public record EmbeddedTask(String taskId, String prompt) {
    }

    static final String ID_LINE = "kie.ai task ID: ";
    private static final String SOURCE = "kie.ai task ";

    private EmbeddedTasks() {
    }

    /** The task {@code file} carries; empty when it carries none, is broken, or cannot be read. */
    public static Optional<EmbeddedTask> read(Path file) {
        try {
            return switch (format(file)) {
                case "png" -> fromPng(PngText.readText(file));
                case "jpeg" -> fromComments(JpegComment.readComments(file));
                default -> Optional.empty();
            };
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String format(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "png";
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        return "other";
    }

    private static Optional<EmbeddedTask> fromPng(Map<String, String> text) {
        String source = text.get("Source");
        String id = source != null && source.startsWith(SOURCE) ? clean(source.substring(SOURCE.length())) : null;
        Optional<EmbeddedTask> comment = fromComments(text.containsKey("Comment") ? List.of(text.get("Comment")) : List.of());
        if (id == null) {
            id = comment.map(EmbeddedTask::taskId).orElse(null);
        }
        if (id == null) {
            return Optional.empty();
        }
        String prompt = text.get("Description");
        if (prompt == null || prompt.isBlank()) {
            prompt = comment.map(EmbeddedTask::prompt).orElse(null);
        }
        return Optional.of(new EmbeddedTask(id, blankToNull(prompt)));
    }

    /** A comment "PROMPT\nkie.ai task ID: ID" (the prompt may be missing or span lines). */
    static Optional<EmbeddedTask> fromComments(List<String> comments) {
        for (String comment : comments) {
            int at = comment.lastIndexOf(ID_LINE);
            if (at < 0 || (at > 0 && comment.charAt(at - 1) != '\n')) {
                continue;
            }
            String id = clean(comment.substring(at + ID_LINE.length()));
            if (id != null) {
                return Optional.of(new EmbeddedTask(id, blankToNull(comment.substring(0, at).strip())));
            }
        }
        return Optional.empty();
    }

    // an ID is one token of letters, digits, '-' and '_'
    private static String clean(String text) {
        String id = text.strip();
        return id.isEmpty() || !id.matches("[A-Za-z0-9_-]{1,128}") ? null : id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
