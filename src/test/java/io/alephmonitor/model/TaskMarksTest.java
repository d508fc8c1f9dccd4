package io.alephmonitor.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaskMarksTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void tagsAreTrimmedKeptInOrderAndUniqueIgnoringCaseWithTheFirstSpellingKept() {
        TaskMarks marks = new TaskMarks(false, List.of("  Eagle ", "sunset", "EAGLE", "", "  ", "night  sky"), null);

        assertThat(marks.tags()).containsExactly("Eagle", "sunset", "night sky");
        assertThat(marks.hasTag("eagle")).isTrue();
        assertThat(marks.hasTag("dawn")).isFalse();
    }

    @Test
    void aTagLosesItsCommasAndIsCutToFortyCharacters() {
        TaskMarks marks = TaskMarks.NONE.withTag("a,b").withTag("x".repeat(60));

        assertThat(marks.tags()).containsExactly("a b", "x".repeat(TaskMarks.MAX_TAG_LENGTH));
    }

    @Test
    void aTagWithACommaOrTooLongOrEmptyIsExplainedInWords() {
        assertThat(TaskMarks.tagProblem("a,b")).get().asString().contains("comma");
        assertThat(TaskMarks.tagProblem("x".repeat(41))).get().asString().contains("at most 40");
        assertThat(TaskMarks.tagProblem("  ")).isPresent();
        assertThat(TaskMarks.tagProblem(" birds ")).isEmpty();
    }

    @Test
    void addingATagTwiceOrRemovingOneInAnotherCaseWorksAsAUserExpects() {
        TaskMarks marks = TaskMarks.NONE.withTag("Birds").withTag("birds").withTag("video");

        assertThat(marks.tags()).containsExactly("Birds", "video");
        assertThat(marks.withoutTag("BIRDS").tags()).containsExactly("video");
        assertThat(marks.withoutTag("absent")).isEqualTo(marks);
    }

    @Test
    void aBlankNoteIsNoNoteAndNoMarksAreNone() {
        assertThat(new TaskMarks(false, null, "  \n").note()).isNull();
        assertThat(new TaskMarks(false, null, "  \n").isEmpty()).isTrue();
        assertThat(TaskMarks.NONE.withNote("keep for the trailer").note()).isEqualTo("keep for the trailer");
    }

    @Test
    void aTaskBuiltWithTheOlderConstructorsHasNoMarks() {
        TrackedTask task = TrackedTask.added("t1", "aleph", NOW);

        assertThat(task.marks()).isEqualTo(TaskMarks.NONE);
        assertThat(task.starred()).isFalse();
        assertThat(task.tags()).isEmpty();
    }

    @Test
    void everyChangeOfATaskKeepsItsMarks() {
        TaskMarks marks = new TaskMarks(true, List.of("birds"), "the good one");
        TrackedTask task = TrackedTask.added("t1", "auto", NOW).withMarks(marks);
        TaskSnapshot snapshot = new TaskSnapshot("t1", "aleph", new TaskStatus.Running(), TaskParams.EMPTY, NOW, null);

        assertThat(List.of(
                task.withStatus(new TaskStatus.NotFound()),
                task.withLastError("Offline"),
                task.withSavedPath(Path.of("/v/a.mp4")),
                task.withSavedPaths(List.of(Path.of("/v/a.mp4"), Path.of("/v/b.mp4"))),
                task.withSavedPath(Path.of("/v/a.mp4")).withSavedFile(SavedFileState.MISSING),
                task.withLabel("mine"),
                task.withSchedule(NOW, NOW.plusSeconds(5)),
                task.withPoll(snapshot)))
                .extracting(TrackedTask::marks)
                .containsOnly(marks);
        assertThat(task.starred()).isTrue();
        assertThat(task.tags()).containsExactly("birds");
    }
}
