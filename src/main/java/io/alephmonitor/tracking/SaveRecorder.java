package io.alephmonitor.tracking;

import io.alephmonitor.model.TrackedTask;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Starts the saves of finished tasks, the user's and auto-save's, and records on the task where
 * each ended up (or why it failed) once it completes; a cancelled save records nothing.
 */
final class SaveRecorder {

    private final PollEngine engine;
    private final ResultSaver saver;
    private final BiConsumer<CompletableFuture<Void>, String> published;

    /**
     * @param saver     null when this version cannot save (every save is refused with the reason)
     * @param published publishes the task with this ID once this store write is done
     */
    SaveRecorder(PollEngine engine, ResultSaver saver, BiConsumer<CompletableFuture<Void>, String> published) {
        this.engine = engine;
        this.saver = saver;
        this.published = published;
    }

    boolean canSave() {
        return saver != null;
    }

    /** The user's save of a task's result to exactly this file; refused up front when there is nothing to save. */
    SaveJob saveTo(String taskId, Path target) {
        TrackedTask task = engine.task(taskId);
        if (task == null) {
            return new FailedSaveJob("This task is no longer in the list.");
        }
        if (ResultsToSave.of(task).isEmpty()) {
            return new FailedSaveJob("This task has no finished result to save yet.");
        }
        if (saver == null) {
            return new FailedSaveJob("Saving videos is not available in this version.");
        }
        return recorded(taskId, saver.saveTo(task, target), "Saving failed: ");
    }

    /** Auto-save's save of a task into the library folder (only called when {@link #canSave()}). */
    SaveJob saveInto(TrackedTask task, Path folder) {
        return recorded(task.taskId(), saver.saveInto(task, folder), "Auto-save failed: ");
    }

    /** The job, completing only once its outcome is recorded on the task (so whoever waits sees the task saved). */
    private SaveJob recorded(String taskId, SaveJob job, String failurePrefix) {
        CompletableFuture<List<Path>> recorded = new CompletableFuture<>();
        job.savedFiles().whenComplete((paths, failure) -> {
            Throwable cause = SaveFailures.unwrap(failure);
            try {
                CompletableFuture<Void> written = paths != null
                        ? engine.update(taskId, t -> t.withSavedPaths(paths).withLastError(null))
                        : cause != null && !(cause instanceof CancellationException)
                        ? engine.update(taskId, t -> t.withLastError(failurePrefix + SaveFailures.reason(cause)))
                        : null;
                if (written != null) {
                    published.accept(written, taskId);
                }
            } finally {
                if (cause != null) {
                    recorded.completeExceptionally(cause);
                } else {
                    recorded.complete(paths);
                }
            }
        });
        return new RecordedSaveJob(job, recorded);
    }

    /** A save whose outcome is complete once it is recorded on the task. */
    private record RecordedSaveJob(SaveJob job, CompletableFuture<List<Path>> savedFiles) implements SaveJob {
        @Override
        public long bytesDone() {
            return job.bytesDone();
        }

        @Override
        public long bytesTotal() {
            return job.bytesTotal();
        }

        @Override
        public void cancel() {
            job.cancel();
        }

        @Override
        public CompletableFuture<Path> result() {
            return SaveJob.firstOf(savedFiles);
        }
    }
}
