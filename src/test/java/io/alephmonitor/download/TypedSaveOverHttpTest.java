package io.alephmonitor.download;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.tracking.LinkTypes;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.alephmonitor.download.DownloaderTest.sha256;
import static io.alephmonitor.download.DownloaderTest.sha256Served;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every result type saved into the library by its own type, against the simulator over HTTP:
 * audio as {@code .mp3} (the ElevenLabs task was saved as {@code .png}), inline text
 * written without a request, an untyped link named by its answer, and the answers that must save
 * nothing: a web page in the file's place, a file of another type, a dead link kie.ai cannot renew.
 */
class TypedSaveOverHttpTest {

    private static final String PROMPT = "Read the weather forecast aloud";
    private static final String AUDIO_MODEL = "elevenlabs/text-to-speech-multilingual-v2";

    @TempDir
    Path library;

    private KieSimulator sim;
    private HttpKieClient client;
    private Downloader downloader;
    private LibrarySaver saver;

    @BeforeEach
    void start() {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ZERO));
        client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()), ApiKey.of(sim.apiKey()));
        downloader = new Downloader(3, Duration.ofMillis(10), new KieLinkRenewal(() -> client));
        saver = new LibrarySaver(downloader);
    }

    @AfterEach
    void stop() {
        downloader.close();
        client.close();
        sim.close();
    }

    private static TrackedTask succeeded(String id, List<ResultFile> files, boolean expired) {
        return new TrackedTask(id, "market", Instant.now(), TaskStatus.Succeeded.of(files, Instant.now(), expired),
                new TaskParams(PROMPT, null, null, null, null, null, null), null, Instant.now(), null, null, null, null, null);
    }

    private String file(String name) {
        return sim.baseUri() + "/files/" + name;
    }

    private String stem(String id) {
        return FileNames.stemFor(PROMPT, id);
    }

    private List<String> namesInLibrary() throws Exception {
        try (Stream<Path> files = Files.list(library)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anAudioResultIsSavedAsAnMp3ByteIdentical() throws Exception {
        String id = sim.newMarketTask(AUDIO_MODEL, PROMPT, null);

        Path saved = saver.save(succeeded(id, List.of(new ResultFile.Audio(file(id + ".mp3"))), false), library)
                .get(30, TimeUnit.SECONDS);

        assertThat(saved).isEqualTo(library.resolve(stem(id) + ".mp3"));
        assertThat(sha256(saved)).isEqualTo(sha256Served(URI.create(file(id + ".mp3"))));
    }

    @Test
    void aTrackIsSavedWithItsCoverBesideIt() throws Exception {
        String id = sim.newMarketTask(AUDIO_MODEL, PROMPT, null);
        ResultFile.Audio track = new ResultFile.Audio(file(id + ".mp3"), file(id + ".jpg"), "Forecast", 6.0, null, null,
                "c0ffee12-0000-4000-8000-000000000000");

        Path saved = saver.save(succeeded(id, List.of(track), false), library).get(30, TimeUnit.SECONDS);

        assertThat(namesInLibrary()).containsExactly(stem(id) + "-c0ffee12-cover.jpg", stem(id) + "-c0ffee12.mp3");
        assertThat(sha256(saved)).isEqualTo(sha256Served(URI.create(file(id + ".mp3"))));
    }

    @Test
    void inlineStructuredTextIsWrittenAsJsonWithoutAnyRequest() throws Exception {
        String json = "{\"answer\": \"Sunny, 24 °C — later clouds\"}";
        TrackedTask task = succeeded("task-text-1", List.of(new ResultFile.Text(null, json, true, null)), false);

        Path saved = saver.save(task, library).get(30, TimeUnit.SECONDS);

        assertThat(saved).isEqualTo(library.resolve(FileNames.stemFor(PROMPT, "task-text-1") + ".json"));
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(namesInLibrary()).as("no .part left").hasSize(1);
        assertThat(sim.totalRequests()).isZero();
    }

    @Test
    void aTextLinkIsFetchedAsTxtAndAJsonLinkAsJson() throws Exception {
        String id = sim.newMarketTask("text/summary", PROMPT, null);
        TrackedTask task = succeeded(id, List.of(ResultFile.ofUrl(file(id + ".txt"), null),
                ResultFile.ofUrl(file(id + "_1.json"), null)), false);

        List<Path> saved = saver.saveInto(task, library).savedFiles().get(30, TimeUnit.SECONDS);

        assertThat(saved).extracting(p -> p.getFileName().toString()).containsExactly(stem(id) + "-1.txt", stem(id) + "-2.json");
        assertThat(Files.readString(saved.get(0))).startsWith("Text result of task " + id);
        assertThat(Files.readString(saved.get(1))).startsWith("{\"taskId\":\"" + id + "\"");
    }

    @Test
    void anUntypedLinkOfAnAudioModelIsSavedAsTheMp3ItsAnswerSaysItIs() throws Exception {
        String id = sim.newMarketTask(AUDIO_MODEL, PROMPT, null);

        Path saved = saver.save(succeeded(id, List.of(new ResultFile.Untyped(file(id))), false), library)
                .get(30, TimeUnit.SECONDS);

        assertThat(saved).isEqualTo(library.resolve(stem(id) + ".mp3"));
        assertThat(sha256(saved)).isEqualTo(sha256Served(URI.create(file(id + ".mp3"))));
    }

    @Test
    void anUntypedLinksTypeIsLearntWithOneHeadRequestAndRemembered() throws Exception {
        String id = sim.newMarketTask(AUDIO_MODEL, PROMPT, null);
        LinkProbe probe = new LinkProbe(downloader);

        LinkTypes.Learnt learnt = probe.typeOf(file(id)).get(10, TimeUnit.SECONDS);
        probe.typeOf(file(id)).get(10, TimeUnit.SECONDS);

        assertThat(learnt).isEqualTo(new LinkTypes.Learnt(ResultType.AUDIO, "audio/mpeg"));
        assertThat(sim.fileRequests("/files/" + id)).as("HEAD is not a GET; nothing was downloaded").isZero();
    }

    @Test
    void anAudioLinkThatAnswersAWebPageSavesNothingAndSaysWhy() throws Exception {
        String id = sim.newMarketTask(AUDIO_MODEL, PROMPT, null);
        sim.script(id, Behaviour.HTML_INSTEAD_OF_FILE);

        assertThatThrownBy(() -> saver.save(succeeded(id, List.of(new ResultFile.Audio(file(id + ".mp3"))), false), library)
                .get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(SaveException.class)
                .hasMessage("The link answered with a web page instead of the audio file — kie.ai may have removed it. "
                        + "Nothing was saved.");
        assertThat(namesInLibrary()).as("no file under the final name, no .part").isEmpty();
    }

    @Test
    void anUntypedLinkThatAnswersAWebPageSavesNothing() throws Exception {
        String id = sim.newMarketTask(AUDIO_MODEL, PROMPT, null);
        sim.script(id, Behaviour.HTML_INSTEAD_OF_FILE);

        assertThatThrownBy(() -> saver.save(succeeded(id, List.of(new ResultFile.Untyped(file(id))), false), library)
                .get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(SaveException.class).hasMessageContaining("answered with a web page");
        assertThat(namesInLibrary()).isEmpty();
    }

    @Test
    void anAudioLinkThatAnswersAnImageIsAWrongFileAndSavesNothing() throws Exception {
        String id = sim.newAlephTask(PROMPT, null);
        // the link claims .mp3; the server's answer says image/png
        ResultFile.Audio wrong = new ResultFile.Audio(file(id + ".png") + "?name=track.mp3");

        assertThatThrownBy(() -> saver.save(succeeded(id, List.of(wrong), false), library).get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(SaveException.class)
                .hasMessageStartingWith("The link answered with an image instead of the audio file");
        assertThat(namesInLibrary()).isEmpty();
    }

    /** Runway's {@code expireFlag} 1: https://docs.kie.ai/runway-api/get-ai-video-details (renewed via common/download-url). */
    @Test
    void aLinkKieAiCallsExpiredIsRenewedBeforeItIsFetched() throws Exception {
        String id = sim.newTask("runway", PROMPT, null);
        sim.expireFile(id + ".mp4", 403);
        TrackedTask task = succeeded(id, List.of(new ResultFile.Video(file(id + ".mp4"), null)), true);

        Path saved = saver.save(task, library).get(30, TimeUnit.SECONDS);

        assertThat(sha256(saved)).isEqualTo(sha256Served(URI.create(file(id + ".mp4") + "?token=fresh")));
    }

    @Test
    void anExpiredLinkKieAiCannotRenewIsReportedLost() throws Exception {
        // a file kie.ai does not know: common/download-url refuses it
        TrackedTask task = succeeded("gone-1", List.of(new ResultFile.Video(file("nobody-knows.mp4"), null)), true);

        assertThatThrownBy(() -> saver.save(task, library).get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(SaveException.class)
                .hasMessage("kie.ai says this result's link has expired and could not renew it; "
                        + "the file is lost unless you saved it earlier.");
        assertThat(namesInLibrary()).isEmpty();
    }
}
