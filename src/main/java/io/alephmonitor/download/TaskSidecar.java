package io.alephmonitor.download;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.ResultsToSave;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a saved file's sidecar tells of its task: enough to know the file and to add its task back.
 *
 * @param params  the task's parameters exactly as kie.ai sent them (JSON text); null when not known
 * @param results every result, in result order
 * @param starred whether the user starred the task
 * @param tags    the user's tags (empty: none)
 * @param note    the user's note; null when none
 */
public record TaskSidecar(String taskId, String kind, String model, String prompt, String params,
                          List<Result> results, Instant createdAt, Instant completedAt, Instant addedAt,
                          Instant savedAt, String label, boolean starred, List<String> tags,
                          String note) {

    /** One result: its link (null for inline text) and its type's name ("video", "audio"…; null: untyped). */
    public record Result(String url, String type, String title) {
    }

    public TaskSidecar {
        results = List.copyOf(results);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The sidecar of {@code task}'s files saved at {@code savedAt}. */
    public static TaskSidecar of(TrackedTask task, Instant savedAt) {
        List<Result> results = new ArrayList<>();
        boolean any = task.status() instanceof TaskStatus.Succeeded
                || task.status() instanceof TaskStatus.Running running && !running.partial().isEmpty();
        for (ResultFile file : any ? ResultsToSave.of(task) : List.<ResultFile>of()) {
            String title = switch (file) {
                case ResultFile.Audio audio -> audio.title();
                case ResultFile.Text text -> text.title();
                default -> null;
            };
            results.add(new Result(file.url(), file.type() == null ? null : file.type().name().toLowerCase(
                    java.util.Locale.ROOT), title));
        }
        return new TaskSidecar(task.taskId(), task.kind(), NameFields.modelOf(task.params().raw()),
                task.params().prompt(), task.params().raw(), results, task.createdAt(), task.completedAt(),
                task.addedAt(), savedAt, task.label(), task.marks().starred(), task.marks().tags(),
                task.marks().note());
    }
}
