package io.alephmonitor.tracking;

import io.alephmonitor.download.FileNames;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.alephmonitor.testsupport.PngChunks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A task with several image results (other kinds than Aleph): Save and auto-save keep every one, over real HTTP. */
class SaveAllOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    @TempDir
    Path library;

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock);
    private final ExecutorService listenerThread = kie.listenerThread();
    private final KieSimulator sim = kie.sim();
    private final SqliteTaskStore store = kie.sqliteStore();
    private TrackingService tracker;

    @BeforeEach
    void start() {
        kie.downloader(true);
    }

    /** Three image results: the task's own PNG, the sample PNG (expired: only a fresh link works) and a JPEG. */
    private List<String> threeImages(String id) {
        sim.expireFile("sample.png", 410);
        return List.of(sim.baseUri() + "/files/" + id + ".png", sim.baseUri() + "/files/sample.png",
                sim.addLargeFile("cats-" + id + ".jpg", 5_000));
    }

    private TrackedTask storedWithResults(String id, List<String> urls) {
        TaskStatus.Succeeded done = new TaskStatus.Succeeded(null, null, urls, T0);
        TrackedTask task = new TrackedTask(id, "aleph", T0, done, new TaskParams("Three cats on a sofa", null, null, null, null, null, null),
                null, T0, null, null, null, null, null);
        store.upsert(List.of(task));
        return task;
    }

    private void startTracker(Path autoSave) throws Exception {
        tracker = kie.tracker(b -> b.driver(new ManualDriver(listenerThread)).autoSaveFolder(autoSave));
    }

    private CompletableFuture<TrackedTask> whenSaved(String id) {
        CompletableFuture<TrackedTask> seen = new CompletableFuture<>();
        tracker.addListener((changed, removed) -> changed.stream()
                .filter(t -> t.taskId().equals(id) && !t.savedPaths().isEmpty()).findFirst().ifPresent(seen::complete));
        return seen;
    }

    @Test
    void saveWritesEveryResultNumberedWithItsOwnExtensionAndTheTaskKeepsAllPaths() throws Exception {
        String id = sim.newAlephTask("Three cats on a sofa", null);
        List<String> urls = threeImages(id);
        storedWithResults(id, urls);
        startTracker(null);
        tracker.start().get(10, TimeUnit.SECONDS);
        CompletableFuture<TrackedTask> recorded = whenSaved(id);

        SaveJob job = tracker.save(id, library.resolve("my cats.png"));
        List<Path> files = job.savedFiles().get(30, TimeUnit.SECONDS);

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("my cats-1.png", "my cats-2.png", "my cats-3.jpg");
        for (int i = 0; i < 3; i++) {
            byte[] served = served(i == 1 ? urls.get(1) + "?token=x" : urls.get(i));
            byte[] saved = Files.readAllBytes(files.get(i));
            if (i < 2) { // the PNGs carry the prompt in text chunks; the image itself is as sent
                assertThat(PngChunks.withoutText(saved)).isEqualTo(PngChunks.withoutText(served));
            } else {
                assertThat(saved).isEqualTo(served);
            }
        }
        assertThat(job.result().get()).isEqualTo(files.getFirst());
        assertThat(job.bytesTotal()).isEqualTo(job.bytesDone()).isPositive();
        assertThat(recorded.get(10, TimeUnit.SECONDS).savedPaths()).containsExactlyElementsOf(files);
        assertThat(store.loadAll()).singleElement().satisfies(t -> {
            assertThat(t.savedPaths()).containsExactlyElementsOf(files);
            assertThat(((TaskStatus.Succeeded) t.status()).resultUrls()).as("fresh links are never stored")
                    .containsExactlyElementsOf(urls);
        });
    }

    @Test
    void autoSaveKeepsEveryResultInTheLibraryAndDoesNotFetchThemAgainNextTime() throws Exception {
        String id = sim.newAlephTask("Three cats on a sofa", null);
        storedWithResults(id, threeImages(id));
        startTracker(library);
        CompletableFuture<TrackedTask> recorded = whenSaved(id);
        tracker.start().get(10, TimeUnit.SECONDS);

        List<Path> files = recorded.get(30, TimeUnit.SECONDS).savedPaths();
        String base = FileNames.forTask("Three cats on a sofa", id, null, "png");

        assertThat(files).hasSize(3).allSatisfy(f -> assertThat(f).isRegularFile().hasParent(library));
        assertThat(files.getFirst().getFileName().toString()).isEqualTo(FileNames.numbered(base, 1, null, "png"));
        int requests = sim.fileRequests("/files/" + id + ".png");
        tracker.close();
        startTracker(library);
        tracker.start().get(10, TimeUnit.SECONDS);
        tracker.setAutoSaveFolder(library); // offers every task again
        listenerThread.submit(() -> { }).get();
        assertThat(sim.fileRequests("/files/" + id + ".png")).as("all files are there: nothing fetched again").isEqualTo(requests);
    }

    private static byte[] served(String url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }
}
