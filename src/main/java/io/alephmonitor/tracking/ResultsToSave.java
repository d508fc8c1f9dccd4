package io.alephmonitor.tracking;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TrackedTask;

import java.util.List;

/**
 * Which of a task's results a save writes, the one rule the saver and auto-save share: a
 * succeeded task's results, a running task's partial ones (Suno's first track), else none; a
 * result with neither a link nor inline text (kie.ai left it empty) is none of them.
 * {@link TrackedTask#savedPaths()} holds one file per such result, in this order.
 */
public final class ResultsToSave {

    private ResultsToSave() {
    }

    public static List<ResultFile> of(TrackedTask task) {
        List<ResultFile> results = task.status() == null ? List.of() : task.status().readyResults();
        return results.stream().filter(r -> r.url() == null ? r instanceof ResultFile.Text : !r.url().isBlank()).toList();
    }

    /** True when the task has more results to save than files saved: some are not saved yet. */
    public static boolean anyUnsaved(TrackedTask task) {
        return task != null && task.savedPaths().size() < of(task).size();
    }
}
