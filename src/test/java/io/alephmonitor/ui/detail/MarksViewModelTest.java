package io.alephmonitor.ui.detail;

import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarksViewModelTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final RecordingActions actions = new RecordingActions();
    private final MarksViewModel model = new MarksViewModel(actions);

    private static TrackedTask task(String id, TaskMarks marks) {
        return TrackedTask.added(id, "aleph", T0).withMarks(marks);
    }

    @Test
    void showsTheTasksStarTagsAndNote() {
        model.show(task("a", new TaskMarks(true, List.of("birds", "trailer"), "the good one")));

        assertThat(model.starredProperty().get()).isTrue();
        assertThat(model.tags()).containsExactly("birds", "trailer");
        assertThat(model.noteProperty().get()).isEqualTo("the good one");
    }

    @Test
    void theStarToggleShowsAtOnceAndAsksTheTrackerToStar() {
        model.show(task("a", TaskMarks.NONE));

        model.toggleStar();

        assertThat(model.starredProperty().get()).isTrue();
        assertThat(actions.marks.get("a").starred()).isTrue();
    }

    @Test
    void aTypedTagIsAddedOnceAndATagWithACommaIsRefusedWithTheReason() {
        model.show(task("a", TaskMarks.NONE.withTag("Birds")));

        assertThat(model.addTag(" trailer ")).isTrue();
        assertThat(model.addTag("birds")).isTrue();
        assertThat(model.addTag("a,b")).isFalse();

        assertThat(model.tags()).containsExactly("Birds", "trailer");
        assertThat(model.tagProblemProperty().get()).contains("comma");
        assertThat(actions.marks.get("a").tags())
                .as("the tracker applies each change to the stored marks, which the fake starts empty")
                .containsExactly("trailer", "birds");
    }

    @Test
    void removingATagShowsAtOnceAndAsksTheTracker() {
        model.show(task("a", TaskMarks.NONE.withTag("birds").withTag("trailer")));

        model.removeTag("birds");

        assertThat(model.tags()).containsExactly("trailer");
        assertThat(actions.markCalls).isEqualTo(1);
    }

    @Test
    void theNoteIsSentOnCommitOnlyWhenItChangedAndABlankNoteClearsIt() {
        model.show(task("a", TaskMarks.NONE.withNote("first")));
        model.commitNote();
        assertThat(actions.markCalls).as("nothing typed: nothing sent").isZero();

        model.noteProperty().set("second");
        model.commitNote();
        model.commitNote();
        assertThat(actions.markCalls).isEqualTo(1);
        assertThat(actions.marks.get("a").note()).isEqualTo("second");

        model.noteProperty().set("   ");
        model.commitNote();
        assertThat(actions.marks.get("a").note()).isNull();
    }

    @Test
    void aNewerVersionOfTheSameTaskNeverOverwritesTheNoteBeingTyped() {
        model.show(task("a", TaskMarks.NONE));
        model.noteProperty().set("typing…");

        model.show(task("a", TaskMarks.NONE.withStarred(true)));

        assertThat(model.noteProperty().get()).isEqualTo("typing…");
        assertThat(model.starredProperty().get()).isTrue();
    }

    @Test
    void showingAnotherTaskSendsThePendingNoteOfTheOneBefore() {
        model.show(task("a", TaskMarks.NONE));
        model.noteProperty().set("for a");

        model.show(task("b", TaskMarks.NONE.withNote("b's note")));

        assertThat(actions.marks.get("a").note()).isEqualTo("for a");
        assertThat(model.noteProperty().get()).isEqualTo("b's note");
        assertThat(actions.marks).doesNotContainKey("b");
    }
}
