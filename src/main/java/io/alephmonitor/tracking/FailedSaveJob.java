package io.alephmonitor.tracking;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** A save refused before it started (nothing to save, no saver), with the reason for the user. */
record FailedSaveJob(CompletableFuture<Path> result) implements SaveJob {

    FailedSaveJob(String userMessage) {
        this(CompletableFuture.failedFuture(new SaveException(userMessage)));
    }

    @Override
    public long bytesDone() {
        return 0;
    }

    @Override
    public long bytesTotal() {
        return -1;
    }

    @Override
    public void cancel() {
        // Nothing is running.
    }
}
