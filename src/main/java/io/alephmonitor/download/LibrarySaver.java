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
    private final Supplier<LibraryOptions> options;

    public LibrarySaver(Downloader downloader) {
        this(downloader, new LinkProbe(downloader));
    }

    /** Asks untyped links through {@code probe} (shared with the tracker, so each link is asked once). */
    public LibrarySaver(Downloader downloader, LinkProbe probe) {
        this(downloader, probe, LibraryOptions::defaults);
    }

    /** Names files as {@code options} say at the time of each save (the user may change them meanwhile). */
    public LibrarySaver(Downloader downloader, LinkProbe probe, Supplier<LibraryOptions> options) {
        this.items = new ItemSaver(downloader, probe);
        this.options = options;
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
        LibraryOptions chosen = options.get();
        List<Named> named = named(task, results, chosen);
        boolean expired = ResultSaves.linksExpired(task);
        List<Supplier<SaveJob>> saves = new ArrayList<>();
        boolean anyToFetch = false;
        List<Path> kept = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Named one = named.get(i);
            Path done = savedAlready(i, named, task.savedPaths());
            if (done != null) {
                kept.add(done);
                saves.add(() -> SettledSaveJob.alreadySaved(List.of(done)));
            } else {
                anyToFetch = true;
                Path into = one.folderIn(folder);
                saves.add(() -> items.save(one.item(), one.stem(), n -> targetFor(into, n), into::resolve, true,
                        expired));
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
        return suggestedName(task, NameTemplate.DEFAULT);
    }

    /** {@link #suggestedName(TrackedTask)} by the template these options name the task's kind by. */
    public static String suggestedName(TrackedTask task, LibraryOptions options) {
        return suggestedName(task, options.templateFor(task.kind()));
    }

    /** {@link #suggestedName(TrackedTask)} by this template's file name (its folders are left out). */
    public static String suggestedName(TrackedTask task, NameTemplate template) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        try {
            ResultSaves.Item first = ResultSaves.of(task).getFirst();
            // The first result's own fields: a Suno track's {track} is its title.
            String stem = template.render(NameFields.of(task, first.file(), 1), zone).stem();
            return FileNames.named(stem, "", first.type() == null ? ItemSaver.UNKNOWN_EXTENSION
                    : first.extension(first.type(), null));
        } catch (SaveException nothingToSave) {
            return FileNames.named(template.render(NameFields.of(task, null, 1), zone).stem(), "", "mp4");
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

    /** One result with the folders (below the library) and stem the template gives it. */
    private record Named(ResultSaves.Item item, List<String> folders, String stem) {

        Path folderIn(Path library) {
            Path folder = library;
            for (String part : folders) {
                folder = folder.resolve(part);
            }
            return folder;
        }

        /** Its file name when its type is known without asking the link; null for an untyped link. */
        String name() {
            return item.name(stem);
        }
    }

    private static List<Named> named(TrackedTask task, List<ResultSaves.Item> results, LibraryOptions options) {
        List<Named> named = new ArrayList<>();
        NameTemplate template = options.templateFor(task.kind()); // the task's family's, else the general one
        for (int i = 0; i < results.size(); i++) {
            ResultSaves.Item item = results.get(i);
            NameTemplate.Rendered rendered = template.render(NameFields.of(task, item.file(), i + 1), options.zone());
            // A template with {n} numbers the results itself; else they keep the numbering they always had.
            ResultSaves.Item kept = template.numbersResults() ? item.withSuffix("") : item;
            named.add(new Named(kept, rendered.folders(), rendered.stem()));
        }
        return List.copyOf(named);
    }

    private static Path savedAlready(int index, List<Named> results, List<Path> saved) {
        Named item = results.get(index);
        String name = item.name();
        for (Path path : saved) {
            if (name != null && sameName(path, name) && Files.isRegularFile(path)) {
                return path;
            }
        }
        if (index >= saved.size() || !Files.isRegularFile(saved.get(index))) {
            return null;
        }
        Path atPosition = saved.get(index);
        for (Named other : results) {
            String otherName = other.name();
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
