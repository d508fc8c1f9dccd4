package io.alephmonitor.tracking;

import io.alephmonitor.model.SavedFileState;
import io.alephmonitor.model.TrackedTask;

import java.nio.file.Files;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Looks on disk for the files tasks were saved to: a task whose file is gone is marked (it is not
 * fetched again behind the user's back), one whose file came back is unmarked. Runs off the FX thread.
 */
final class SavedFileChecker {

    private final PollEngine engine;
    private final BiConsumer<CompletableFuture<Void>, String> published;

    SavedFileChecker(PollEngine engine, BiConsumer<CompletableFuture<Void>, String> published) {
        this.engine = engine;
        this.published = published;
    }

    void check(Collection<TrackedTask> tasks) {
        for (TrackedTask task : tasks) {
            if (task.savedPath() == null) {
                continue;
            }
            boolean missing = !Files.isRegularFile(task.savedPath());
            if (missing != task.savedFileMissing()) {
                String error = missing ? TrackingService.SAVED_FILE_MISSING + task.savedPath()
                        + ". Put it back, or save the video again before its link expires." : null;
                SavedFileState state = missing ? SavedFileState.MISSING : SavedFileState.PRESENT;
                CompletableFuture<Void> written = engine.update(task.taskId(),
                        t -> t.withSavedFile(state).withLastError(error));
                if (written != null) {
                    published.accept(written, task.taskId());
                }
            }
        }
    }
}
