package io.alephmonitor.download;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Saves a task's results into a library folder, each by its type, under the names
 * {@link ResultSaves} gives them (the prompt's words and the short task ID): a video with its
 * thumbnail beside it as {@code …-thumb.png}, an image, an audio file with its track's cover as
 * {@code …-cover.jpg}, a text as {@code .txt} or {@code .json}. This is the auto-save step the
 * tracker runs for every task with results not saved yet, a partly ready one among them.
 *
 * <p>A result counts as saved already when one of the task's saved files has its name (or the
 * {@code name (2).ext} a clash gave it) and is on disk; failing that, when the saved file at its
 * position in {@link TrackedTask#savedPaths()} (result order) is on disk and named for no other
 * result. Only the others are fetched, so a track saved while the task was partly ready is never
 * fetched again once the task has succeeded with more.
 */
public final class LibrarySaver {

    private static final Pattern CLASH_NUMBER = Pattern.compile(" \\(\\d+\\)(?=\\.[^.]*$|$)");

    private final ItemSaver items;

    public LibrarySaver(Downloader downloader) {
        this(downloader, new LinkProbe(downloader));
    }

    /** Asks untyped links through {@code probe} (shared with the tracker, so each link is asked once). */
    public LibrarySaver(Downloader downloader, LinkProbe probe) {
        this.items = new ItemSaver(downloader, probe);
    }

    /**
     * Starts saving the task's results not saved yet (and thumbnails, covers) into {@code folder}.
     * The job completes with every result's file in result order, or with a {@link SaveException}.
     * A thumbnail or cover that cannot be saved does not fail the save. A {@code .part} left by an
     * earlier save of it is resumed; a complete file under its name that a run stopped before
     * recording (same length as the server's) is taken as the save instead of a second copy.
     */
    public SaveJob saveInto(TrackedTask task, Path folder) {
        List<ResultSaves.Item> results;
        try {
            results = ResultSaves.of(task);
        } catch (SaveException refused) {
            return allOnDisk(task.savedPaths()) ? SettledSaveJob.alreadySaved(task.savedPaths())
                    : SettledSaveJob.refused(refused);
        }
        String stem = FileNames.stemFor(task.params().prompt(), task.taskId());
        boolean expired = ResultSaves.linksExpired(task);
        List<Supplier<SaveJob>> saves = new ArrayList<>();
        boolean anyToFetch = false;
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ResultSaves.Item item = results.get(i);
            Path done = savedAlready(item, i, stem, results, task.savedPaths());
            if (done != null) {
                kept.add(done);
                saves.add(() -> SettledSaveJob.alreadySaved(List.of(done)));
            } else {
                anyToFetch = true;
                saves.add(() -> items.save(item, stem, n -> targetFor(folder, n), folder::resolve, true, expired));
            }
        }
        return anyToFetch ? new SaveAllJob(saves) : SettledSaveJob.alreadySaved(kept);
    }

    /**
     * The name a save of the task's (first) result to a file of the user's choosing starts from:
     * the library's name for it, with the extension its type gets (an untyped link's default: its
     * answer is not asked for a suggestion).
     */
    public static String suggestedName(TrackedTask task) {
        String stem = FileNames.stemFor(task.params().prompt(), task.taskId());
        try {
            ResultSaves.Item first = ResultSaves.of(task).getFirst();
            return FileNames.named(stem, "", first.type() == null ? ItemSaver.UNKNOWN_EXTENSION
                    : first.extension(first.type(), null));
        } catch (SaveException nothingToSave) {
            return FileNames.named(stem, "", "mp4");
        }
    }

    /** {@link #saveInto} for callers that only need the outcome. */
    public CompletableFuture<Path> save(TrackedTask task, Path folder) {
        return saveInto(task, folder).result();
    }

    /** Every result of the task, one after the other, under {@code stem} numbered as {@link ResultSaves} says. */
    SaveJob saveAll(List<ResultSaves.Item> results, String stem, Path folder, boolean expired) {
        List<Supplier<SaveJob>> saves = new ArrayList<>();
        for (ResultSaves.Item item : results) {
            saves.add(() -> items.save(item, stem, n -> FileNames.uniqueTarget(folder, n), null, false, expired));
        }
        return new SaveAllJob(saves);
    }

    /** One result into exactly {@code file}. */
    SaveJob saveExactly(ResultSaves.Item item, Path file, boolean expired) {
        return items.save(item, FileNames.stemOf(file.getFileName().toString()), n -> file, null, false, expired);
    }

    private static Path savedAlready(ResultSaves.Item item, int index, String stem, List<ResultSaves.Item> results,
                                     List<Path> saved) {
        String name = item.name(stem);
        for (Path path : saved) {
            if (name != null && sameName(path, name) && Files.isRegularFile(path)) {
                return path;
            }
        }
        if (index >= saved.size() || !Files.isRegularFile(saved.get(index))) {
            return null;
        }
        Path atPosition = saved.get(index);
        for (ResultSaves.Item other : results) {
            String otherName = other.name(stem);
            if (other != item && otherName != null && sameName(atPosition, otherName)) {
                return null;
            }
        }
        return atPosition;
    }

    private static boolean sameName(Path saved, String name) {
        return CLASH_NUMBER.matcher(saved.getFileName().toString()).replaceFirst("").equals(name);
    }

    private static boolean allOnDisk(List<Path> saved) {
        return !saved.isEmpty() && saved.stream().allMatch(Files::isRegularFile);
    }

    // The name carries the task ID, so a .part under exactly that name is this task's interrupted save.
    static Path targetFor(Path folder, String name) {
        Path preferred = folder.resolve(name);
        if (!Files.exists(preferred) && Files.exists(FileNames.partFileOf(preferred))) {
            return preferred;
        }
        return FileNames.uniqueTarget(folder, name);
    }
}
