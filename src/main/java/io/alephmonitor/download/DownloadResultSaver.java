package io.alephmonitor.download;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.ResultSaver;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Path;

/** The tracker's {@link ResultSaver}: manual saves to a chosen file, auto-saves into the library folder. */
public final class DownloadResultSaver implements ResultSaver {

    private final Downloader downloader;
    private final LibrarySaver library;

    /** Saves through this downloader (its owner closes it). */
    public DownloadResultSaver(Downloader downloader) {
        this.downloader = downloader;
        this.library = new LibrarySaver(downloader);
    }

    /**
     * The task's video (or image, for image-only results) into exactly {@code targetFile}; no
     * thumbnail. Several results go beside it, numbered: {@code name-1.png}, {@code name-2.png}…
     */
    @Override
    public SaveJob saveTo(TrackedTask task, Path targetFile) {
        try {
            ResultLinks links = ResultLinks.of(task);
            if (links.several()) {
                Path folder = targetFile.toAbsolutePath().getParent();
                return library.saveAll(links, targetFile.getFileName().toString(),
                        name -> FileNames.uniqueTarget(folder, name), null);
            }
            return downloader.start(links.main(), targetFile);
        } catch (SaveException refused) {
            return SettledSaveJob.refused(refused);
        }
    }

    /** The video and its thumbnail into {@code folder} under names of their own; see {@link LibrarySaver#saveInto}. */
    @Override
    public SaveJob saveInto(TrackedTask task, Path folder) {
        return library.saveInto(task, folder);
    }
}
