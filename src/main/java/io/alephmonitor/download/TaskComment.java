package io.alephmonitor.download;

import java.util.Optional;

/**
 * The comment a save writes into a file's own metadata (an MP3's COMM, an MP4's ©cmt, a PNG's
 * Comment, a JPEG's COM): the prompt, then a last line {@code kie.ai task ID: <id>}. Read back, it
 * gives the task's ID and prompt to a library rebuilt from its files.
 *
 * @param prompt null when the task had none
 */
record TaskComment(String taskId, String prompt) {

    static final String ID_LINE = "kie.ai task ID: ";

    /** The comment text for a task. */
    static String text(String prompt, String taskId) {
        return (prompt == null || prompt.isBlank() ? "" : prompt + "\n") + ID_LINE + taskId;
    }

    /** The task in a comment this app wrote; empty for any other text. */
    static Optional<TaskComment> parse(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        String text = comment.strip();
        int at = text.lastIndexOf(ID_LINE);
        if (at < 0 || (at > 0 && text.charAt(at - 1) != '\n')) {
            return Optional.empty();
        }
        String id = text.substring(at + ID_LINE.length()).strip();
        if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String prompt = at == 0 ? null : text.substring(0, at).strip();
        return Optional.of(new TaskComment(id, prompt == null || prompt.isEmpty() ? null : prompt));
    }
}
