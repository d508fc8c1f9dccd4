package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** A save that needed no transfer: refused up front, or already on disk. */
record SettledSaveJob(CompletableFuture<Path> result, long bytesDone, long bytesTotal) implements SaveJob {

    static SettledSaveJob refused(SaveException why) {
        return new SettledSaveJob(CompletableFuture.failedFuture(why), 0, -1);
    }

    static SettledSaveJob alreadySaved(Path file) {
        long size = DiskWrites.sizeOf(file);
        return new SettledSaveJob(CompletableFuture.completedFuture(file), size, size);
    }

    @Override
    public void cancel() {
        // Nothing is running.
    }
}
