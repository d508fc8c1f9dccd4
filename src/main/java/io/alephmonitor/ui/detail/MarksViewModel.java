package io.alephmonitor.ui.detail;

import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TrackedTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.Optional;

/**
 * The shown task's star, tags and note as the detail pane edits them. Changes go to the tracker through
 * {@link DetailActions#mark} and show at once; the note is sent when {@link #commitNote()} is called (the
 * view does so when the note loses the focus, after a short pause in typing, and before another task is
 * shown). While the same task is shown, a newer version of it never overwrites the note being typed.
 */
public final class MarksViewModel {

    private final DetailActions actions;
    private final ReadOnlyBooleanWrapper starred = new ReadOnlyBooleanWrapper(this, "starred");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    /** One read-only view kept for good: a fresh one per call would lose its listeners to the garbage collector. */
    private final ObservableList<String> readOnlyTags = FXCollections.unmodifiableObservableList(tags);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper tagProblem = new ReadOnlyStringWrapper(this, "tagProblem", "");
    private String taskId;
    private String sentNote;

    public MarksViewModel(DetailActions actions) {
        this.actions = Objects.requireNonNull(actions);
    }

    /** Shows this task's marks (null: none); a pending note of the task shown before is sent first. */
    public void show(TrackedTask task) {
        String id = task == null ? null : task.taskId();
        if (!Objects.equals(id, taskId)) {
            commitNote();
            taskId = id;
            sentNote = task == null ? null : task.marks().note();
            note.set(Objects.requireNonNullElse(sentNote, ""));
            tagProblem.set("");
        }
        TaskMarks marks = task == null ? TaskMarks.NONE : task.marks();
        starred.set(marks.starred());
        if (!tags.equals(marks.tags())) {
            tags.setAll(marks.tags());
        }
    }

    /** Stars the task, or unstars it. */
    public void toggleStar() {
        if (taskId != null) {
            boolean star = !starred.get();
            starred.set(star);
            actions.mark(taskId, marks -> marks.withStarred(star));
        }
    }

    /** Adds the typed tag; false (and {@link #tagProblemProperty()} says why) when the text cannot be a tag. */
    public boolean addTag(String text) {
        Optional<String> problem = TaskMarks.tagProblem(text);
        if (problem.isPresent()) {
            tagProblem.set(problem.get());
            return false;
        }
        tagProblem.set("");
        if (taskId != null) {
            String tag = text.strip();
            TaskMarks shown = new TaskMarks(starred.get(), tags, null);
            tags.setAll(shown.withTag(tag).tags());
            actions.mark(taskId, marks -> marks.withTag(tag));
        }
        return true;
    }

    public void removeTag(String tag) {
        if (taskId != null) {
            tags.setAll(new TaskMarks(starred.get(), tags, null).withoutTag(tag).tags());
            actions.mark(taskId, marks -> marks.withoutTag(tag));
        }
    }

    /** Sends the note as typed, when it differs from what was sent or shown last. */
    public void commitNote() {
        String typed = new TaskMarks(false, null, note.get()).note(); // a blank note is no note
        if (taskId != null && !Objects.equals(typed, new TaskMarks(false, null, sentNote).note())) {
            sentNote = typed;
            actions.mark(taskId, marks -> marks.withNote(typed));
        }
    }

    public ReadOnlyBooleanProperty starredProperty() {
        return starred.getReadOnlyProperty();
    }

    /** The tags in their order (read them; change them through {@link #addTag} and {@link #removeTag}). */
    public ObservableList<String> tags() {
        return readOnlyTags;
    }

    /** The note as typed; bind the note field to it. */
    public StringProperty noteProperty() {
        return note;
    }

    /** Why the last tag typed was not added; empty when it was. */
    public ReadOnlyStringProperty tagProblemProperty() {
        return tagProblem.getReadOnlyProperty();
    }
}
