package io.alephmonitor.tracking;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A running save of one task's result to disk. */
public interface SaveJob {

    /** Bytes written so far and the total (-1 when unknown). Safe to call from any thread. */
    long bytesDone();

    long bytesTotal();

    /** Stops the save; the partial file is kept as NAME.part for a later resume. */
    void cancel();

    /** Completes with the final path, or exceptionally with a {@link SaveException} whose message a user understands. */
    CompletableFuture<Path> result();

    /** Every file the save wrote, in result order (one for a single result); fails like {@link #result()}. */
    default CompletableFuture<List<Path>> savedFiles() {
        return result().thenApply(List::of);
    }

    /**
     * The first of these files, failing exactly as they do: a cancelled save stays cancelled
     * ({@code get()} throws the {@link java.util.concurrent.CancellationException} itself), unlike {@code thenApply}.
     */
    static CompletableFuture<Path> firstOf(CompletableFuture<List<Path>> files) {
        CompletableFuture<Path> first = new CompletableFuture<>();
        files.whenComplete((paths, failure) -> {
            if (failure != null) {
                first.completeExceptionally(SaveFailures.unwrap(failure));
            } else {
                first.complete(paths.getFirst());
            }
        });
        return first;
    }
}
