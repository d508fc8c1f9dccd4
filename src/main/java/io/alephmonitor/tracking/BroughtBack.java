package io.alephmonitor.tracking;

import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TrackedTask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tracked task meeting the same task found again in saved files ({@link TaskTracker#bringBack}): it keeps
 * its status, schedule and everything it has, and gains what it lacks — the found tags and star, a note and a
 * label when it has none, parameters when it knows none, and the saved files not in its list yet.
 */
final class BroughtBack {

    private BroughtBack() {
    }

    static TrackedTask gain(TrackedTask tracked, TrackedTask found) {
        if (found == null) {
            return tracked;
        }
        TaskMarks marks = tracked.marks();
        for (String tag : found.tags()) {
            marks = marks.withTag(tag);
        }
        if (found.starred()) {
            marks = marks.withStarred(true);
        }
        if (marks.note() == null && found.marks().note() != null) {
            marks = marks.withNote(found.marks().note());
        }
        TrackedTask task = tracked.withMarks(marks);
        if (task.label() == null && found.label() != null) {
            task = task.withLabel(found.label());
        }
        if (knowsNothing(task.params()) && !knowsNothing(found.params())) {
            task = new TrackedTask(task.taskId(), task.kind(), task.addedAt(), task.status(), found.params(),
                    task.createdAt(), task.completedAt(), task.lastError(), task.lastPolledAt(), task.nextPollAt(),
                    task.savedPath(), task.label(), task.savedPaths(), task.savedFile(), task.marks(), task.origin());
        }
        List<Path> paths = new ArrayList<>(task.savedPaths());
        found.savedPaths().stream().filter(p -> !paths.contains(p)).forEach(paths::add);
        return paths.size() == task.savedPaths().size() ? task : task.withSavedPaths(paths);
    }

    private static boolean knowsNothing(TaskParams params) {
        return params == null || params.prompt() == null && params.raw() == null;
    }
}
