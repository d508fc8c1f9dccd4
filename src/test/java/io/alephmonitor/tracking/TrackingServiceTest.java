package io.alephmonitor.tracking;

import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade the UI uses: add reports, batches, persistence before publication, saving. */
class TrackingServiceTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    /** A driver that never ticks: the test runs cycles itself. */
    static final PollDriver BY_HAND = new PollDriver() {
        @Override
        public void start(Supplier<CycleResult> cycle, Consumer<CycleResult> publish) {
        }

        @Override
        public void stop() {
        }
    };

    private final MutableClock clock = new MutableClock(T0);
    private final FakeKieApi api = new FakeKieApi();
    private final InMemoryTaskStore store = new InMemoryTaskStore();
    private final ListenerQueue fxThread = new ListenerQueue();
    private final RecordingListener listener = new RecordingListener();
    private final List<Path> savedInto = new ArrayList<>();
    private TrackingService tracker;

    private final ResultSaver saver = new ResultSaver() {
        @Override
        public SaveJob saveTo(TrackedTask task, Path targetFile) {
            return new FailedSaveJob(CompletableFuture.completedFuture(targetFile));
        }

        @Override
        public SaveJob saveInto(TrackedTask task, Path folder) {
            savedInto.add(folder);
            return new FailedSaveJob(CompletableFuture.completedFuture(folder.resolve(task.taskId() + ".mp4")));
        }
    };

    private static String id(int n) {
        return "00000000-0000-0000-0000-%012d".formatted(n);
    }

    private TrackingService tracker(PollSettings settings, Path autoSave) throws Exception {
        tracker = TrackingService.builder(store, api, List.of(FakeKind.ALEPH))
                .saver(saver).settings(settings).clock(clock).random(() -> 0.5)
                .driver(BY_HAND).listenerThread(fxThread).autoSaveFolder(autoSave).build();
        tracker.addListener(listener);
        tracker.start().get();
        fxThread.runNext();
        listener.batches.clear();
        listener.states.clear();
        return tracker;
    }

    @BeforeEach
    void defaultTracker() throws Exception {
        tracker(PollSettings.defaults(), null);
    }

    @AfterEach
    void close() {
        tracker.close();
    }

    @Test
    void theAddReportCountsAddedAlreadyTrackedAndLinesWithoutAnId() throws Exception {
        tracker.addFromText(id(9), "aleph");
        fxThread.runNext();

        AddReport report = tracker.addFromText("""
                task %s done?
                {"taskId": "%s"}
                here is the last one: %s
                and %s again
                nothing here

                just some words
                """.formatted(id(1), id(2), id(3), id(9)), "aleph");

        assertThat(report.added()).containsExactly(id(1), id(2), id(3));
        assertThat(report.alreadyTracked()).containsExactly(id(9));
        assertThat(report.summary()).isEqualTo("3 added, 1 already tracked, 2 lines had no task ID");
    }

    @Test
    void anImportKeepsTrackedTasksAsTheyAreAndAddsTheNewOnesWithTheirStatusAndLinks() throws Exception {
        tracker.addFromText(id(1), "aleph");
        fxThread.runNext();
        TaskStatus.Succeeded done = new TaskStatus.Succeeded(null, null, List.of("https://x.kie.ai/1.png", "https://x.kie.ai/2.png"), T0);
        TrackedTask finished = TrackedTask.added(id(2), "aleph", T0.minusSeconds(60)).withStatus(done).withSchedule(null, null);
        TrackedTask elsewhereRunning = TrackedTask.added(id(1), "aleph", T0).withStatus(new TaskStatus.Running());

        AddReport report = tracker.importTasks(List.of(elsewhereRunning, finished));
        fxThread.runNext();

        assertThat(report.added()).containsExactly(id(2));
        assertThat(report.alreadyTracked()).containsExactly(id(1));
        assertThat(tracker.tasks()).extracting(TrackedTask::taskId).containsExactly(id(1), id(2));
        assertThat(tracker.tasks().getFirst().status()).as("the tracked task is kept").isInstanceOf(TaskStatus.Pending.class);
        assertThat(store.get(id(2))).isEqualTo(finished);
        assertThat(listener.batches.getLast().changed()).containsExactly(finished);
    }

    @Test
    void importedFinishedTasksAreNotPolledAndUnfinishedOnesAre() throws Exception {
        TaskStatus.Succeeded done = new TaskStatus.Succeeded("https://x.kie.ai/v.mp4", null, T0);
        tracker.importTasks(List.of(
                TrackedTask.added(id(1), "aleph", T0).withStatus(done).withSchedule(null, null),
                TrackedTask.added(id(2), "aleph", T0).withStatus(new TaskStatus.Running())));
        fxThread.runPending();

        tracker.runCycle();

        assertThat(api.polls(id(1))).isZero();
        assertThat(api.polls(id(2))).isEqualTo(1);
    }

    @Test
    void addedTasksArePersistedBeforeTheListenerHearsOfThem() throws Exception {
        tracker.addFromText(id(1) + "\n" + id(2), "aleph");
        fxThread.runNext();

        assertThat(listener.batches).hasSize(1);
        assertThat(listener.batches.getFirst().changed()).extracting(TrackedTask::taskId).containsExactly(id(1), id(2));
        assertThat(listener.batches.getFirst().changed()).allSatisfy(t -> assertThat(store.get(t.taskId())).isEqualTo(t));
        assertThat(tracker.tasks()).extracting(TrackedTask::taskId).containsExactly(id(1), id(2));
    }

    @Test
    void aCycleReachesListenersAsOneBatchEvenWithAThousandChangedTasks() throws Exception {
        tracker.close();
        tracker(PollSettings.defaults().withRequestsPerSecond(5_000).withMaxInFlight(8), null);
        String text = IntStream.rangeClosed(1, 1_000).mapToObj(TrackingServiceTest::id).collect(Collectors.joining("\n"));
        tracker.addFromText(text, "aleph");
        fxThread.runNext();
        listener.batches.clear();

        CycleResult result = tracker.runCycle();
        fxThread.runPending();

        assertThat(result.changed()).hasSize(1_000);
        assertThat(listener.batches).hasSize(1);
        assertThat(listener.batches.getFirst().changed()).hasSize(1_000)
                .allSatisfy(t -> assertThat(t.status()).isInstanceOf(TaskStatus.Running.class));
        assertThat(store.upsertBatchSizes()).endsWith(1_000);
    }

    @Test
    void aRemovedTaskComesBackExactlyAsItWasOnRestore() throws Exception {
        tracker.addFromText(id(1) + "\n" + id(2), "aleph");
        fxThread.runNext();
        tracker.runCycle();
        fxThread.runPending();
        TrackedTask before = tracker.tasks().getFirst();

        tracker.remove(List.of(id(1)));
        fxThread.runNext();
        assertThat(listener.batches.getLast().removedIds()).containsExactly(id(1));
        assertThat(store.get(id(1))).isNull();
        assertThat(tracker.tasks()).extracting(TrackedTask::taskId).containsExactly(id(2));

        tracker.restore(List.of(before));
        fxThread.runNext();
        assertThat(store.get(id(1))).isEqualTo(before);
        assertThat(tracker.tasks()).containsExactly(before, tracker.tasks().get(1));
        assertThat(listener.batches.getLast().changed()).containsExactly(before);
    }

    @Test
    void aTaskThatNewlySucceedsIsAutoSavedAndRemembersWhere() throws Exception {
        tracker.close();
        Path library = Path.of("library");
        tracker(PollSettings.defaults(), library);
        tracker.addFromText(id(1), "aleph");
        fxThread.runNext();
        api.answer(id(1), new TaskStatus.Succeeded("https://x/v.mp4", "https://x/i.png", T0));

        tracker.runCycle();
        fxThread.runNext(); // the cycle's batch
        fxThread.runNext(); // the batch saying where it was saved

        assertThat(savedInto).containsExactly(library);
        Path expected = library.resolve(id(1) + ".mp4");
        assertThat(store.get(id(1)).savedPath()).isEqualTo(expected);
        assertThat(listener.batches.getLast().changed().getFirst().savedPath()).isEqualTo(expected);

        tracker.checkNow(List.of(id(1)));
        tracker.runCycle();
        assertThat(savedInto).hasSize(1);
    }

    @Test
    void savingAnUnfinishedTaskFailsWithASentence() throws Exception {
        tracker.addFromText(id(1), "aleph");
        fxThread.runNext();

        SaveJob job = tracker.save(id(1), Path.of("out.mp4"));

        assertThatThrownBy(() -> job.result().get()).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SaveException.class)
                .hasMessage("This task has no finished result to save yet.");
    }

    @Test
    void aManualSaveIsRecordedOnTheTask() throws Exception {
        tracker.addFromText(id(1), "aleph");
        fxThread.runNext();
        api.answer(id(1), new TaskStatus.Succeeded("https://x/v.mp4", null, T0));
        tracker.runCycle();
        fxThread.runPending();

        Path path = tracker.save(id(1), Path.of("mine.mp4")).result().get();
        fxThread.runNext();

        assertThat(path).isEqualTo(Path.of("mine.mp4"));
        assertThat(tracker.tasks().getFirst().savedPath()).isEqualTo(path);
        assertThat(store.get(id(1)).savedPath()).isEqualTo(path);
    }

    @Test
    void thePollingStateIsPublishedWhenItChanges() throws Exception {
        tracker.addFromText(id(1), "aleph");
        fxThread.runNext();
        api.failEverything(FakeKieApi.error(io.alephmonitor.kie.ApiError.Kind.UNAUTHORIZED, 401));

        tracker.runCycle();
        fxThread.runPending();
        clock.advance(Duration.ofSeconds(1));
        tracker.runCycle();
        fxThread.runPending();

        assertThat(listener.states).extracting(PollingState::pause)
                .containsExactly(null, PollingState.Pause.API_KEY_REJECTED);
        assertThat(tracker.pollingState().pause()).isEqualTo(PollingState.Pause.API_KEY_REJECTED);

        api.failEverything(null);
        tracker.updateApi(api);
        fxThread.runPending();
        assertThat(listener.states.getLast().pause()).isNull();
    }
}
