package io.alephmonitor.ui;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a row says it holds, for every result type, while running and once finished. */
class ResultRowTextTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final Instant done = now.minus(Duration.ofDays(4));

    static ResultFile.Audio track(String id, String title) {
        return new ResultFile.Audio("https://x.test/" + id + ".mp3", "https://x.test/" + id + ".jpg", title, 187.4,
                "electronic, upbeat", "[Verse]\nNight drive", id);
    }

    private TrackedTask finished(List<ResultFile> files) {
        return SampleTasks.task("id", TaskStatus.Succeeded.of(files, done), "p", done.minusSeconds(97));
    }

    private String row(TaskStatus status) {
        return TaskText.result(SampleTasks.task("id", status, "p", now.minusSeconds(60)), now);
    }

    @Test
    void aFinishedRowSaysWhatItHoldsBeforeHowLongItsLinksLive() {
        assertThat(TaskText.result(finished(List.of(track("a", "Sunset Drive"), track("b", "Sunset Drive (2)"))), now))
                .isEqualTo("2 tracks · Expires in 10 days");
        assertThat(TaskText.result(finished(List.of(new ResultFile.Audio("https://x.test/speech.mp3"))), now))
                .startsWith("Audio · ");
        assertThat(TaskText.result(finished(List.of(new ResultFile.Text(null, "Hello", false, null))), now))
                .as("a text kie.ai's answer held has no link to expire").isEqualTo("Text · Kept here");
        assertThat(TaskText.result(finished(List.of(new ResultFile.Text("https://x.test/a.txt", null, false, null))), now))
                .isEqualTo("Text · Expires in 10 days");
        assertThat(TaskText.result(finished(List.of(new ResultFile.Image("https://x.test/1.png"),
                new ResultFile.Image("https://x.test/2.png"), new ResultFile.Image("https://x.test/3.png"))), now))
                .startsWith("3 images · ");
        assertThat(TaskText.result(finished(List.of(new ResultFile.Video("https://x.test/v.mp4", null))), now))
                .startsWith("Video · ");
        assertThat(TaskText.result(finished(List.of(new ResultFile.Video("https://x.test/v.mp4", null),
                new ResultFile.Image("https://x.test/1.png"))), now)).startsWith("2 results · ");
        assertThat(TaskText.result(finished(List.of(new ResultFile.Untyped("https://x.test/file"))), now))
                .startsWith("Link · ");
    }

    @Test
    void aSucceededAnswerWithoutResultsSaysSoAndItsNoticeIsInTheTooltip() {
        TrackedTask empty = SampleTasks.task("id",
                TaskStatus.Succeeded.of(List.of(), done, false, "Track 1 came without an audio link."), "p", done);

        assertThat(TaskText.result(empty, now)).isEqualTo("kie.ai sent no result");
        assertThat(TaskText.resultNotice(empty)).isEqualTo("Track 1 came without an audio link.");
        assertThat(TaskText.resultNotice(finished(List.of(track("a", "A"))))).isNull();
    }

    @Test
    void deadLinksSayLinkExpiredWhateverTheirAge() {
        TrackedTask expired = SampleTasks.task("id",
                TaskStatus.Succeeded.of(List.of(new ResultFile.Video("https://x.test/v.mp4", null)), now, true), "p", now);

        assertThat(TaskText.result(expired, now)).isEqualTo("Video · Link expired");
    }

    @Test
    void aRunningRowSaysWhatIsReadyItsStageOrItsProgress() {
        assertThat(row(new TaskStatus.Running(null, null, List.of(track("a", "Sunset Drive")))))
                .isEqualTo("First track ready · still generating");
        assertThat(row(new TaskStatus.Running(null, "Lyrics ready", List.of()))).isEqualTo("Lyrics ready · still generating");
        assertThat(row(new TaskStatus.Running(0.42))).isEqualTo("Generating… 42 %");
        assertThat(row(new TaskStatus.Running())).isEqualTo("Generating…");
    }

    @Test
    void eachResultIsNamedByItsTitleOrItsTypeAndNumber() {
        ResultFile.Image first = new ResultFile.Image("https://x.test/1.png");
        ResultFile.Image second = new ResultFile.Image("https://x.test/2.png");
        ResultFile.Text text = new ResultFile.Text("https://x.test/t.txt", null, false, null);
        List<ResultFile> all = List.of(track("a", "Sunset Drive"), first, second, text);

        assertThat(ResultText.name(all.get(0), 1, all)).isEqualTo("Sunset Drive");
        assertThat(ResultText.name(second, 3, all)).isEqualTo("Image 2");
        assertThat(ResultText.name(text, 4, all)).isEqualTo("Text");
        assertThat(ResultText.duration(187.4)).isEqualTo("3:07");
        assertThat(ResultText.stillGenerating(List.of(track("a", "A")))).isEqualTo("Track 2 still generating");
    }

    @Test
    void aDetectedTaskNobodyKnewSaysUnknownKindNotDetecting() {
        TrackedTask lost = new TrackedTask("id", TrackedTask.AUTO_KIND, now, new TaskStatus.NotFound(), null, null,
                null, null, now, null, null, null);
        TrackedTask stillLooking = new TrackedTask("id", TrackedTask.AUTO_KIND, now, new TaskStatus.Pending(), null, null,
                null, null, now, null, null, null);

        assertThat(KindNames.standard().shortName(lost)).isEqualTo("Unknown kind");
        assertThat(KindNames.standard().displayName(lost)).isEqualTo("Unknown kind");
        assertThat(KindNames.standard().shortName(stillLooking)).isEqualTo("Detecting…");
    }
}
