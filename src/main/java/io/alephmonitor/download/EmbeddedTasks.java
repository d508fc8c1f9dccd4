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
 * prompt and "kie.ai task ID: …"), a JPEG's comment segment ({@link JpegComment}), an MP4/MOV's
 * comment tag ({@link Mp4Tags}) and an MP3's ID3v2 frames ({@link Id3Tags}). One small switch on
 * the file's format, which its first bytes say (not its name). A broken or foreign file carries nothing;
 * nothing here throws.
 */
public final class EmbeddedTasks {

    /** What a file says of its task: the ID and the prompt (null when the file has none). */
    public record EmbeddedTask(String taskId, String prompt) {
    }

    private static final String SOURCE = "kie.ai task ";

    private EmbeddedTasks() {
    }

    /** The task {@code file} carries; empty when it carries none, is broken, or cannot be read. */
    public static Optional<EmbeddedTask> read(Path file) {
        try {
            return switch (format(file)) {
                case "png" -> fromPng(PngText.readText(file));
                case "jpeg" -> fromComments(JpegComment.readComments(file));
                case "mp4" -> Mp4Tags.read(file);
                case "mp3" -> Id3Tags.read(file);
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
        if (head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return "mp4";
        }
        if (head.length >= 3 && (head[0] == 'I' && head[1] == 'D' && head[2] == '3'
                || (head[0] & 0xff) == 0xff && (head[1] & 0xe0) == 0xe0)) {
            return "mp3";
        }
        return "other";
    }

    private static Optional<EmbeddedTask> fromPng(Map<String, String> text) {
        String source = text.get("Source");
        String id = source != null && source.startsWith(SOURCE) ? TaskComment.cleanId(source.substring(SOURCE.length())) : null;
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

    static Optional<EmbeddedTask> fromComments(List<String> comments) {
        return comments.stream().map(TaskComment::parse).flatMap(Optional::stream).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
