package io.alephmonitor.app.notify;

import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.KindNames;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** What the desktop is told when watched tasks finish: one notice each, or one summary when many finish together. */
class FinishNoticesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    /** The gathering delay, turned by hand. */
    private final List<Runnable> pending = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final List<FinishNotice> shown = new ArrayList<>();
    private final List<FinishNotice> opened = new ArrayList<>();
    private boolean enabled = true;

    private final NoticeSink sink = new NoticeSink() {
        @Override
        public void show(FinishNotice notice, Consumer<FinishNotice> onOpen) {
            shown.add(notice);
        }

        @Override
        public String describe() {
            return "a list";
        }
    };

    private final FinishNotices notices = new FinishNotices(sink, (delay, job) -> {
        delays.add(delay);
        pending.add(job);
    }, () -> enabled, KindNames.standard(), () -> NOW, opened::add);

    private void timePasses() {
        List<Runnable> due = List.copyOf(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    private static TrackedTask finished(String id, String prompt, TaskStatus status) {
        return TrackedTask.added(id, "aleph", NOW.minusSeconds(60)).withPoll(new TaskSnapshot(id, "aleph", status,
                new TaskParams(prompt, null, null, null, null, null, null), NOW.minusSeconds(60), NOW));
    }

    private static TrackedTask succeeded(String id, String prompt) {
        return finished(id, prompt, TaskStatus.Succeeded.of(List.of(), NOW));
    }

    private static TrackedTask failed(String id, String prompt, String reason) {
        return finished(id, prompt, new TaskStatus.Failed(400, reason));
    }

    @Test
    void aFinishedTaskIsToldWithTheFirstLineOfItsPromptItsKindAndFinished() {
        notices.accept(List.of(succeeded("t1", "  A fox in deep snow, slow push-in  \nsecond line")));
        assertThat(shown).as("nothing before the gathering time is up").isEmpty();
        assertThat(delays).containsExactly(FinishNotices.GATHER);

        timePasses();

        assertThat(shown).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Task finished");
            assertThat(n.body()).isEqualTo("“A fox in deep snow, slow push-in”\n"
                    + KindNames.standard().displayName("aleph") + " · finished");
            assertThat(n.taskIds()).containsExactly("t1");
            assertThat(n.isSummary()).isFalse();
        });
    }

    @Test
    void aFailedTaskIsToldWithKieAisReason() {
        notices.accept(List.of(failed("t1", "A paper boat", "Your prompt was flagged by moderation")));
        timePasses();

        assertThat(shown).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Task failed");
            assertThat(n.body()).endsWith(" · failed: Your prompt was flagged by moderation");
            assertThat(n.anyFailed()).isTrue();
        });
    }

    @Test
    void aTaskWithoutAPromptIsNamedByItsShortId() {
        notices.accept(List.of(succeeded("ee603959-debb-48d1-98c4-a6d1c717eba6", null)));
        timePasses();

        assertThat(shown.getFirst().body()).startsWith("Task ee603959\n");
    }

    @Test
    void aFewTasksFinishingWithinTheGatheringTimeGetANoticeEach() {
        notices.accept(List.of(succeeded("t1", "one")));
        notices.accept(List.of(succeeded("t2", "two"), failed("t3", "three", "no credits")));
        assertThat(pending).as("one gathering for all three").hasSize(1);

        timePasses();

        assertThat(shown).extracting(n -> n.taskIds().getFirst()).containsExactly("t1", "t2", "t3");
    }

    @Test
    void manyTasksFinishingTogetherAreOneSummaryCountingTheFailed() {
        List<TrackedTask> batch = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            batch.add(succeeded("ok" + i, "prompt " + i));
        }
        notices.accept(batch.subList(0, 5));
        notices.accept(batch.subList(5, 12));
        notices.accept(List.of(failed("bad", "prompt", "moderation")));
        timePasses();

        assertThat(shown).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("12 tasks finished, 1 failed");
            assertThat(n.taskIds()).hasSize(13).contains("ok1", "ok12", "bad");
            assertThat(n.isSummary()).isTrue();
        });
    }

    @Test
    void tasksFinishingAfterATellingStartANewGathering() {
        notices.accept(List.of(succeeded("t1", "one")));
        timePasses();
        notices.accept(List.of(succeeded("t2", "two")));
        timePasses();

        assertThat(shown).hasSize(2);
        assertThat(delays).hasSize(2);
    }

    @Test
    void nothingIsToldWhileNotificationsAreOffEvenWhenTurnedOffDuringTheGathering() {
        enabled = false;
        notices.accept(List.of(succeeded("t1", "one")));
        timePasses();
        enabled = true;
        notices.accept(List.of(succeeded("t2", "two")));
        enabled = false;
        timePasses();

        assertThat(shown).isEmpty();
    }

    @Test
    void allFailedIsSaidSo() {
        notices.accept(List.of(failed("a", "1", "x"), failed("b", "2", "x"), failed("c", "3", "x"),
                failed("d", "4", "x")));
        timePasses();

        assertThat(shown.getFirst().title()).isEqualTo("4 tasks failed");
    }
}
