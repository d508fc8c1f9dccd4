package io.alephmonitor.download;

import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving against the simulator's file server over real HTTP on loopback. */
class DownloaderTest {

    private static final String PROMPT = "A majestic eagle soaring through mountain clouds at sunset";

    @TempDir
    Path dir;

    private KieSimulator sim;
    private Downloader downloader;

    @BeforeEach
    void startSimulator() {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ZERO));
        downloader = new Downloader(3, Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        downloader.close();
        sim.close();
    }

    @Test
    void aFinishedTasksVideoIsSavedByteIdenticalToWhatTheServerServes() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/eagle.jpg");
        URI video = videoOf(id);
        Path target = dir.resolve("eagle.mp4");

        SaveJob job = downloader.start(video, target);

        assertThat(job.result().get(30, TimeUnit.SECONDS)).isEqualTo(target);
        assertThat(sha256(target)).isEqualTo(sha256Served(video));
        assertThat(job.bytesDone()).isEqualTo(Files.size(target)).isEqualTo(job.bytesTotal());
        assertThat(FileNames.partFileOf(target)).doesNotExist();
    }

    @Test
    void aTransferCutHalfWayIsResumedWithRangeAndEndsByteIdentical() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/eagle.jpg");
        sim.script(id, Behaviour.CUT_DOWNLOAD);
        URI video = videoOf(id);
        Path target = dir.resolve("eagle.mp4");

        SaveJob job = downloader.start(video, target);

        assertThat(job.result().get(30, TimeUnit.SECONDS)).isEqualTo(target);
        assertThat(sim.fileRequests(video.getPath())).isEqualTo(2);
        assertThat(sha256(target)).isEqualTo(sha256Served(video));
        assertThat(FileNames.partFileOf(target)).doesNotExist();
    }

    @Test
    void aCancelledSaveLeavesOnlyThePartFileAndALaterSaveResumesFromItsLength() throws Exception {
        URI big = URI.create(sim.addLargeFile("big.mp4", 64L << 20));
        Path target = dir.resolve("big.mp4");
        Path part = FileNames.partFileOf(target);

        SaveJob first = downloader.start(big, target);
        awaitCondition(() -> first.bytesDone() > 0 || first.result().isDone());
        first.cancel();

        assertThatThrownBy(() -> first.result().join()).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(first.result().isCancelled()).isTrue();
        assertThat(target).doesNotExist();
        assertThat(part).exists();
        long kept = Files.size(part);
        assertThat(kept).isPositive().isLessThan(64L << 20);

        // Mark the kept bytes: only a ranged request keeps them in the final file.
        byte[] marker = new byte[(int) Math.min(kept, 4096)];
        java.util.Arrays.fill(marker, (byte) 0x5A);
        try (var channel = java.nio.channels.FileChannel.open(part, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(marker), 0);
        }

        SaveJob second = downloader.start(big, target);

        assertThat(second.result().get(60, TimeUnit.SECONDS)).isEqualTo(target);
        assertThat(Files.size(target)).isEqualTo(64L << 20);
        assertThat(sim.fileRequests(big.getPath())).isEqualTo(2);
        try (InputStream saved = Files.newInputStream(target); InputStream served = open(big)) {
            assertThat(saved.readNBytes(marker.length)).isEqualTo(marker);
            served.skipNBytes(marker.length);
            assertThat(digest(saved)).isEqualTo(digest(served));
        }
        assertThat(part).doesNotExist();
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/eagle.jpg");
        Path target = dir.resolve("eagle.mp4");
        Files.writeString(target, "my own edit");

        SaveJob job = downloader.start(videoOf(id), target);

        assertThatThrownBy(() -> job.result().join()).cause()
                .isInstanceOf(SaveException.class).hasMessageContaining("already exists");
        assertThat(target).hasContent("my own edit");
        assertThat(sim.fileRequests(videoOf(id).getPath())).isZero();
    }

    @Test
    void aRemovedLinkFailsWithAClearMessageAndLeavesNoFile() {
        URI gone = URI.create(sim.baseUri() + "/files/no-such-task.mp4");
        Path target = dir.resolve("gone.mp4");

        SaveJob job = downloader.start(gone, target);

        assertThatThrownBy(() -> job.result().join()).cause()
                .isInstanceOf(SaveException.class)
                .hasMessageStartingWith("The link has expired or was removed");
        assertThat(target).doesNotExist();
        assertThat(FileNames.partFileOf(target)).doesNotExist();
    }

    @Test
    void linksThatAreNotWebAddressesAreRefusedWithoutAnyRequest() {
        String id = sim.newAlephTask(PROMPT, "https://example.com/eagle.jpg");
        String withCredentials = videoOf(id).toString().replace("://", "://user:secret@");
        for (String link : new String[] {"file:///etc/passwd", "jar:file:/app.jar!/x.mp4", "javascript:alert(1)",
                "/files/" + id + ".mp4", withCredentials}) {
            SaveJob job = downloader.start(URI.create(link), dir.resolve("x.mp4"));
            assertThatThrownBy(() -> job.result().join()).cause()
                    .isInstanceOf(SaveException.class)
                    .hasMessageStartingWith("This result link is not a web address Aleph Monitor will open: ")
                    .message().doesNotContain("secret");
        }
        assertThat(sim.fileRequests(videoOf(id).getPath())).isZero();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAClearMessage() throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/eagle.jpg");
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the folder should be");

        SaveJob job = downloader.start(videoOf(id), blocker.resolve("eagle.mp4"));

        assertThatThrownBy(() -> job.result().join()).cause()
                .isInstanceOf(SaveException.class)
                .hasMessageContaining("not-a-folder")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aLargeFileStreamsWithoutHoldingItInMemory() throws Exception {
        long size = 64L << 20;
        URI big = URI.create(sim.addLargeFile("large.bin", size));
        Path target = dir.resolve("large.bin");
        long before = usedHeapAfterGc();

        SaveJob job = downloader.start(big, target);
        awaitCondition(() -> job.bytesDone() >= size / 2 || job.result().isDone());
        long halfWay = usedHeapAfterGc();
        job.result().get(60, TimeUnit.SECONDS);
        long after = usedHeapAfterGc();

        assertThat(Files.size(target)).isEqualTo(size);
        assertThat(halfWay - before).as("heap growth half-way").isLessThan(16L << 20);
        assertThat(after - before).as("heap growth after the save").isLessThan(16L << 20);
    }

    private URI videoOf(String taskId) {
        return URI.create(sim.baseUri() + "/files/" + taskId + ".mp4");
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for the condition").isLessThan(deadline);
            LockSupport.parkNanos(1_000_000L); // a millisecond: leaves the core to the work awaited
            Thread.yield();
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return digest(in);
        }
    }

    static String sha256Served(URI link) throws IOException, InterruptedException {
        try (InputStream in = open(link)) {
            return digest(in);
        }
    }

    private static InputStream open(URI link) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String digest(InputStream in) throws IOException {
        try {
            DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
