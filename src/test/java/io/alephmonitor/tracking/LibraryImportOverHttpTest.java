package io.alephmonitor.tracking;

import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.LibraryOptions;
import io.alephmonitor.download.LibraryScan;
import io.alephmonitor.download.LibraryScanResult;
import io.alephmonitor.download.LinkProbe;
import io.alephmonitor.download.Sidecars;
import io.alephmonitor.kie.AlephKind;
import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files bring their tasks back (issue 15, "a library rebuilt after a reinstall"): a run with auto-save against
 * the simulator over real HTTP writes the results with their sidecars and tags; then a brand-new data folder is
 * given the saved folder, and every task is back with its prompt, parameters, tags, note and saved paths.
 */
class LibraryImportOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String CATS = "Three cats on a sofa, golden hour";
    private static final String DOG = "A dog surfing a wave at dawn";

    @TempDir
    Path library;
    @TempDir
    Path freshDataFolder;

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock);
    private final KieSimulator sim = kie.sim();

    private TrackedTask stored(String id, String prompt, List<String> urls, TaskMarks marks) {
        String raw = "{\"prompt\":\"" + prompt + "\",\"model\":\"gpt-image-1\",\"aspectRatio\":\"16:9\"}";
        TrackedTask task = new TrackedTask(id, KindIds.ALEPH, T0.minusSeconds(600),
                new TaskStatus.Succeeded(null, null, urls, T0), new TaskParams(prompt, null, null, null, null, null, raw),
                T0.minusSeconds(500), T0, null, null, null, null, null).withMarks(marks);
        kie.sqliteStore().upsert(List.of(task));
        return task;
    }

    /** Runs the first install with auto-save until both tasks' files are saved; returns them by task. */
    private Map<String, List<Path>> firstInstallSaves(String cats, String dog) throws Exception {
        var downloader = kie.downloader(false);
        var saver = new DownloadResultSaver(downloader, new LinkProbe(downloader), LibraryOptions::defaults, clock);
        TrackingService first = kie.tracker(b -> b.driver(new ManualDriver(kie.listenerThread()))
                .autoSaveFolder(library).saver(saver));
        CompletableFuture<Void> bothSaved = new CompletableFuture<>();
        first.addListener((changed, removed) -> {
            if (first.tasks().stream().allMatch(t -> !t.savedPaths().isEmpty()
                    && t.savedPaths().size() == ((TaskStatus.Succeeded) t.status()).results().size())) {
                bothSaved.complete(null);
            }
        });
        first.start().get(10, TimeUnit.SECONDS);
        bothSaved.get(30, TimeUnit.SECONDS);
        return first.tasks().stream().collect(Collectors.toMap(TrackedTask::taskId, TrackedTask::savedPaths));
    }

    private TrackingService freshInstall(SqliteTaskStore store) {
        return kie.closeAfter(TrackingService.builder(store, kie.client(), List.of(new AlephKind())).clock(clock)
                .listenerThread(kie.listenerThread()).driver(new ManualDriver(kie.listenerThread())).build());
    }

    @Test
    void aFreshDataFolderGivenTheSavedFolderGetsEveryTaskBackWithItsPromptTagsNoteAndSavedPaths() throws Exception {
        String cats = sim.newAlephTask(CATS, null);
        String dog = sim.newAlephTask(DOG, null);
        stored(cats, CATS, List.of(sim.baseUri() + "/files/" + cats + ".png", sim.addLargeFile("cats-" + cats + ".jpg", 4_000)),
                new TaskMarks(true, List.of("cats", "print"), "the one for the wall"));
        stored(dog, DOG, List.of(sim.baseUri() + "/files/" + dog + ".png"), new TaskMarks(false, List.of("dogs"), null));
        Map<String, List<Path>> saved = firstInstallSaves(cats, dog);
        Files.delete(Sidecars.of(saved.get(dog).getFirst())); // the dog's PNG keeps its task only in its tags
        Path stray = Files.writeString(library.resolve("shopping list.txt"), "milk");

        SqliteTaskStore fresh = kie.closeAfter(SqliteTaskStore.open(freshDataFolder));
        TrackingService second = freshInstall(fresh);
        second.start().get(10, TimeUnit.SECONDS);
        LibraryScanResult found = new LibraryScan(Set.of(KindIds.ALEPH), clock.instant()).scan(List.of(library));
        AddReport report = second.bringBack(found.tasks());

        assertThat(report.added()).containsExactlyInAnyOrder(cats, dog);
        assertThat(found.carryNothing()).containsExactly(stray.toAbsolutePath());
        assertThat(found.summary(report.added().size(), report.alreadyTracked().size()))
                .isEqualTo("Brought back 2 tasks from 6 files · 1 file carries no task (shopping list.txt)");
        Map<String, TrackedTask> back = second.tasks().stream().collect(Collectors.toMap(TrackedTask::taskId, Function.identity()));
        TrackedTask catsBack = back.get(cats);
        assertThat(catsBack.params().prompt()).isEqualTo(CATS);
        assertThat(catsBack.params().aspectRatio()).isEqualTo("16:9");
        assertThat(catsBack.kind()).isEqualTo(KindIds.ALEPH);
        assertThat(catsBack.status()).isInstanceOf(TaskStatus.Succeeded.class);
        assertThat(catsBack.nextPollAt()).as("finished: not polled again").isNull();
        assertThat(catsBack.marks()).isEqualTo(new TaskMarks(true, List.of("cats", "print"), "the one for the wall"));
        assertThat(catsBack.savedPaths()).containsExactlyInAnyOrderElementsOf(saved.get(cats));
        TrackedTask dogBack = back.get(dog);
        assertThat(dogBack.params().prompt()).as("from the PNG's text").isEqualTo(DOG);
        assertThat(dogBack.savedPaths()).containsExactlyElementsOf(saved.get(dog));
        assertThat(dogBack.status()).as("only its ID is known: polled and detected").isInstanceOf(TaskStatus.Pending.class);

        second.close();
        assertThat(fresh.loadAll()).extracting(t -> t.params().prompt()).containsExactlyInAnyOrder(CATS, DOG);
        assertThat(fresh.loadAll()).filteredOn(t -> t.taskId().equals(cats)).singleElement()
                .satisfies(t -> assertThat(t.tags()).containsExactly("cats", "print"));
    }

    @Test
    void aTaskTrackedAlreadyKeepsItsStatusAndGainsTheTagsPromptAndSavedPathsItLacked() throws Exception {
        String cats = sim.newAlephTask(CATS, null);
        stored(cats, CATS, List.of(sim.baseUri() + "/files/" + cats + ".png"), new TaskMarks(false, List.of("cats"), "kept"));
        Map<String, List<Path>> saved = firstInstallSaves(cats, null);

        SqliteTaskStore fresh = kie.closeAfter(SqliteTaskStore.open(freshDataFolder));
        TrackingService second = freshInstall(fresh);
        second.start().get(10, TimeUnit.SECONDS);
        second.addIds(List.of(cats), KindIds.ALEPH); // pasted by hand before the folder was dropped
        second.setNote(cats, "my own note");
        LibraryScanResult found = new LibraryScan(Set.of(KindIds.ALEPH), clock.instant()).scan(List.of(library));
        AddReport report = second.bringBack(found.tasks());
        AddReport again = second.bringBack(found.tasks());

        assertThat(report.added()).isEmpty();
        assertThat(report.alreadyTracked()).containsExactly(cats);
        assertThat(again.alreadyTracked()).containsExactly(cats);
        TrackedTask task = second.tasks().getFirst();
        assertThat(task.status()).as("its own status stays").isInstanceOf(TaskStatus.Pending.class);
        assertThat(task.params().prompt()).isEqualTo(CATS);
        assertThat(task.marks()).isEqualTo(new TaskMarks(false, List.of("cats"), "my own note"));
        assertThat(task.savedPaths()).containsExactlyElementsOf(saved.get(cats));
    }
}
