package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A save that needed no transfer: refused up front, or already on disk. */
record SettledSaveJob(CompletableFuture<List<Path>> savedFiles, long bytesDone, long bytesTotal) implements SaveJob {

    static SettledSaveJob refused(SaveException why) {
        return new SettledSaveJob(CompletableFuture.failedFuture(why), 0, -1);
    }

    /** Every one of these files is on disk already. */
    static SettledSaveJob alreadySaved(List<Path> files) {
        long size = files.stream().mapToLong(DiskWrites::sizeOf).sum();
        return new SettledSaveJob(CompletableFuture.completedFuture(List.copyOf(files)), size, size);
    }

    @Override
    public CompletableFuture<Path> result() {
        return SaveJob.firstOf(savedFiles);
    }

    @Override
    public void cancel() {
        // Nothing is running.
    }
}
