package io.alephmonitor.tracking;

import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.model.SavedFileState;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Which tasks the tracker auto-saves, in which order, and what a failed or lost save leaves behind. */
class AutoSaveTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    @TempDir
    Path library;

    private final MutableClock clock = new MutableClock(T0);
    private final FakeKieApi api = new FakeKieApi();
    private final InMemoryTaskStore store = new InMemoryTaskStore();
    private final ListenerQueue fxThread = new ListenerQueue();
    private final List<String> saveStarted = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Path>> held = new ConcurrentHashMap<>();
    private TrackingService tracker;

    /** Saves at once into folder/ID.mp4, fails for IDs in {@code failing}, waits for IDs in {@code held}. */
    private final ResultSaver saver = new ResultSaver() {
        @Override
        public SaveJob saveTo(TrackedTask task, Path targetFile) {
            return new FailedSaveJob(CompletableFuture.completedFuture(targetFile));
        }

        @Override
        public SaveJob saveInto(TrackedTask task, Path folder) {
            saveStarted.add(task.taskId());
            if (failing.contains(task.taskId())) {
                return new FailedSaveJob("The link has expired or was removed (the server answered 410).");
            }
            CompletableFuture<Path> waiting = held.get(task.taskId());
            return new FailedSaveJob(waiting != null ? waiting
                    : CompletableFuture.completedFuture(folder.resolve(task.taskId() + ".mp4")));
        }
    };

    private static String id(int n) {
        return "00000000-0000-0000-0000-%012d".formatted(n);
    }

    private static TrackedTask succeeded(String id, Instant completedAt) {
        TaskStatus.Succeeded done = new TaskStatus.Succeeded("https://x/" + id + ".mp4", null, completedAt);
        return TrackedTask.added(id, "aleph", T0).withPoll(new TaskSnapshot(id, "aleph", done, TaskParams.EMPTY,
                completedAt.minusSeconds(60), completedAt));
    }

    private void startTracker(Path autoSave) throws Exception {
        tracker = TrackingService.builder(store, api, List.of(FakeKind.ALEPH))
                .saver(saver).clock(clock).random(() -> 0.5)
                .driver(TrackingServiceTest.BY_HAND).listenerThread(fxThread).autoSaveFolder(autoSave).build();
        tracker.start().get();
    }

    @AfterEach
    void close() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Test
    void tasksAlreadyFinishedAtStartAreSavedTheLinkThatExpiresFirstFirst() throws Exception {
        store.upsert(List.of(succeeded(id(1), T0.minus(Duration.ofDays(2))),
                succeeded(id(2), T0.minus(Duration.ofDays(9))),
                succeeded(id(3), T0.minus(Duration.ofDays(5))),
                succeeded(id(4), T0).withSavedPath(Files.writeString(library.resolve("kept.mp4"), "kept"))));

        startTracker(library);
        for (int batch = 0; batch < 4; batch++) {
            fxThread.runNext(); // the loaded tasks, then one batch per save, each after its store write
        }

        assertThat(saveStarted).containsExactly(id(2), id(3), id(1));
        assertThat(store.get(id(2)).savedPath()).isEqualTo(library.resolve(id(2) + ".mp4"));
        assertThat(store.get(id(4)).savedPath()).isEqualTo(library.resolve("kept.mp4"));
    }

    @Test
    void onlyAFewSavesRunAtOnceAndTheNextStartsWhenOneEnds() throws Exception {
        for (int n = 1; n <= 4; n++) {
            store.upsert(List.of(succeeded(id(n), T0.minus(Duration.ofDays(10 - n)))));
            held.put(id(n), new CompletableFuture<>());
        }

        startTracker(library);
        assertThat(saveStarted).containsExactly(id(1), id(2));

        held.get(id(2)).complete(library.resolve("two.mp4"));
        assertThat(saveStarted).containsExactly(id(1), id(2), id(3));
    }

    @Test
    void turningAutoSaveOnSavesTheFinishedTasksNotSavedYet() throws Exception {
        store.upsert(List.of(succeeded(id(1), T0)));
        startTracker(null);
        assertThat(saveStarted).isEmpty();

        tracker.setAutoSaveFolder(library);
        fxThread.runNext(); // the loaded tasks
        fxThread.runNext(); // where id(1) was saved

        assertThat(saveStarted).containsExactly(id(1));
        assertThat(tracker.tasks().getFirst().savedPath()).isEqualTo(library.resolve(id(1) + ".mp4"));
    }

    @Test
    void aFailedAutoSaveBecomesTheTasksErrorAndIsNotTriedAgainByLaterCycles() throws Exception {
        tracker = null;
        failing.add(id(1));
        startTracker(library);
        tracker.addFromText(id(1), "aleph");
        api.answer(id(1), new TaskStatus.Succeeded("https://x/v.mp4", null, T0));

        tracker.runCycle();
        assertThat(tracker.tasks().getFirst().lastError())
                .isEqualTo("Auto-save failed: The link has expired or was removed (the server answered 410).");
        for (int i = 0; i < 5; i++) { // "Check again" answers the same link: no point fetching it again
            clock.advance(Duration.ofMinutes(1));
            tracker.checkNow(List.of(id(1)));
            tracker.runCycle();
        }

        assertThat(saveStarted).containsExactly(id(1));
        assertThat(tracker.tasks().getFirst().savedPath()).isNull();

        failing.clear();
        tracker.setAutoSaveFolder(library);
        fxThread.runPending();
        tracker.checkNow(List.of(id(1)));
        tracker.runCycle(); // the turned-on folder's own pass is on the background thread; a cycle may also offer it
        awaitSaved(id(1));
        assertThat(saveStarted).containsExactly(id(1), id(1));
        assertThat(tracker.tasks().getFirst().lastError()).isNull();
    }

    @Test
    void aTaskWhoseSavedFileIsGoneIsReportedAndNotFetchedAgain() throws Exception {
        Path gone = library.resolve("gone.mp4");
        store.upsert(List.of(succeeded(id(1), T0).withSavedPath(gone)));

        startTracker(library);
        fxThread.runNext(); // the loaded tasks
        fxThread.runNext(); // the missing file reported

        assertThat(saveStarted).isEmpty();
        assertThat(store.get(id(1)).lastError()).isEqualTo(TrackingService.SAVED_FILE_MISSING + gone
                + ". Put it back, or save the video again before its link expires.");
        assertThat(store.get(id(1)).savedPath()).isEqualTo(gone);
        assertThat(store.get(id(1)).savedFile()).isEqualTo(SavedFileState.MISSING);
    }

    @Test
    void aMissingFileThatCameBackIsNoLongerReported() throws Exception {
        Path back = Files.writeString(library.resolve("back.mp4"), "video");
        store.upsert(List.of(succeeded(id(1), T0).withSavedPath(back).withSavedFile(SavedFileState.MISSING)
                .withLastError(TrackingService.SAVED_FILE_MISSING + back + ". Put it back.")));

        startTracker(library);
        fxThread.runNext();
        fxThread.runNext();

        assertThat(store.get(id(1)).lastError()).isNull();
        assertThat(store.get(id(1)).savedFile()).isEqualTo(SavedFileState.PRESENT);
    }

    @Test
    void aSavedFileDeletedWhileTheAppRunsIsFoundMissingOnRecheckAndFoundAgainWhenItIsBack() throws Exception {
        Path file = Files.writeString(library.resolve("kept.mp4"), "video");
        store.upsert(List.of(succeeded(id(1), T0).withSavedPath(file)));
        startTracker(null);
        fxThread.runNext(); // the loaded tasks

        Files.delete(file);
        tracker.recheckSavedFiles(List.of(id(1)));
        fxThread.runNext(); // the missing file published
        assertThat(tracker.tasks().getFirst().savedFile()).isEqualTo(SavedFileState.MISSING);
        assertThat(store.get(id(1)).savedFile()).isEqualTo(SavedFileState.MISSING);

        Files.writeString(file, "video");
        tracker.recheckSavedFiles(List.of(id(1)));
        fxThread.runNext();
        assertThat(store.get(id(1)).savedFile()).isEqualTo(SavedFileState.PRESENT);
        assertThat(store.get(id(1)).lastError()).isNull();
    }

    private void awaitSaved(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tracker.tasks().stream().noneMatch(t -> t.taskId().equals(id) && t.savedPath() != null)) {
            assertThat(System.nanoTime()).as("waited 30 s for the save").isLessThan(deadline);
            LockSupport.parkNanos(1_000_000L); // a millisecond: leaves the core to the work awaited
        }
    }
}
