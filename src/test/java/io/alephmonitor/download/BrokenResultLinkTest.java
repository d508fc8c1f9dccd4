package io.alephmonitor.download;

import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.testsupport.GeneratedFiles;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Result links that go wrong over real HTTP: refused (403), gone (404), a body that stops
 * arriving with the connection still open, and one that is closed half-way. Each ends in a
 * clear sentence or a complete file, never in a half file under the final name.
 */
class BrokenResultLinkTest {

    private static final String PROMPT = "A red fox crossing a frozen river at dawn";
    private static final long SIZE = (3L << 20) + 200_000; // half of it is not a whole number of write blocks
    // Long enough that a busy machine pausing the download for a moment is not taken for a stall.
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    private KieSimulator sim;
    private final List<Downloader> downloaders = new ArrayList<>();

    @BeforeEach
    void startSimulator() {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ZERO));
    }

    @AfterEach
    void stop() {
        downloaders.forEach(Downloader::close);
        sim.close();
    }

    private Downloader downloader(int attempts) {
        Downloader made = new Downloader(attempts, Duration.ofMillis(10), STALL_TIMEOUT);
        downloaders.add(made);
        return made;
    }

    /** A task whose video is a large generated file, so its bytes can be checked one by one. */
    private URI largeVideoOfNewTask(Behaviour behaviour) {
        String id = sim.newAlephTask(PROMPT, "https://example.com/fox.jpg");
        sim.addLargeFile(id + ".mp4", SIZE);
        sim.script(id, behaviour);
        return URI.create(sim.baseUri() + "/files/" + id + ".mp4");
    }

    @Test
    void aRefusedLinkFailsAtOnceSayingItExpiredOrWasRefusedAndLeavesNoFile() {
        URI video = largeVideoOfNewTask(Behaviour.FORBIDDEN_DOWNLOAD);
        Path target = dir.resolve("fox.mp4");

        SaveJob job = downloader(5).start(video, target);

        assertThatThrownBy(() -> job.result().join()).cause()
                .isInstanceOf(SaveException.class)
                .hasMessage("The link has expired or was removed (the server answered 403). "
                        + "Check the task again to get a fresh link, then save again.");
        assertThat(sim.fileRequests(video.getPath())).as("a refusal is not retried").isEqualTo(1);
        assertThat(target).doesNotExist();
        assertThat(FileNames.partFileOf(target)).doesNotExist();
    }

    @Test
    void aRefusedLinkKeepsThePartOfAnEarlierSaveForWhenAFreshLinkWorks() throws Exception {
        URI video = largeVideoOfNewTask(Behaviour.NORMAL);
        Path target = dir.resolve("fox.mp4");
        Path part = FileNames.partFileOf(target);
        sim.throttleFiles(SIZE); // one second for the whole file: time to stop it half-way
        SaveJob first = downloader(5).start(video, target);
        while (first.bytesDone() == 0 && !first.result().isDone()) {
            Thread.sleep(5);
        }
        first.cancel();
        long kept = Files.size(part);
        sim.throttleFiles(0);

        sim.script(stemOf(video), Behaviour.FORBIDDEN_DOWNLOAD);
        SaveJob refused = downloader(5).start(video, target);

        assertThatThrownBy(() -> refused.result().join()).cause().hasMessageContaining("answered 403");
        assertThat(part).as("kept for a fresh link").hasSize(kept);
        assertThat(GeneratedFiles.firstMismatch(part, SIZE)).as("the kept bytes are the file's first bytes").isEqualTo(kept);
    }

    @Test
    void aBodyThatStopsArrivingIsAbandonedAfterTheStallTimeoutAndResumedFromWhatArrived() throws Exception {
        URI video = largeVideoOfNewTask(Behaviour.STALL_DOWNLOAD);
        Path target = dir.resolve("fox.mp4");

        SaveJob job = downloader(3).start(video, target);

        assertThat(job.result().get(30, TimeUnit.SECONDS)).isEqualTo(target);
        assertThat(sim.fileRequestStarts(video.getPath()))
                .as("the second request continues where the stalled body stopped")
                .containsExactly(0L, SIZE / 2);
        assertThat(GeneratedFiles.firstMismatch(target, SIZE)).isEqualTo(-1);
        assertThat(FileNames.partFileOf(target)).doesNotExist();
    }

    @Test
    void aSaveWaitingOnAStalledBodyIsCancelledAtOnceNotWhenTheWatchdogGivesUp() throws Exception {
        URI video = largeVideoOfNewTask(Behaviour.STALL_DOWNLOAD);
        Path target = dir.resolve("fox.mp4");
        Downloader patient = new Downloader(1, Duration.ofMillis(10), Duration.ofMinutes(5));
        downloaders.add(patient);
        SaveJob job = patient.start(video, target);
        long wholeBlocksOfTheFirstHalf = SIZE / 2 / Transfer.BUFFER_SIZE * Transfer.BUFFER_SIZE;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (job.bytesDone() < wholeBlocksOfTheFirstHalf) { // then the server sends nothing more
            assertThat(System.nanoTime()).as("waited 30 s for the first half").isLessThan(deadline);
            Thread.sleep(10);
        }

        job.cancel();

        assertThatThrownBy(() -> job.result().get(30, TimeUnit.SECONDS)).isInstanceOf(java.util.concurrent.CancellationException.class);
        Path part = FileNames.partFileOf(target);
        assertThat(target).doesNotExist();
        assertThat(GeneratedFiles.firstMismatch(part, SIZE)).as("every byte kept is right").isEqualTo(Files.size(part));
    }

    @Test
    void aBodyThatStallsWithNoRetryLeftFailsWithAClearRetryableMessageAndKeepsThePart() throws Exception {
        URI video = largeVideoOfNewTask(Behaviour.STALL_DOWNLOAD);
        Path target = dir.resolve("fox.mp4");

        SaveJob job = downloader(1).start(video, target);

        assertThatThrownBy(() -> job.result().get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOf(SaveException.class)
                .hasMessage("The download kept breaking off (no data arrived for 3 seconds). Check your connection "
                        + "and save again; the part already downloaded is kept and will be resumed.");
        Path part = FileNames.partFileOf(target);
        assertThat(target).doesNotExist();
        assertThat(part).hasSize(SIZE / 2);
        assertThat(GeneratedFiles.firstMismatch(part, SIZE)).isEqualTo(SIZE / 2);

        SaveJob again = downloader(1).start(video, target);

        assertThat(again.result().get(30, TimeUnit.SECONDS)).isEqualTo(target);
        assertThat(sim.fileRequestStarts(video.getPath())).containsExactly(0L, SIZE / 2);
        assertThat(GeneratedFiles.firstMismatch(target, SIZE)).isEqualTo(-1);
    }

    @Test
    void aConnectionClosedHalfWayIsResumedFromTheHalfThatArrived() throws Exception {
        URI video = largeVideoOfNewTask(Behaviour.CUT_DOWNLOAD);
        Path target = dir.resolve("fox.mp4");

        SaveJob job = downloader(3).start(video, target);

        assertThat(job.result().get(30, TimeUnit.SECONDS)).isEqualTo(target);
        assertThat(sim.fileRequestStarts(video.getPath())).containsExactly(0L, SIZE / 2);
        assertThat(GeneratedFiles.firstMismatch(target, SIZE)).isEqualTo(-1);
    }

    @Test
    void aSlowButSteadyBodyIsNotMistakenForAStall() throws Exception {
        URI video = largeVideoOfNewTask(Behaviour.NORMAL);
        sim.throttleFiles(SIZE / 5); // five seconds, longer than the stall timeout, a trickle all the way
        Path target = dir.resolve("fox.mp4");

        SaveJob job = downloader(1).start(video, target);

        assertThat(job.result().get(30, TimeUnit.SECONDS)).isEqualTo(target);
        assertThat(sim.fileRequestStarts(video.getPath())).containsExactly(0L);
        assertThat(GeneratedFiles.firstMismatch(target, SIZE)).isEqualTo(-1);
    }

    private static String stemOf(URI video) {
        String name = Path.of(video.getPath()).getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
