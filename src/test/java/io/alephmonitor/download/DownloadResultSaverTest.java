package io.alephmonitor.download;

import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.concurrent.locks.LockSupport;

import static io.alephmonitor.download.DownloaderTest.sha256;
import static io.alephmonitor.download.DownloaderTest.sha256Served;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tracker's saver against the simulator: a chosen file, the library folder, refused links. */
class DownloadResultSaverTest {

    private static final String PROMPT = "A paper boat drifting down a rainy street";

    @TempDir
    Path dir;

    private KieSimulator sim;
    private Downloader downloader;
    private DownloadResultSaver saver;

    @BeforeEach
    void start() {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ZERO));
        downloader = new Downloader(3, Duration.ofMillis(10));
        saver = new DownloadResultSaver(downloader);
    }

    @AfterEach
    void stop() {
        downloader.close();
        sim.close();
    }

    private static TrackedTask succeeded(String taskId, String videoUrl, String imageUrl) {
        return TrackedTask.added(taskId, "aleph", Instant.now()).withPoll(new TaskSnapshot(taskId, "aleph",
                new TaskStatus.Succeeded(videoUrl, imageUrl, Instant.now()),
                new TaskParams(PROMPT, null, null, null, null, null, null), Instant.now(), Instant.now()));
    }

    private String file(String id, String extension) {
        return sim.baseUri() + "/files/" + id + "." + extension;
    }

    private static byte[] served(URI url) throws Exception {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(java.net.http.HttpRequest.newBuilder(url).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }

    private String[] namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".aleph.json")) // the sidecars
                    .sorted().toArray(String[]::new);
        }
    }

    @Test
    void saveToWritesTheVideoIntoExactlyThatFileAndNothingElse() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/boat.jpg");
        Path target = dir.resolve("boat, final cut.mp4");

        Path saved = saver.saveTo(succeeded(id, file(id, "mp4"), file(id, "png")), target).result().get(30, TimeUnit.SECONDS);

        assertThat(saved).isEqualTo(target);
        assertThat(io.alephmonitor.testsupport.SavedMedia.of(Files.readAllBytes(target)))
                .as("the video, without the prompt written into its header")
                .isEqualTo(io.alephmonitor.testsupport.SavedMedia.of(served(URI.create(file(id, "mp4")))));
        assertThat(namesIn(dir)).containsExactly("boat, final cut.mp4");
    }

    @Test
    void anImageOnlyResultSavesTheImage() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/boat.jpg");

        Path saved = saver.saveInto(succeeded(id, null, file(id, "png")), dir).result().get(30, TimeUnit.SECONDS);

        assertThat(saved.getFileName().toString()).endsWith(FileNames.shortId(id) + ".png");
        assertThat(io.alephmonitor.testsupport.SavedMedia.of(Files.readAllBytes(saved))).as("the image, without the prompt written into it")
                .isEqualTo(io.alephmonitor.testsupport.SavedMedia.of(served(URI.create(file(id, "png")))));
        assertThat(namesIn(dir)).containsExactly(saved.getFileName().toString());
    }

    @Test
    void saveIntoReportsTheVideosProgressAndCompletesWithTheVideoOnceTheThumbnailIsThere() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/boat.jpg");

        SaveJob job = saver.saveInto(succeeded(id, file(id, "mp4"), file(id, "png")), dir);
        Path video = job.result().get(30, TimeUnit.SECONDS);

        assertThat(job.bytesTotal()).as("the bytes served").isEqualTo(served(URI.create(file(id, "mp4"))).length);
        assertThat(job.bytesDone()).isEqualTo(job.bytesTotal());
        assertThat(namesIn(dir)).containsExactly("paper-boat-drifting-down-a-rainy-" + FileNames.shortId(id) + "-thumb.png",
                "paper-boat-drifting-down-a-rainy-" + FileNames.shortId(id) + ".mp4");
    }

    @Test
    void cancellingALibrarySaveLeavesOnlyThePartFileAndNoThumbnail() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/boat.jpg");
        String big = sim.addLargeFile("boat-large.mp4", 64L << 20);

        SaveJob job = saver.saveInto(succeeded(id, big, file(id, "png")), dir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (job.bytesDone() == 0 && !job.result().isDone()) {
            assertThat(System.nanoTime()).as("the save started within 30 s").isLessThan(deadline);
            LockSupport.parkNanos(1_000_000L); // a millisecond: leaves the core to the work awaited
        }
        job.cancel();

        assertThatThrownBy(() -> job.result().get(30, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(job.result().isCancelled()).isTrue();
        assertThat(namesIn(dir)).singleElement().satisfies(name -> assertThat(name).endsWith(".mp4.part"));
        assertThat(sim.fileRequests("/files/" + id + ".png")).isZero();
    }

    @Test
    void aLinkThatIsNotAWebAddressIsRefusedWithAMessageAndNoRequest() {
        String id = sim.newAlephTask(PROMPT, "https://example.com/boat.jpg");
        TrackedTask task = succeeded(id, "ftp://" + sim.baseUri().getAuthority() + "/files/" + id + ".mp4", null);

        for (SaveJob job : new SaveJob[] {saver.saveTo(task, dir.resolve("boat.mp4")), saver.saveInto(task, dir)}) {
            assertThatThrownBy(() -> job.result().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(SaveException.class)
                    .hasMessageStartingWith("This result link is not a web address Aleph Monitor will open: ftp://")
                    .hasMessageContaining("Only http and https links are saved");
        }
        assertThat(sim.fileRequests("/files/" + id + ".mp4")).isZero();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aTaskThatHasNotSucceededIsRefusedBySaveTo() {
        TrackedTask running = TrackedTask.added("ee603959-debb-48d1-98c4-a6d1c717eba6", "aleph", Instant.now())
                .withStatus(new TaskStatus.Running());

        assertThatThrownBy(() -> saver.saveTo(running, dir.resolve("x.mp4")).result().join()).cause()
                .isInstanceOf(SaveException.class).hasMessageContaining("Only finished tasks");
    }
}
