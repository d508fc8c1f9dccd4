package io.alephmonitor.download;

import io.alephmonitor.kie.TaskStatus;
import io.alephmonitor.store.TrackedTask;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Saves a succeeded task's result into a library folder: the video under a name made from the
 * prompt and short task ID, and its thumbnail beside it as {@code …-thumb.png}. This is the
 * auto-save step the tracker runs when a task newly succeeds.
 */
public final class LibrarySaver {

    private static final Logger LOG = LoggerFactory.getLogger(LibrarySaver.class);

    private final Downloader downloader;

    public LibrarySaver(Downloader downloader) {
        this.downloader = downloader;
    }

    /**
     * Saves the task's video (or its image, for image-only results) and thumbnail into
     * {@code folder}. Completes with the saved video's path, or with a {@link SaveException}.
     * A thumbnail that cannot be saved does not fail the save. A task whose recorded file still
     * exists is not downloaded again; a {@code .part} left by an earlier save of it is resumed.
     */
    public CompletableFuture<Path> save(TrackedTask task, Path folder) {
        if (task.savedPath() != null && Files.isRegularFile(task.savedPath())) {
            return CompletableFuture.completedFuture(task.savedPath());
        }
        if (!(task.status() instanceof TaskStatus.Succeeded result)) {
            return CompletableFuture.failedFuture(new SaveException(
                    "Only finished tasks can be saved. Wait until this task has succeeded."));
        }
        String mainUrl = result.videoUrl() != null ? result.videoUrl() : result.imageUrl();
        if (mainUrl == null) {
            return CompletableFuture.failedFuture(new SaveException(
                    "kie.ai reported no result link for this task. Check the task again, then save."));
        }
        URI mainLink;
        try {
            mainLink = WebAddress.parseFetchable(mainUrl);
        } catch (SaveException refused) {
            return CompletableFuture.failedFuture(refused);
        }
        String defaultExtension = result.videoUrl() != null ? "mp4" : "png";
        String name = FileNames.forTask(task.params().prompt(), task.taskId(), mainUrl, defaultExtension);
        Path target = targetFor(folder, name);
        SaveJob video = downloader.start(mainLink, target);
        if (result.videoUrl() == null || result.imageUrl() == null) {
            return video.result();
        }
        return video.result().thenCompose(saved -> saveThumbnail(result.imageUrl(), saved));
    }

    private CompletableFuture<Path> saveThumbnail(String imageUrl, Path video) {
        Path thumb = targetFor(video.getParent(), FileNames.thumbnailFor(video.getFileName().toString(), imageUrl));
        CompletableFuture<Path> thumbnail;
        try {
            thumbnail = downloader.start(WebAddress.parseFetchable(imageUrl), thumb).result();
        } catch (SaveException refused) {
            thumbnail = CompletableFuture.failedFuture(refused);
        }
        return thumbnail.handle((saved, error) -> {
            if (error != null) {
                LOG.warn("Thumbnail of {} not saved: {}", video.getFileName(), error.getMessage());
            }
            return video;
        });
    }

    // The name carries the task ID, so a .part under exactly that name is this task's interrupted save.
    private static Path targetFor(Path folder, String name) {
        Path preferred = folder.resolve(name);
        if (!Files.exists(preferred) && Files.exists(FileNames.partFileOf(preferred))) {
            return preferred;
        }
        return FileNames.uniqueTarget(folder, name);
    }
}
