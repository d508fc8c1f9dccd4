package io.alephmonitor.ui.detail;

import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveJob;
import io.alephmonitor.ui.preview.LinkRenewer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * What the detail pane asks the rest of the app to do: everything that touches files, the network
 * or the desktop. The pane itself does no I/O; the app wires this to the tracker and host services.
 * Methods are called on the FX thread and must return quickly.
 */
public interface DetailActions {

    /** The file name offered in the save dialog, e.g. "aleph-2025-11-28-eagle-ee603959.mp4". */
    String suggestedFileName(TrackedTask task);

    /** The folder the save dialog opens in; null lets the platform choose. */
    Path suggestedFolder(TrackedTask task);

    /** Starts saving the task's video to {@code target}; progress and outcome are read from the job. */
    SaveJob saveVideo(String taskId, Path target);

    /** Whether a saved file still exists; checked off the FX thread. */
    CompletableFuture<Boolean> fileExists(Path file);

    /** Shows the saved file in the platform's file manager. */
    void openFolder(Path file);

    /** Opens a (checked, http/https) link in the default browser. */
    void openInBrowser(String url);

    /**
     * Where previews get a fresh temporary link for a result link that stopped working (off the FX
     * thread); null when none can be had, e.g. in tests.
     */
    default LinkRenewer linkRenewer() {
        return null;
    }

    /** Asks kie.ai afresh about a task it said it does not know (Not found, Invalid ID): back to Pending, checked now. */
    default void checkAgain(String taskId) {
    }

    /** Changes the task's marks (star, tags, note) through the tracker; stored and published like any change. */
    default void mark(String taskId, UnaryOperator<TaskMarks> change) {
    }

    /** Regenerate / Use as template: opens New task filled from the task's recorded parameters. */
    default void remake(TrackedTask task) {
    }

    /** Every tracked task (the tracker's in-memory list, no I/O): the family section finds parents and children in it. */
    default java.util.List<TrackedTask> trackedTasks() {
        return java.util.List.of();
    }

    /**
     * Starts a documented follow-up of the task (the UI has asked about its cost first); the future completes on the
     * FX thread with a sentence saying how it went. This default starts nothing.
     */
    default CompletableFuture<String> startFollowUp(io.alephmonitor.model.FollowUp which, TrackedTask parent, String prompt) {
        return CompletableFuture.completedFuture("Follow-ups are not available here.");
    }

    /** Whether this follow-up of the task is under way (Get 1080P / Get 4K asked again until ready). */
    default boolean followUpRunning(String taskId, io.alephmonitor.model.FollowUp which) {
        return false;
    }

    /** Puts text on the clipboard. */
    default void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
