package io.alephmonitor.app.notify;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.TaskText;

import java.time.Instant;
import java.util.List;

/**
 * What one desktop notification says: about one task that finished or failed, or a summary of many
 * that finished together. {@code taskIds} are the tasks it stands for (its "Open" action opens them).
 */
public record FinishNotice(String title, String body, List<String> taskIds, boolean anyFailed) {

    /** Longest prompt line a notification shows. */
    static final int PROMPT_CHARS = 80;

    public FinishNotice {
        taskIds = List.copyOf(taskIds);
    }

    public boolean isSummary() {
        return taskIds.size() > 1;
    }

    /** "“A fox in deep snow”" then "Runway Aleph · finished" or "Runway Aleph · failed: the reason". */
    static FinishNotice of(TrackedTask task, KindNames kinds, Instant now) {
        boolean ok = task.status() instanceof TaskStatus.Succeeded;
        String prompt = TaskText.firstLine(task.params() == null ? null : task.params().prompt());
        String what = prompt.isEmpty() ? "Task " + TaskText.shortId(task.taskId()) : abbreviate(prompt);
        String outcome = ok ? "finished" : "failed: " + TaskText.result(task, now, kinds);
        String title = ok ? "Task finished" : "Task failed";
        return new FinishNotice(title, what + "\n" + kinds.displayName(task) + " · " + outcome,
                List.of(task.taskId()), !ok);
    }

    /** "12 tasks finished, 1 failed" over the tasks that finished together. */
    static FinishNotice summary(List<TrackedTask> tasks) {
        long failed = tasks.stream().filter(t -> !(t.status() instanceof TaskStatus.Succeeded)).count();
        long ok = tasks.size() - failed;
        String title = failed == 0 ? ok + " tasks finished"
                : ok == 0 ? failed + " tasks failed"
                : ok + (ok == 1 ? " task" : " tasks") + " finished, " + failed + " failed";
        return new FinishNotice(title, "Open Aleph Monitor to see them in the list.",
                tasks.stream().map(TrackedTask::taskId).toList(), failed > 0);
    }

    private static String abbreviate(String s) {
        return "“" + (s.length() <= PROMPT_CHARS ? s : s.substring(0, PROMPT_CHARS - 1) + "…") + "”";
    }
}
