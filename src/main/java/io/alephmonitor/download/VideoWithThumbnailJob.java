package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveFailures;
import io.alephmonitor.tracking.SaveJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A video save followed by its thumbnail's, seen as one job: progress is the video's, the result
 * is the saved video. A thumbnail that cannot be saved is logged and does not fail the job.
 */
final class VideoWithThumbnailJob implements SaveJob {

    private static final Logger LOG = LoggerFactory.getLogger(VideoWithThumbnailJob.class);

    private final SaveJob video;
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private volatile SaveJob thumbnail;
    private volatile boolean cancelled;

    /** @param thumbnailBeside starts the thumbnail's save once the video is saved at the given path */
    VideoWithThumbnailJob(SaveJob video, Function<Path, SaveJob> thumbnailBeside) {
        this.video = video;
        video.result().whenComplete((saved, failure) -> {
            if (failure != null) {
                // unwrapped, so a cancelled video leaves this job cancelled too
                result.completeExceptionally(SaveFailures.unwrap(failure));
                return;
            }
            SaveJob thumb = thumbnailBeside.apply(saved);
            thumbnail = thumb;
            if (cancelled) {
                thumb.cancel();
            }
            thumb.result().whenComplete((ignored, error) -> {
                if (error != null) {
                    LOG.warn("Thumbnail of {} not saved: {}", saved.getFileName(), error.getMessage());
                }
                result.complete(saved);
            });
        });
    }

    @Override
    public long bytesDone() {
        return video.bytesDone();
    }

    @Override
    public long bytesTotal() {
        return video.bytesTotal();
    }

    @Override
    public void cancel() {
        cancelled = true;
        video.cancel();
        Optional.ofNullable(thumbnail).ifPresent(SaveJob::cancel);
    }

    @Override
    public CompletableFuture<Path> result() {
        return result;
    }
}
