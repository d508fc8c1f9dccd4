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
    /** The last match text made, with the task value it was made of (any thread may make and publish one). */
    private volatile MatchText matchText;
    /** The task's value as the property holds it, readable on any thread (the filter's background match). */
    private volatile TrackedTask latest;
    private volatile Match match;

    private record MatchText(TrackedTask of, String text) {
    }

    private record Match(long round, TrackedTask of, boolean shown) {
    }

    public TaskRowViewModel(TrackedTask initial) {
        this.taskId = initial.taskId();
        this.task = new ReadOnlyObjectWrapper<>(this, "task", initial);
        this.latest = initial;
        this.status = new ReadOnlyObjectWrapper<>(this, "status", initial.status());
        this.promptLine = new ReadOnlyStringWrapper(this, "promptLine", TaskText.firstLine(promptOf(initial)));
    }

    /** Takes the task's new value (the list's view model calls this); the task property changes last so list extractors see a consistent row. */
    public void update(TrackedTask next) {
        status.set(next.status());
        promptLine.set(TaskText.firstLine(promptOf(next)));
        latest = next;
        task.set(next);
    }

    private static String promptOf(TrackedTask t) {
        return t.params() == null ? null : t.params().prompt();
    }

    /**
     * The task ID and the prompt in lower case, for the filter field's in-memory match: made once per task value,
     * so typing over a large table does not lower-case every prompt again at each keystroke.
     */
    public String matchText() {
        return matchText(task.get());
    }

    /**
     * The match text of this value of the row's task (a pure function of it, kept for the last value asked): safe
     * on any thread, so the filter can test a snapshot of the rows off the FX thread.
     */
    public String matchText(TrackedTask of) {
        MatchText made = matchText;
        if (made != null && made.of() == of) {
            return made.text();
        }
        String prompt = promptOf(of);
        String text = (of.taskId() + "\n" + (prompt == null ? "" : prompt)).toLowerCase(java.util.Locale.ROOT);
        matchText = new MatchText(of, text);
        return text;
    }

    /** The task's latest value, on any thread (on the FX thread it is {@link #task()}). */
    public TrackedTask latestTask() {
        return latest;
    }

    /**
     * Keeps the filter's answer for this row: of which filter round, for which value of its task. Any thread may
     * keep one (the answer is one value, never read half written).
     */
    public void rememberMatch(long round, TrackedTask of, boolean shown) {
        match = new Match(round, of, shown);
    }

    /**
     * The answer kept for this filter round: 1 shown, 0 hidden, -1 when none was kept for the row's current task
     * (it changed since, or the round did not see the row) and the row must be tested again (FX thread).
     */
    public int rememberedMatch(long round) {
        Match m = match;
        return m != null && m.round() == round && m.of() == latest ? (m.shown() ? 1 : 0) : -1; // latest: one read less
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
