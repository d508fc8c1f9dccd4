package io.alephmonitor.download;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.tracking.SaveException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.alephmonitor.download.DownloaderTest.sha256;
import static io.alephmonitor.download.DownloaderTest.sha256Served;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A text result's link: the preview reads only its start, the save streams all of it; over HTTP with the simulator. */
class TextResultOverHttpTest {

    private static final int PREVIEW_BYTES = 256 * 1024;
    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @TempDir
    Path library;

    private KieSimulator sim;
    private Downloader downloader;
    private TextExcerpts excerpts;

    @BeforeEach
    void start() {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ZERO));
        downloader = new Downloader(3, Duration.ofMillis(10));
        excerpts = new TextExcerpts(downloader, null);
    }

    @AfterEach
    void stop() {
        downloader.close();
        sim.close();
    }

    @Test
    void aHundredMegabyteTextPreviewsItsFirstQuarterMegabyteCutAtACharacterAndSavesWholeAndByteIdentical() throws Exception {
        String url = sim.addLargeFile("transcript.txt", HUNDRED_MB);

        TextExcerpts.Excerpt excerpt = excerpts.firstPart(url, PREVIEW_BYTES).get(30, TimeUnit.SECONDS);

        byte[] read = excerpt.text().getBytes(StandardCharsets.UTF_8);
        assertThat(excerpt.totalBytes()).isEqualTo(HUNDRED_MB);
        assertThat(excerpt.cut()).isTrue();
        assertThat(read.length).isLessThanOrEqualTo(PREVIEW_BYTES).isGreaterThan(PREVIEW_BYTES - 4);
        assertThat(excerpt.text()).doesNotContain("\uFFFD").startsWith("Grüße aus dem Simulator");
        TrackedTask task = new TrackedTask("text-big-1", "market", Instant.now(),
                TaskStatus.Succeeded.of(List.of(ResultFile.ofUrl(url, null)), Instant.now()),
                new TaskParams("A long transcript", null, null, null, null, null, null), null, null, null, null, null, null, null);
        Path saved = new LibrarySaver(downloader).save(task, library).get(120, TimeUnit.SECONDS);
        assertThat(saved.getFileName().toString()).endsWith(".txt");
        assertThat(Files.size(saved)).isEqualTo(HUNDRED_MB);
        assertThat(sha256(saved)).isEqualTo(sha256Served(URI.create(url)));
    }

    @Test
    void aShortTextIsReadWholeAndNotCut() throws Exception {
        String id = sim.newMarketTask("text/summary", "Summarise the news", null);

        TextExcerpts.Excerpt excerpt = excerpts.firstPart(sim.baseUri() + "/files/" + id + ".txt", PREVIEW_BYTES)
                .get(30, TimeUnit.SECONDS);

        assertThat(excerpt.text()).isEqualTo("Text result of task " + id + ": Summarise the news\n");
        assertThat(excerpt.cut()).isFalse();
        assertThat(excerpt.totalBytes()).isEqualTo(excerpt.text().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aTextLinkThatAnswersAWebPageIsAnErrorNotText() {
        String id = sim.newMarketTask("text/summary", "Summarise the news", null);
        sim.script(id, Behaviour.HTML_INSTEAD_OF_FILE);

        assertThatThrownBy(() -> excerpts.firstPart(sim.baseUri() + "/files/" + id + ".txt", PREVIEW_BYTES)
                .get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(SaveException.class)
                .hasMessage("The link answered with a web page instead of the text — kie.ai may have removed it.");
    }

    @Test
    void aCutNeverSplitsAUtf8Character() {
        byte[] note = "a🎵".getBytes(StandardCharsets.UTF_8); // 1 + 4 bytes
        for (int cut = 1; cut <= note.length; cut++) {
            byte[] start = java.util.Arrays.copyOf(note, cut);
            assertThat(TextExcerpts.decode(start, true)).as("cut after %d bytes", cut).isEqualTo(cut < 5 ? "a" : "a🎵");
        }
        assertThat(TextExcerpts.decode("ü".getBytes(StandardCharsets.UTF_8), true)).isEqualTo("ü");
    }
}
