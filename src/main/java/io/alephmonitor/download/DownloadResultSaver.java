package io.alephmonitor.download;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.ResultSaver;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The tracker's {@link ResultSaver}: manual saves to a chosen file, auto-saves into the library
 * folder (named by the {@link LibraryOptions}' template). Every newly saved file gets the task's
 * prompt written into it where the format has room, and a sidecar beside it when that is on.
 */
public final class DownloadResultSaver implements ResultSaver {

    private final Downloader downloader;
    private final LibrarySaver library;
    private final Supplier<LibraryOptions> options;
    private final Clock clock;

    /** Saves through this downloader (its owner closes it). */
    public DownloadResultSaver(Downloader downloader) {
        this(downloader, new LinkProbe(downloader));
    }

    /** Saves through this downloader, asking untyped links through {@code probe}. */
    public DownloadResultSaver(Downloader downloader, LinkProbe probe) {
        this(downloader, probe, LibraryOptions::defaults, Clock.systemUTC());
    }

    /** Saves as {@code options} say at the time of each save; sidecars tell the save's time by {@code clock}. */
    public DownloadResultSaver(Downloader downloader, LinkProbe probe, Supplier<LibraryOptions> options, Clock clock) {
        this.downloader = downloader;
        this.library = new LibrarySaver(downloader, probe, options);
        this.options = options;
        this.clock = clock;
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
                return withExtras(task, library.saveAll(results, FileNames.stemOf(targetFile.getFileName().toString()),
                        folder, expired));
            }
            return withExtras(task, library.saveExactly(results.getFirst(), targetFile, expired));
        } catch (SaveException refused) {
            return SettledSaveJob.refused(refused);
        }
    }

    /** Every result not saved yet into {@code folder} under names of their own; see {@link LibrarySaver#saveInto}. */
    @Override
    public SaveJob saveInto(TrackedTask task, Path folder) {
        return withExtras(task, library.saveInto(task, folder));
    }

    private SaveJob withExtras(TrackedTask task, SaveJob save) {
        return new FileExtrasJob(save, task, options.get(), downloader.executor(), clock);
    }
}
