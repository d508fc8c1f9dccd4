package io.alephmonitor.tracking;

import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.FileNames;
import io.alephmonitor.kie.AlephKind;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.alephmonitor.testsupport.SavedMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-save of a task whose results come in two steps, as Suno's do ({@code FIRST_SUCCESS}: the
 * first track, then {@code SUCCESS}: both): the first track is saved while the task is running,
 * and once it has succeeded only the second is fetched. The answers are scripted (a fake kie.ai),
 * the track files come over real HTTP from the simulator.
 */
class PartialResultAutoSaveOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String TRACK_1 = "5c79a3f0-1111-4aaa-8bbb-000000000001";
    private static final String TRACK_2 = "9d02bb41-2222-4aaa-8bbb-000000000002";

    @TempDir
    Path library;

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock);
    private final ExecutorService listenerThread = kie.listenerThread();
    private final KieSimulator sim = kie.sim();
    private final FakeKieApi kieAi = new FakeKieApi();

    private TrackingService tracker() {
        return kie.closeAfter(TrackingService.builder(kie.memoryStore(), kieAi, List.of(new AlephKind()))
                .saver(new DownloadResultSaver(kie.downloader(false))).clock(clock).listenerThread(listenerThread)
                .driver(new ManualDriver(listenerThread)).autoSaveFolder(library).build());
    }

    private CompletableFuture<TrackedTask> whenSeen(TrackingService tracker, String id, Predicate<TrackedTask> test) {
        CompletableFuture<TrackedTask> seen = new CompletableFuture<>();
        tracker.addListener((changed, removed) -> changed.stream()
                .filter(t -> t.taskId().equals(id) && test.test(t)).findFirst().ifPresent(seen::complete));
        return seen;
    }

    @Test
    void aTrackSavedWhileTheTaskWasPartlyReadyIsNeverFetchedAgainAndBothEndUpSavedInResultOrder() throws Exception {
        String id = sim.addAlephTask("e1f3a2b4-5c6d-4e7f-8a9b-0c1d2e3f4a5b", "A calm piano piece", null);
        String first = sim.baseUri() + "/files/" + id + ".mp3";
        String second = sim.baseUri() + "/files/" + id + "_1.mp3";
        ResultFile.Audio track1 = new ResultFile.Audio(first, null, "Calm piano", 6.0, "piano", null, TRACK_1);
        ResultFile.Audio track2 = new ResultFile.Audio(second, null, "Calm piano (2)", 6.0, "piano", null, TRACK_2);
        kieAi.answer(id, new TaskStatus.Running(0.5, "First track ready", List.of(track1)));
        TrackingService tracker = tracker();
        tracker.start().get(10, TimeUnit.SECONDS);
        tracker.addFromText(id, "aleph");
        CompletableFuture<TrackedTask> partlySaved = whenSeen(tracker, id, t -> t.savedPaths().size() == 1);

        tracker.runCycle();
        Path firstFile = partlySaved.get(30, TimeUnit.SECONDS).savedPaths().getFirst();

        String stem = FileNames.stemFor("a prompt", id);
        assertThat(firstFile.getFileName().toString()).isEqualTo(stem + "-5c79a3f0.mp3");
        CompletableFuture<TrackedTask> allSaved = whenSeen(tracker, id, t -> t.savedPaths().size() == 2);
        kieAi.answer(id, TaskStatus.Succeeded.of(List.of(track1, track2), T0.plusSeconds(60)));
        clock.advance(Duration.ofMinutes(1));
        tracker.runCycle();
        List<Path> saved = allSaved.get(30, TimeUnit.SECONDS).savedPaths();

        assertThat(saved).extracting(p -> p.getFileName().toString())
                .containsExactly(stem + "-5c79a3f0.mp3", stem + "-9d02bb41.mp3");
        assertThat(saved.getFirst()).isEqualTo(firstFile);
        assertThat(SavedMedia.of(Files.readAllBytes(saved.get(0)))).isEqualTo(SavedMedia.of(served(first)));
        assertThat(SavedMedia.of(Files.readAllBytes(saved.get(1)))).isEqualTo(SavedMedia.of(served(second)));
        assertThat(sim.fileRequests("/files/" + id + ".mp3")).as("the first track, once (and once by this test)").isEqualTo(2);
        assertThat(sim.fileRequests("/files/" + id + "_1.mp3")).as("the second track, once (and once by this test)").isEqualTo(2);
        try (var files = Files.list(library)) {
            assertThat(files.filter(f -> !f.toString().endsWith(".aleph.json"))).hasSize(2);
        }
    }

    @Test
    void aTaskWithEveryResultSavedNeedsNoSavingAndOneWithAResultMoreDoes() {
        ResultFile.Audio track1 = new ResultFile.Audio("https://x.example/a.mp3", null, null, null, null, null, TRACK_1);
        ResultFile.Audio track2 = new ResultFile.Audio("https://x.example/b.mp3", null, null, null, null, null, TRACK_2);
        TrackedTask partly = TrackedTask.added("t1", "aleph", T0)
                .withStatus(new TaskStatus.Running(null, null, List.of(track1)));

        assertThat(AutoSaveQueue.needsSaving(partly)).as("a partial result not saved yet").isTrue();
        TrackedTask savedPartly = partly.withSavedPaths(List.of(library.resolve("a.mp3")));
        assertThat(AutoSaveQueue.needsSaving(savedPartly)).isFalse();
        assertThat(AutoSaveQueue.needsSaving(savedPartly.withStatus(TaskStatus.Succeeded.of(List.of(track1, track2), T0))))
                .as("the second track is new").isTrue();
        assertThat(AutoSaveQueue.needsSaving(TrackedTask.added("t2", "aleph", T0).withStatus(new TaskStatus.Running())))
                .isFalse();
    }

    private static byte[] served(String url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }
}
