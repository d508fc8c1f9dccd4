package io.alephmonitor.ui;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.SavedFileState;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TaskTextTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void shortIdIsTheFirstEightCharacters() {
        assertThat(TaskText.shortId("ee603959-debb-48d1-98c4-a6d1c717eba6")).isEqualTo("ee603959");
    }

    @Test
    void aPrefixedIdIsShortenedToItsLastEightCharactersWhereTasksDiffer() {
        assertThat(TaskText.shortId("task_kling-2.6_1765182425861")).isEqualTo("82425861");
        assertThat(TaskText.shortId("veo_task_abcdef123456")).isEqualTo("ef123456");
        assertThat(TaskText.shortId("774d9a7dd608a0e49293903095e45a4c")).isEqualTo("774d9a7d");
        assertThat(TaskText.shortId("task_123")).isEqualTo("task_123");
    }

    @Test
    void promptShowsItsFirstNonBlankLine() {
        assertThat(TaskText.firstLine("\n  A cat surfing\nsecond line")).isEqualTo("A cat surfing");
        assertThat(TaskText.firstLine(null)).isEmpty();
    }

    @Test
    void relativeTimesReadLikeSpeech() {
        assertThat(TaskText.relative(now.minusSeconds(10), now)).isEqualTo("just now");
        assertThat(TaskText.relative(now.minusSeconds(300), now)).isEqualTo("5 min ago");
        assertThat(TaskText.relative(now.minus(Duration.ofHours(3)), now)).isEqualTo("3 h ago");
    }

    @Test
    void durationsUseSecondsThenMinutesThenHours() {
        assertThat(TaskText.duration(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(TaskText.duration(Duration.ofSeconds(187))).isEqualTo("3:07");
        assertThat(TaskText.duration(Duration.ofSeconds(3729))).isEqualTo("1:02:09");
    }

    @Test
    void runningTasksCountUpWhileFinishedOnesShowHowLongGenerationTook() {
        TrackedTask running = SampleTasks.task("id", new TaskStatus.Running(), "p", now.minusSeconds(62));
        assertThat(TaskText.elapsedText(running, now)).isEqualTo("1:00");
        TrackedTask done = SampleTasks.task("id", SampleTasks.succeeded("id", now), "p", now.minusSeconds(600));
        assertThat(TaskText.elapsedText(done, now)).isEqualTo("1:35");
    }

    /** Runway's record has one time, generateTime, for its start and its end: how long it took is not known. */
    @Test
    void aFinishedTaskWhoseOnlyTimeIsBothItsStartAndEndShowsNoElapsedTime() {
        TrackedTask done = SampleTasks.task("id", SampleTasks.succeeded("id", now), "p", now.minusSeconds(600));
        TrackedTask oneTime = new TrackedTask(done.taskId(), "runway", done.addedAt(), done.status(), done.params(),
                done.completedAt(), done.completedAt(), null, done.lastPolledAt(), null, null, null);

        assertThat(TaskText.elapsedText(oneTime, now)).isEmpty();
    }

    @Test
    void resultSaysSavedOrWhenTheLinkExpiresOrWhatWentWrong() {
        Instant completed = now.minus(Duration.ofDays(4));
        TrackedTask done = SampleTasks.task("id", SampleTasks.succeeded("id", completed), "p", completed.minusSeconds(97));
        assertThat(TaskText.result(done, now)).isEqualTo("Video · Expires in 10 days");
        assertThat(TaskText.result(SampleTasks.saved(done, "a.mp4"), now)).isEqualTo("Video · Saved ✓");
        assertThat(TaskText.result(done, now.plus(Duration.ofDays(11)))).isEqualTo("Video · Link expired");
        assertThat(TaskText.result(done.withLastError("Auto-save failed: the link has expired."), now))
                .isEqualTo("Video · Auto-save failed: the link has expired.");
        assertThat(TaskText.result(SampleTasks.saved(done, "a.mp4")
                .withSavedFile(SavedFileState.MISSING), now))
                .isEqualTo("Video · Saved file missing");
        TrackedTask failed = SampleTasks.task("id", new TaskStatus.Failed(400, "Prompt rejected"), "p", now);
        assertThat(TaskText.result(failed, now)).isEqualTo("Prompt rejected");
    }

    @Test
    void aMarketResultFinishedAnHourAgoExpiresInHoursBecauseMarketLinksLiveOneDay() {
        TrackedTask market = SampleTasks.ofKind(KindIds.MARKET,
                SampleTasks.task("id", SampleTasks.succeeded("id", now.minus(Duration.ofHours(1))), "p", now.minus(Duration.ofHours(2))));
        TrackedTask aleph = SampleTasks.ofKind(KindIds.ALEPH, market);

        assertThat(TaskText.result(market, now)).isEqualTo("Video · Expires in 23 h");
        assertThat(TaskText.result(market, now.plus(Duration.ofHours(23)))).isEqualTo("Video · Link expired");
        assertThat(TaskText.result(aleph, now)).isEqualTo("Video · Expires in 13 days");
    }

    @Test
    void aKindThisVersionDoesNotKnowGetsTheDefaultLifetime() {
        TrackedTask unknown = SampleTasks.ofKind("some-future-kind",
                SampleTasks.task("id", SampleTasks.succeeded("id", now.minus(Duration.ofDays(4))), "p", now.minus(Duration.ofDays(5))));

        assertThat(TaskText.result(unknown, now)).isEqualTo("Video · Expires in 10 days");
    }
}
