package io.alephmonitor.download;

import io.alephmonitor.model.TrackedTask;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link LibraryScan} found.
 *
 * @param tasks        every task found once, its saved paths the media files that carry it
 * @param filesLooked  how many files were looked at (sidecars and media files)
 * @param carryNothing media files with neither a readable sidecar nor a task inside
 * @param problems     sidecars and paths that could not be read, each a sentence saying why
 */
public record LibraryScanResult(List<TrackedTask> tasks, int filesLooked, List<Path> carryNothing,
                                List<String> problems) {

    private static final int NAMES_SHOWN = 5;

    public LibraryScanResult {
        tasks = List.copyOf(tasks);
        carryNothing = List.copyOf(carryNothing);
        problems = List.copyOf(problems);
    }

    /**
     * The outcome in one line, e.g. "Brought back 12 tasks from 14 files · 2 files carry no task (a.mp4,
     * b.png)", given how many of the tasks were new and how many were tracked already.
     */
    public String summary(int added, int alreadyTracked) {
        StringBuilder sb = new StringBuilder();
        if (tasks.isEmpty()) {
            sb.append(filesLooked == 0 ? "No saved files found there"
                    : "No task found in " + count(filesLooked, "file", "files"));
        } else {
            sb.append("Brought back ").append(count(added, "task", "tasks")).append(" from ")
                    .append(count(filesLooked, "file", "files"));
            if (alreadyTracked > 0) {
                sb.append(" · ").append(alreadyTracked).append(alreadyTracked == 1 ? " was" : " were")
                        .append(" tracked already (kept, with any new tags and saved files)");
            }
        }
        if (!carryNothing.isEmpty()) {
            sb.append(" · ").append(count(carryNothing.size(), "file carries", "files carry")).append(" no task (")
                    .append(names()).append(")");
        }
        for (String problem : problems.subList(0, Math.min(problems.size(), NAMES_SHOWN))) {
            sb.append(" · ").append(problem);
        }
        if (problems.size() > NAMES_SHOWN) {
            sb.append(" · and ").append(problems.size() - NAMES_SHOWN).append(" more that could not be read");
        }
        return sb.toString();
    }

    private String names() {
        List<String> names = carryNothing.stream().limit(NAMES_SHOWN).map(p -> p.getFileName().toString()).toList();
        String more = carryNothing.size() > NAMES_SHOWN ? ", and " + (carryNothing.size() - NAMES_SHOWN) + " more" : "";
        return String.join(", ", names) + more;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
