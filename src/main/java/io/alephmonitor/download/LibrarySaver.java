package io.alephmonitor.download;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;

/**
 * Saves a succeeded task's result into a library folder: the video under a name made from the
 * prompt and short task ID, and its thumbnail beside it as {@code …-thumb.png}; several results
 * (image kinds) as {@code …-1.png}, {@code …-2.png}…. This is the
 * auto-save step the tracker runs for every succeeded task not saved yet.
 */
public final class LibrarySaver {

    private final Downloader downloader;

    public LibrarySaver(Downloader downloader) {
        this.downloader = downloader;
    }

    /**
     * Starts saving the task's video (or its image, for image-only results) and thumbnail into
     * {@code folder}. The job's progress is the video's; it completes with the saved video's path,
     * or with a {@link SaveException}. A thumbnail that cannot be saved does not fail the save.
     * A task whose recorded file still exists is not downloaded again; a {@code .part} left by an
     * earlier save of it is resumed; a complete file under its name that a run stopped before
     * recording (same length as the server's) is taken as the save instead of a second copy.
     */
    public SaveJob saveInto(TrackedTask task, Path folder) {
        if (!task.savedPaths().isEmpty() && task.savedPaths().stream().allMatch(Files::isRegularFile)) {
            return SettledSaveJob.alreadySaved(task.savedPaths());
        }
        ResultLinks links;
        try {
            links = ResultLinks.of(task);
        } catch (SaveException refused) {
            return SettledSaveJob.refused(refused);
        }
        String name = FileNames.forTask(task.params().prompt(), task.taskId(), links.mainUrl(), links.defaultExtension());
        if (links.several()) {
            return saveAll(links, name, n -> targetFor(folder, n), folder::resolve);
        }
        SaveJob main = downloader.start(links.main(), targetFor(folder, name), folder.resolve(name));
        if (links.thumbnailUrl() == null) {
            return main;
        }
        return new VideoWithThumbnailJob(main, video -> saveThumbnail(links.thumbnailUrl(), video));
    }

    /**
     * Saves every result under {@code name}'s stem numbered {@code -1}, {@code -2}… (each with its
     * own link's extension), one after the other; {@code target} turns a file name into the path, and
     * {@code earlier} (null: none) into where a run stopped before recording its save may have left it complete.
     */
    SaveJob saveAll(ResultLinks links, String name, java.util.function.Function<String, Path> target,
                    java.util.function.Function<String, Path> earlier) {
        List<Supplier<SaveJob>> saves = new ArrayList<>();
        for (int i = 0; i < links.results().size(); i++) {
            int n = i + 1;
            URI link = links.results().get(i);
            String url = links.resultUrls().get(i);
            String file = FileNames.numbered(name, n, url, links.defaultExtension());
            saves.add(() -> downloader.start(link, target.apply(file), earlier == null ? null : earlier.apply(file)));
        }
        return new SaveAllJob(saves);
    }

    /** {@link #saveInto} for callers that only need the outcome. */
    public CompletableFuture<Path> save(TrackedTask task, Path folder) {
        return saveInto(task, folder).result();
    }

    private SaveJob saveThumbnail(String imageUrl, Path video) {
        Path thumb = targetFor(video.getParent(), FileNames.thumbnailFor(video.getFileName().toString(), imageUrl));
        try {
            return downloader.start(WebAddress.parseFetchable(imageUrl), thumb, video.resolveSibling(
                    FileNames.thumbnailFor(video.getFileName().toString(), imageUrl)));
        } catch (SaveException refused) {
            return SettledSaveJob.refused(refused);
        }
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
