package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveFailures;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A save that must first do something slow before it knows what to fetch (ask an untyped link
 * what it holds, write inline text): that step runs on {@code executor}, never on the caller's
 * thread, and the job then follows the save it started.
 */
final class DeferredSaveJob implements SaveJob {

    /** The slow first step: returns the save to follow (a settled one when it did the work itself). */
    @FunctionalInterface
    interface Step {
        SaveJob run() throws SaveException;
    }

    private final CompletableFuture<List<Path>> files = new CompletableFuture<>();
    private volatile SaveJob started;
    private volatile boolean cancelled;

    DeferredSaveJob(Executor executor, Step step) {
        executor.execute(() -> {
            SaveJob job;
            try {
                if (cancelled) {
                    throw new CancellationException("The save was cancelled.");
                }
                job = step.run();
            } catch (SaveException | CancellationException refused) {
                files.completeExceptionally(refused);
                return;
            } catch (RuntimeException e) {
                files.completeExceptionally(new SaveException(
                        "The save stopped unexpectedly (" + e.getMessage() + "). Try again.", e));
                return;
            }
            started = job;
            if (cancelled) {
                job.cancel();
            }
            job.savedFiles().whenComplete((paths, failure) -> {
                if (failure != null) {
                    files.completeExceptionally(SaveFailures.unwrap(failure));
                } else {
                    files.complete(paths);
                }
            });
        });
    }

    @Override
    public long bytesDone() {
        SaveJob job = started;
        return job == null ? 0 : job.bytesDone();
    }

    @Override
    public long bytesTotal() {
        SaveJob job = started;
        return job == null ? -1 : job.bytesTotal();
    }

    @Override
    public void cancel() {
        cancelled = true;
        Optional.ofNullable(started).ifPresent(SaveJob::cancel);
    }

    @Override
    public CompletableFuture<Path> result() {
        return SaveJob.firstOf(files);
    }

    @Override
    public CompletableFuture<List<Path>> savedFiles() {
        return files;
    }
}
