package io.alephmonitor.tracking;

import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stars, tags and notes through the tracker: stored, published as one batch, and never in the way of polling. */
class TaskMarksTrackingTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final FakeKieApi api = new FakeKieApi();
    private final InMemoryTaskStore store = new InMemoryTaskStore();
    private final ListenerQueue fxThread = new ListenerQueue();
    private final RecordingListener listener = new RecordingListener();
    private TrackingService tracker;

    private static String id(int n) {
        return "00000000-0000-0000-0000-%012d".formatted(n);
    }

    @BeforeEach
    void threeTrackedTasks() throws Exception {
        tracker = TrackingService.builder(store, api, List.of(FakeKind.ALEPH))
                .clock(clock).random(() -> 0.5).driver(TrackingServiceTest.BY_HAND).listenerThread(fxThread).build();
        tracker.addListener(listener);
        tracker.start().get();
        fxThread.runNext();
        tracker.addIds(List.of(id(1), id(2), id(3)), "aleph");
        fxThread.runNext();
        listener.batches.clear();
    }

    @AfterEach
    void close() {
        tracker.close();
    }

    private TaskMarks marksOf(int n) {
        return store.get(id(n)).marks();
    }

    @Test
    void starringSeveralTasksStoresThemAndTellsListenersInOneBatch() throws Exception {
        tracker.setStarred(List.of(id(1), id(3), "not-tracked"), true);
        fxThread.runNext();

        assertThat(marksOf(1).starred()).isTrue();
        assertThat(marksOf(2).starred()).isFalse();
        assertThat(marksOf(3).starred()).isTrue();
        assertThat(listener.batches).singleElement().satisfies(batch ->
                assertThat(batch.changed()).extracting(TrackedTask::taskId).containsExactly(id(1), id(3)));

        tracker.setStarred(List.of(id(1)), false);
        fxThread.runNext();
        assertThat(marksOf(1).starred()).isFalse();
    }

    @Test
    void aTagAddedToSeveralTasksIsAddedOnceAndRemovedIgnoringCase() throws Exception {
        tracker.addTag(List.of(id(1)), "Birds");
        tracker.addTag(List.of(id(1), id(2)), "birds");
        tracker.addTag(List.of(id(2)), "trailer");
        fxThread.runNext();
        fxThread.runNext();
        fxThread.runNext();

        assertThat(marksOf(1).tags()).containsExactly("Birds");
        assertThat(marksOf(2).tags()).containsExactly("birds", "trailer");

        tracker.removeTag(List.of(id(1), id(2)), "BIRDS");
        fxThread.runNext();
        assertThat(marksOf(1).tags()).isEmpty();
        assertThat(marksOf(2).tags()).containsExactly("trailer");
    }

    @Test
    void aNoteIsStoredAndABlankOneClearsIt() throws Exception {
        tracker.setNote(id(2), "The second take is better.");
        fxThread.runNext();
        assertThat(marksOf(2).note()).isEqualTo("The second take is better.");
        assertThat(tracker.tasks().get(1).marks().note()).isEqualTo("The second take is better.");

        tracker.setNote(id(2), "   ");
        fxThread.runNext();
        assertThat(marksOf(2).note()).isNull();
    }

    @Test
    void aMarkThatChangesNothingIsNotWrittenNorPublished() throws Exception {
        tracker.setStarred(List.of(id(1)), false);
        fxThread.runNext();

        assertThat(listener.batches).isEmpty();
    }

    @Test
    void marksLeaveTheScheduleAloneAndOutlastAPoll() throws Exception {
        TrackedTask before = tracker.tasks().getFirst();
        tracker.setStarred(List.of(id(1)), true);
        tracker.addTag(List.of(id(1)), "keep");
        fxThread.runNext();
        fxThread.runNext();
        TrackedTask marked = tracker.tasks().getFirst();
        assertThat(marked.nextPollAt()).isEqualTo(before.nextPollAt());
        assertThat(marked.lastPolledAt()).isEqualTo(before.lastPolledAt());

        api.answer(id(1), new TaskStatus.Succeeded("https://x/v.mp4", null, T0));
        tracker.runCycle();
        fxThread.runNext();

        assertThat(api.polls(id(1))).isEqualTo(1);
        assertThat(store.get(id(1)).status()).isInstanceOf(TaskStatus.Succeeded.class);
        assertThat(store.get(id(1)).marks()).isEqualTo(new TaskMarks(true, List.of("keep"), null));
    }

    @Test
    void anImportKeepsATrackedTasksOwnMarksAndBringsANewTasksMarks() throws Exception {
        tracker.addTag(List.of(id(1)), "mine");
        fxThread.runNext();
        TaskMarks imported = new TaskMarks(true, List.of("from the file"), "imported note");

        tracker.importTasks(List.of(TrackedTask.added(id(1), "aleph", T0).withMarks(imported),
                TrackedTask.added(id(4), "aleph", T0).withMarks(imported)));
        fxThread.runNext();

        assertThat(marksOf(1)).isEqualTo(TaskMarks.NONE.withTag("mine"));
        assertThat(marksOf(4)).isEqualTo(imported);
    }
}
