package io.alephmonitor.download;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TrackedTask;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the tasks that saved files carry (issue 15, "files bring their tasks back"): given files and folders
 * (folders walked to any depth, no symbolic link followed, {@code .part} downloads and hidden or temporary
 * files skipped), a sidecar gives its whole task and the media file beside it is a saved path of it; a media
 * file without a readable sidecar gives the ID and prompt it carries inside ({@link EmbeddedTasks}); a file
 * with both counts once. Files that carry no task are reported, never guessed; sidecars that cannot be read
 * come back with the reason in words. Runs on the caller's (background) thread; never throws.
 */
public final class LibraryScan {

    private final Set<String> knownKinds;
    private final Instant now;

    /** A scan that adds tasks of these kinds as they are (others are detected) at {@code now}. */
    public LibraryScan(Set<String> knownKinds, Instant now) {
        this.knownKinds = Set.copyOf(knownKinds);
        this.now = now;
    }

    /** Scans the given files and folders. */
    public LibraryScanResult scan(Collection<Path> given) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Path path : given) {
            collect(path.toAbsolutePath().normalize(), files, problems);
        }
        Set<Path> sidecars = new LinkedHashSet<>();
        Set<Path> media = new LinkedHashSet<>();
        for (Path file : files) {
            if (file.getFileName().toString().endsWith(Sidecars.SUFFIX)) {
                sidecars.add(file);
                Path beside = mediaOf(file);
                if (Files.isRegularFile(beside, LinkOption.NOFOLLOW_LINKS)) {
                    media.add(beside); // the file beside a dropped sidecar is a saved path too
                }
            } else {
                media.add(file);
                Path sidecar = Sidecars.of(file);
                if (Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
                    sidecars.add(sidecar); // a dropped file's sidecar tells everything
                }
            }
        }
        Map<String, TrackedTask> tasks = new LinkedHashMap<>();
        Set<Path> explained = new LinkedHashSet<>();
        for (Path sidecar : sidecars) {
            switch (SidecarTasks.read(sidecar, knownKinds, now)) {
                case SidecarTasks.Task(TrackedTask task) -> {
                    Path beside = mediaOf(sidecar);
                    boolean saved = media.contains(beside);
                    merge(tasks, task, saved ? beside : null);
                    if (saved) {
                        explained.add(beside);
                    }
                }
                case SidecarTasks.Problem(Path at, String reason) ->
                        problems.add("“" + at.getFileName() + "” could not be read: " + reason);
            }
        }
        List<Path> carryNothing = new ArrayList<>();
        for (Path file : media) {
            if (explained.contains(file)) {
                continue;
            }
            Optional<EmbeddedTasks.EmbeddedTask> embedded = EmbeddedTasks.read(file);
            if (embedded.isEmpty()) {
                carryNothing.add(file);
                continue;
            }
            String id = embedded.get().taskId();
            TrackedTask known = TrackedTask.added(id, KindIds.AUTO, now);
            if (embedded.get().prompt() != null) {
                known = new TrackedTask(id, known.kind(), now, known.status(),
                        new TaskParams(embedded.get().prompt(), null, null, null, null, null, null), null, null, null,
                        null, now, null, null);
            }
            merge(tasks, known, file);
        }
        return new LibraryScanResult(List.copyOf(tasks.values()), files.size(), carryNothing, problems);
    }

    // a task found twice (several results, or a sidecar and tags) is one task with every saved path
    private static void merge(Map<String, TrackedTask> tasks, TrackedTask found, Path saved) {
        TrackedTask before = tasks.get(found.taskId());
        TrackedTask task = before != null ? before : found;
        if (saved != null && !task.savedPaths().contains(saved)) {
            List<Path> paths = new ArrayList<>(task.savedPaths());
            paths.add(saved);
            paths.sort(null);
            task = task.withSavedPaths(paths);
        }
        tasks.put(found.taskId(), task);
    }

    private static Path mediaOf(Path sidecar) {
        String name = sidecar.getFileName().toString();
        return sidecar.resolveSibling(name.substring(0, name.length() - Sidecars.SUFFIX.length()));
    }

    private static void collect(Path path, Set<Path> files, List<String> problems) {
        if (Files.isSymbolicLink(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.add("“" + path + "” was not found");
            return;
        }
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            if (!skipped(path)) {
                files.add(path);
            }
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !skipped(file)) { // links are neither files nor followed
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add("“" + file.getFileName() + "” could not be read ("
                            + DiskWrites.problem(e, file).getMessage() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add("“" + path + "” could not be read (" + DiskWrites.problem(e, path).getMessage() + ")");
        }
    }

    // an unfinished download, a file being tagged or written, or one the system hides
    private static boolean skipped(Path file) {
        String name = file.getFileName().toString();
        return hidden(file) || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".tagging")
                || name.endsWith("~");
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}
