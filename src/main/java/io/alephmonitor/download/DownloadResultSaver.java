package io.alephmonitor.download;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.ResultSaver;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Path;
import java.util.List;

/** The tracker's {@link ResultSaver}: manual saves to a chosen file, auto-saves into the library folder. */
public final class DownloadResultSaver implements ResultSaver {

    private final LibrarySaver library;

    /** Saves through this downloader (its owner closes it). */
    public DownloadResultSaver(Downloader downloader) {
        this(downloader, new LinkProbe(downloader));
    }

    /** Saves through this downloader, asking untyped links through {@code probe}. */
    public DownloadResultSaver(Downloader downloader, LinkProbe probe) {
        this.library = new LibrarySaver(downloader, probe);
    }

    /**
     * The task's result into exactly {@code targetFile}, by its type; no thumbnail. Several results
     * go beside it under its stem, numbered ({@code name-1.png}, {@code name-2.png}…) or by track.
     */
    @Override
    public SaveJob saveTo(TrackedTask task, Path targetFile) {
        try {
            List<ResultSaves.Item> results = ResultSaves.of(task);
            boolean expired = ResultSaves.linksExpired(task);
            if (results.size() > 1) {
                Path folder = targetFile.toAbsolutePath().getParent();
                return library.saveAll(results, FileNames.stemOf(targetFile.getFileName().toString()), folder, expired);
            }
            return library.saveExactly(results.getFirst(), targetFile, expired);
        } catch (SaveException refused) {
            return SettledSaveJob.refused(refused);
        }
    }

    /** Every result not saved yet into {@code folder} under names of their own; see {@link LibrarySaver#saveInto}. */
    @Override
    public SaveJob saveInto(TrackedTask task, Path folder) {
        return library.saveInto(task, folder);
    }
}
