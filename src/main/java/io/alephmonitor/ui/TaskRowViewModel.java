package io.alephmonitor.ui;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One tracked task as the table and the gallery show it; updated in place when the engine reports a change. */
public final class TaskRowViewModel {

    private final String taskId;
    private final ReadOnlyObjectWrapper<TrackedTask> task;
    private final ReadOnlyObjectWrapper<TaskStatus> status;
    private final ReadOnlyStringWrapper promptLine;
    private TrackedTask matchTextOf;
    private String matchText;

    public TaskRowViewModel(TrackedTask initial) {
        this.taskId = initial.taskId();
        this.task = new ReadOnlyObjectWrapper<>(this, "task", initial);
        this.status = new ReadOnlyObjectWrapper<>(this, "status", initial.status());
        this.promptLine = new ReadOnlyStringWrapper(this, "promptLine", TaskText.firstLine(promptOf(initial)));
    }

    /** Takes the task's new value (the list's view model calls this); the task property changes last so list extractors see a consistent row. */
    public void update(TrackedTask next) {
        status.set(next.status());
        promptLine.set(TaskText.firstLine(promptOf(next)));
        task.set(next);
    }

    private static String promptOf(TrackedTask t) {
        return t.params() == null ? null : t.params().prompt();
    }

    /**
     * The task ID and the prompt in lower case, for the filter field's in-memory match: made once per task value,
     * so typing over a large table does not lower-case every prompt again at each keystroke (FX thread only).
     */
    public String matchText() {
        TrackedTask t = task.get();
        if (t != matchTextOf) {
            String prompt = promptOf(t);
            matchText = (taskId + "\n" + (prompt == null ? "" : prompt)).toLowerCase(java.util.Locale.ROOT);
            matchTextOf = t;
        }
        return matchText;
    }

    public String taskId() {
        return taskId;
    }

    public String shortId() {
        return TaskText.shortId(taskId);
    }

    public TrackedTask task() {
        return task.get();
    }

    public ReadOnlyObjectProperty<TrackedTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    public TaskStatus status() {
        return status.get();
    }

    public ReadOnlyObjectProperty<TaskStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptLineProperty() {
        return promptLine.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "TaskRowViewModel[" + taskId + ", " + status.get().label() + "]";
    }
}
