package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveFailures;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The saves of a task's several results, one after the other, seen as one job: progress adds up
 * the saves started so far, the result is the first file and {@link #savedFiles()} all of them.
 * The first failure ends the job (files already saved stay); cancelling stops the running save.
 */
final class SaveAllJob implements SaveJob {

    private final List<Supplier<SaveJob>> pending;
    private final List<SaveJob> started = new ArrayList<>();
    private final List<Path> saved = new ArrayList<>();
    private final CompletableFuture<List<Path>> all = new CompletableFuture<>();
    private final CompletableFuture<Path> first = SaveJob.firstOf(all);
    private volatile boolean cancelled;

    /** @param saves starts each result's save, in order; called only once the previous one succeeded */
    SaveAllJob(List<Supplier<SaveJob>> saves) {
        this.pending = new ArrayList<>(saves);
        startNext();
    }

    private void startNext() {
        SaveJob job;
        synchronized (this) {
            if (pending.isEmpty()) {
                all.complete(List.copyOf(saved));
                return;
            }
            if (cancelled) {
                all.completeExceptionally(new CancellationException("The save was cancelled."));
                return;
            }
            job = pending.removeFirst().get();
            started.add(job);
        }
        job.result().whenComplete((path, failure) -> {
            if (failure != null) {
                all.completeExceptionally(SaveFailures.unwrap(failure));
                return;
            }
            synchronized (this) {
                saved.add(path);
            }
            startNext();
        });
    }

    @Override
    public synchronized long bytesDone() {
        return started.stream().mapToLong(SaveJob::bytesDone).sum();
    }

    /** Known once the last save has started and every total is known; -1 before. */
    @Override
    public synchronized long bytesTotal() {
        if (!pending.isEmpty() || started.stream().anyMatch(j -> j.bytesTotal() < 0)) {
            return -1;
        }
        return started.stream().mapToLong(SaveJob::bytesTotal).sum();
    }

    @Override
    public void cancel() {
        SaveJob running;
        synchronized (this) {
            cancelled = true;
            running = started.isEmpty() ? null : started.getLast();
        }
        Optional.ofNullable(running).ifPresent(SaveJob::cancel);
    }

    @Override
    public CompletableFuture<Path> result() {
        return first;
    }

    @Override
    public CompletableFuture<List<Path>> savedFiles() {
        return all;
    }
}
