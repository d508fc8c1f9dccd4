package io.alephmonitor.ui.compare;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.SampleTasks;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which chosen results Compare shows side by side, and what it says when they cannot be compared. */
class CompareChoiceTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static TrackedTask finished(int n, String prompt, ResultFile... results) {
        return SampleTasks.task(SampleTasks.id(n), TaskStatus.Succeeded.of(List.of(results), AT), prompt, AT);
    }

    private static ResultFile.Video video(String name) {
        return new ResultFile.Video("https://example.invalid/" + name + ".mp4", null);
    }

    private static ResultFile.Image image(String name) {
        return new ResultFile.Image("https://example.invalid/" + name + ".png");
    }

    @Test
    void twoFinishedVideoTasksAreComparedEachByItsVideoAndLabelledByPromptAndShortId() {
        CompareChoice choice = CompareChoice.of(List.of(finished(1, "A fox in the snow", video("a")),
                finished(2, "A fox in the rain\nsecond line", video("b"))));

        assertThat(choice.canCompare()).isTrue();
        assertThat(choice.pair().type()).isEqualTo(ResultType.VIDEO);
        assertThat(choice.pair().left().result().url()).endsWith("/a.mp4");
        assertThat(choice.pair().right().result().url()).endsWith("/b.mp4");
        assertThat(choice.pair().left().title()).isEqualTo(SampleTasks.id(1).substring(0, 8));
        assertThat(choice.pair().right().prompt()).isEqualTo("A fox in the rain");
    }

    @Test
    void oneTaskWithTwoImagesComparesItsTwoImagesNamedByWhichTheyAre() {
        CompareChoice choice = CompareChoice.of(List.of(finished(1, "Two looks", image("one"), image("two"), image("three"))));

        assertThat(choice.canCompare()).isTrue();
        assertThat(choice.pair().type()).isEqualTo(ResultType.IMAGE);
        assertThat(choice.pair().left().title()).startsWith("Image 1 of 3 · ");
        assertThat(choice.pair().right().title()).startsWith("Image 2 of 3 · ");
    }

    @Test
    void twoTakesOfOneTaskAreNamedTakes() {
        CompareChoice choice = CompareChoice.of(List.of(finished(1, "Two takes", video("t1"), video("t2"))));

        assertThat(choice.pair().left().title()).startsWith("Take 1 of 2");
        assertThat(choice.pair().right().title()).startsWith("Take 2 of 2");
    }

    @Test
    void aVideoAndAnImageCannotBeComparedAndTheRefusalSaysWhatToPick() {
        CompareChoice choice = CompareChoice.of(List.of(finished(1, "A clip", video("a")), finished(2, "A still", image("b"))));

        assertThat(choice.canCompare()).isFalse();
        assertThat(choice.refusal()).isEqualTo(
                "A video and an image cannot be compared: select two videos, two images or two tracks.");
    }

    @Test
    void aVideoTaskWithAPosterIsComparedWithAnotherVideoByItsVideo() {
        TrackedTask aleph = SampleTasks.task(SampleTasks.id(1), SampleTasks.succeeded(SampleTasks.id(1), AT), "Aleph", AT);
        CompareChoice choice = CompareChoice.of(List.of(aleph, finished(2, "Other", video("b"))));

        assertThat(choice.pair().type()).isEqualTo(ResultType.VIDEO);
    }

    @Test
    void aTaskStillRunningCannotBeComparedAndIsNamed() {
        TrackedTask running = SampleTasks.task(SampleTasks.id(2), new TaskStatus.Running(), "Not yet", AT);
        CompareChoice choice = CompareChoice.of(List.of(finished(1, "Done", video("a")), running));

        assertThat(choice.canCompare()).isFalse();
        assertThat(choice.refusal()).contains(SampleTasks.id(2).substring(0, 8)).contains("none yet");
    }

    @Test
    void nothingOneResultOrThreeTasksAreNotAPair() {
        assertThat(CompareChoice.of(List.of()).canCompare()).isFalse();
        assertThat(CompareChoice.of(List.of(finished(1, "One", video("a")))).canCompare()).isFalse();
        CompareChoice three = CompareChoice.of(List.of(finished(1, "a", video("a")), finished(2, "b", video("b")),
                finished(3, "c", video("c"))));
        assertThat(three.refusal()).isEqualTo("Compare shows two results: select two tasks, not 3.");
    }

    @Test
    void aVideoToVideoTaskIsComparedWithTheSourceClipItsParametersName() {
        TrackedTask task = finished(1, "Make it winter", video("result"));

        CompareChoice choice = CompareChoice.withSource(List.of(task));

        assertThat(choice.canCompare()).isTrue();
        assertThat(choice.pair().left().result().url()).isEqualTo("https://example.invalid/source.mp4");
        assertThat(choice.pair().left().title()).startsWith("Source video · ");
        assertThat(choice.pair().right().result().url()).endsWith("/result.mp4");
        assertThat(choice.pair().right().title()).isEqualTo("Result · " + SampleTasks.id(1).substring(0, 8));
    }

    @Test
    void aTaskWithoutASourceVideoOffersNoCompareWithSource() {
        TrackedTask task = finished(1, "Text to video", video("result"));
        TrackedTask noSource = new TrackedTask(task.taskId(), task.kind(), task.addedAt(), task.status(),
                new TaskParams("Text to video", null, null, null, null, null, null), task.createdAt(),
                task.completedAt(), null, null, null, null, null);

        CompareChoice choice = CompareChoice.withSource(List.of(noSource));

        assertThat(choice.canCompare()).isFalse();
        assertThat(choice.refusal()).contains("only video-to-video tasks");
    }
}
