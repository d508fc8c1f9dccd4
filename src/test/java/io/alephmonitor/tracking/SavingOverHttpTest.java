package io.alephmonitor.tracking;

import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.FileNames;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Saving through the whole engine: the tracker polls the simulator over real HTTP on a virtual
 * clock, persists into SQLite, and saves through {@link DownloadResultSaver}.
 */
class SavingOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String PROMPT = "A lighthouse in a storm, waves crashing";

    @TempDir
    Path library;

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(Duration.ofMinutes(2)));
    private final ExecutorService listenerThread = kie.listenerThread();
    private final ManualDriver driver = new ManualDriver(listenerThread);
    private final KieSimulator sim = kie.sim();
    private final SqliteTaskStore store = kie.sqliteStore();
    private TrackingService tracker;

    @BeforeEach
    void start() {
        kie.downloader(false);
    }

    private void startTracker(Path autoSave) throws Exception {
        tracker = kie.startedTracker(b -> b.settings(PollSettings.defaults().withInterval(Duration.ofSeconds(5)))
                .random(() -> 0.5).driver(driver).autoSaveFolder(autoSave));
    }

    /** Completes with the task's first published value that matches. Register before it can happen. */
    private CompletableFuture<TrackedTask> whenPublished(String taskId, Predicate<TrackedTask> condition) {
        CompletableFuture<TrackedTask> seen = new CompletableFuture<>();
        TrackerListener listener = (changed, removed) -> changed.stream()
                .filter(t -> t.taskId().equals(taskId) && condition.test(t)).findFirst().ifPresent(seen::complete);
        if (tracker == null) {
            throw new IllegalStateException("start the tracker first");
        }
        tracker.addListener(listener);
        return seen;
    }

    private void tickFor(Duration span) {
        for (long s = 0; s < span.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            driver.tick();
        }
    }

    /** A task that succeeded on the simulator before the app started, stored as the app left it. */
    private TrackedTask storedAsSucceeded(String taskId, String videoUrl, String imageUrl) {
        TaskStatus.Succeeded done = new TaskStatus.Succeeded(videoUrl, imageUrl, T0.minus(Duration.ofDays(1)));
        TrackedTask task = TrackedTask.added(taskId, "aleph", T0.minus(Duration.ofDays(1)))
                .withPoll(new TaskSnapshot(taskId, "aleph", done,
                        new TaskParams(PROMPT, null, null, null, null, null, null),
                        T0.minus(Duration.ofDays(1)), done.completedAt()));
        store.upsert(List.of(task));
        return task;
    }

    private String videoUrlOf(String taskId) {
        return sim.baseUri() + "/files/" + taskId + ".mp4";
    }

    private String imageUrlOf(String taskId) {
        return sim.baseUri() + "/files/" + taskId + ".png";
    }

    @Test
    void aTaskThatGoesFromRunningToSucceededIsAutoSavedByteIdenticalWithItsThumbnail() throws Exception {
        startTracker(library);
        String id = sim.newAlephTask(PROMPT, "https://example.com/lighthouse.jpg");
        tracker.addFromText(id, "aleph");
        CompletableFuture<TrackedTask> running = whenPublished(id, t -> t.status() instanceof TaskStatus.Running);
        CompletableFuture<TrackedTask> saved = whenPublished(id, t -> t.savedPath() != null);

        driver.tick();
        assertThat(running.get(10, TimeUnit.SECONDS).params().prompt()).isEqualTo(PROMPT);
        tickFor(Duration.ofMinutes(2));
        Path video = saved.get(30, TimeUnit.SECONDS).savedPath();

        assertThat(video.getParent()).isEqualTo(library);
        assertThat(sha256(video)).isEqualTo(sha256Served(videoUrlOf(id)));
        Path thumbnail = library.resolve(FileNames.thumbnailFor(video.getFileName().toString(), imageUrlOf(id)));
        assertThat(sha256(thumbnail)).isEqualTo(sha256Served(imageUrlOf(id)));
        assertThat(store.loadAll()).singleElement().satisfies(t -> {
            assertThat(t.status()).isInstanceOf(TaskStatus.Succeeded.class);
            assertThat(t.savedPath()).isEqualTo(video);
        });
        assertThat(partFilesIn(library)).isEmpty();
    }

    @Test
    void aDownloadCutHalfWayResumesAndEndsByteIdentical() throws Exception {
        startTracker(library);
        String id = sim.newAlephTask(PROMPT, "https://example.com/lighthouse.jpg");
        sim.script(id, Behaviour.CUT_DOWNLOAD);
        tracker.addFromText(id, "aleph");
        CompletableFuture<TrackedTask> saved = whenPublished(id, t -> t.savedPath() != null);

        tickFor(Duration.ofMinutes(2).plusSeconds(5));
        Path video = saved.get(30, TimeUnit.SECONDS).savedPath();

        assertThat(sim.fileRequests("/files/" + id + ".mp4")).as("the cut request, then the resumed one").isEqualTo(2);
        assertThat(sha256(video)).isEqualTo(sha256Served(videoUrlOf(id)));
        assertThat(store.loadAll()).singleElement().satisfies(t -> assertThat(t.savedPath()).isEqualTo(video));
    }

    @Test
    void aManualSaveWritesTheChosenFileReportsProgressAndIsRecorded() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/lighthouse.jpg");
        storedAsSucceeded(id, videoUrlOf(id), imageUrlOf(id));
        startTracker(null);
        CompletableFuture<TrackedTask> recorded = whenPublished(id, t -> t.savedPath() != null);
        Path target = library.resolve("my lighthouse.mp4");

        SaveJob job = tracker.save(id, target);
        Path saved = job.result().get(30, TimeUnit.SECONDS);

        assertThat(saved).isEqualTo(target);
        assertThat(job.bytesTotal()).as("the bytes served").isEqualTo(servedLength(videoUrlOf(id))).isPositive();
        assertThat(job.bytesDone()).isEqualTo(job.bytesTotal());
        assertThat(sha256(target)).isEqualTo(sha256Served(videoUrlOf(id)));
        assertThat(recorded.get(10, TimeUnit.SECONDS).savedPath()).isEqualTo(target);
        assertThat(store.loadAll()).singleElement().satisfies(t -> assertThat(t.savedPath()).isEqualTo(target));
    }

    @Test
    void aCancelledManualSaveLeavesOnlyThePartFileAndNothingOnTheTask() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/lighthouse.jpg");
        long size = 64L << 20;
        storedAsSucceeded(id, sim.addLargeFile("lighthouse-large.mp4", size), null);
        startTracker(null);
        Path target = library.resolve("lighthouse.mp4");

        SaveJob job = tracker.save(id, target);
        awaitCondition(() -> job.bytesDone() > 0 || job.result().isDone());
        assertThat(job.bytesTotal()).isEqualTo(size);
        job.cancel();

        assertThatThrownBy(() -> job.result().get(30, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        try (Stream<Path> files = Files.list(library)) {
            assertThat(files).containsExactly(FileNames.partFileOf(target));
        }
        listenerThread.submit(() -> { }).get();
        assertThat(tracker.tasks()).singleElement().satisfies(t -> {
            assertThat(t.savedPath()).isNull();
            assertThat(t.lastError()).isNull();
        });
    }

    @Test
    void aTaskAlreadySucceededAndUnsavedWhenTheAppStartsIsAutoSaved() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/lighthouse.jpg");
        storedAsSucceeded(id, videoUrlOf(id), imageUrlOf(id));
        tracker = kie.tracker(b -> b.driver(driver).autoSaveFolder(library));
        CompletableFuture<TrackedTask> saved = whenPublished(id, t -> t.savedPath() != null);

        tracker.start().get(10, TimeUnit.SECONDS);
        Path video = saved.get(30, TimeUnit.SECONDS).savedPath();

        assertThat(sha256(video)).isEqualTo(sha256Served(videoUrlOf(id)));
        assertThat(store.loadAll()).singleElement().satisfies(t -> assertThat(t.savedPath()).isEqualTo(video));
        assertThat(sim.recordRequests(id)).as("a finished task is not polled").isZero();
    }

    @Test
    void aResultLinkThatIsNotAWebAddressIsRefusedWithAMessageAndNoRequest() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/lighthouse.jpg");
        storedAsSucceeded(id, "file:///etc/passwd", null);
        tracker = kie.tracker(b -> b.driver(driver).autoSaveFolder(library));
        CompletableFuture<TrackedTask> reported = whenPublished(id, t -> t.lastError() != null);

        tracker.start().get(10, TimeUnit.SECONDS);

        assertThat(reported.get(10, TimeUnit.SECONDS).lastError()).isEqualTo("Auto-save failed: This result link is "
                + "not a web address Aleph Monitor will open: file:///etc/passwd. Only http and https links are saved; "
                + "check the task again to get a fresh link.");
        SaveJob manual = tracker.save(id, library.resolve("passwd.mp4"));
        assertThatThrownBy(() -> manual.result().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SaveException.class).hasMessageContaining("Only http and https links are saved");
        assertThat(sim.totalRequests()).isZero();
        assertThat(sim.fileRequests("/files/" + id + ".mp4")).isZero();
        assertThat(library).isEmptyDirectory();
        assertThat(store.loadAll()).singleElement().satisfies(t -> assertThat(t.savedPath()).isNull());
    }

    private static List<Path> partFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static void awaitCondition(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for the condition").isLessThan(deadline);
            LockSupport.parkNanos(1_000_000L); // a millisecond: leaves the core to the work awaited
            Thread.yield();
        }
    }

    // The media of a saved file against the media served: what a save writes into the file about its
    // task (an MP4's header tags, a PNG's text) is left out on both sides (SavedMedia).
    private static String sha256(Path file) throws IOException {
        return digest(new java.io.ByteArrayInputStream(io.alephmonitor.testsupport.SavedMedia.of(Files.readAllBytes(file))));
    }

    private static String sha256Served(String url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            byte[] served = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            return digest(new java.io.ByteArrayInputStream(io.alephmonitor.testsupport.SavedMedia.of(served)));
        }
    }

    private static long servedLength(String url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray())
                    .body().length;
        }
    }

    private static String digest(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
