package io.alephmonitor.download;

import io.alephmonitor.download.EmbeddedTasks.EmbeddedTask;

import java.util.Optional;

/**
 * The comment a save writes into a file's own metadata (an MP3's COMM, an MP4's ©cmt, a PNG's
 * Comment, a JPEG's COM): the prompt, then a last line {@code kie.ai task ID: <id>}. Read back, it
 * gives the task's ID and prompt to a library rebuilt from its files.
 */
final class TaskComment {

    static final String ID_LINE = "kie.ai task ID: ";

    private TaskComment() {
    }

    /** The comment text for a task. */
    static String text(String prompt, String taskId) {
        return (prompt == null || prompt.isBlank() ? "" : prompt + "\n") + ID_LINE + taskId;
    }

    /** The task in a comment this app wrote (the prompt may be missing or span lines); empty for any other text. */
    static Optional<EmbeddedTask> parse(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        String text = comment.strip();
        int at = text.lastIndexOf(ID_LINE);
        if (at < 0 || (at > 0 && text.charAt(at - 1) != '\n')) {
            return Optional.empty();
        }
        String id = cleanId(text.substring(at + ID_LINE.length()));
        if (id == null) {
            return Optional.empty();
        }
        String prompt = text.substring(0, at).strip();
        return Optional.of(new EmbeddedTask(id, prompt.isEmpty() ? null : prompt));
    }

    /** The task ID in {@code text}: one token of letters, digits, '-' and '_'; null for anything else. */
    static String cleanId(String text) {
        String id = text.strip();
        return id.isEmpty() || !id.matches("[A-Za-z0-9_-]{1,128}") ? null : id;
    }
}
