package io.alephmonitor.tracking;

import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.Downloader;
import io.alephmonitor.download.LinkProbe;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.alephmonitor.testsupport.SavedMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seven tasks of the kinds and result types the docs describe, pasted as a new user would (Detect
 * automatically, auto-save on), tracked through the whole app engine over real HTTP against the
 * simulator on one virtual clock:
 * <ul>
 *   <li>Market: an audio model (ElevenLabs, {@code .mp3} links), a text model ({@code resultObject})
 *       and a Kling task whose record comes late (422 "recordInfo is null" first) —
 *       https://docs.kie.ai/market/common/get-task-detail;</li>
 *   <li>Suno: a song going through TEXT_SUCCESS and FIRST_SUCCESS to SUCCESS with two tracks, and a
 *       refused prompt (SENSITIVE_WORD_ERROR) — https://docs.kie.ai/suno-api/get-music-details;</li>
 *   <li>Luma: successFlag 4, "callback failed", the video made — https://docs.kie.ai/luma-api/get-luma-modify-details;</li>
 *   <li>Runway: expireFlag 1, the link dead, renewed through common/download-url —
 *       https://docs.kie.ai/runway-api/get-ai-video-details.</li>
 * </ul>
 */
class EveryResultKindOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final Duration RUN_TIME = Duration.ofSeconds(90);

    @TempDir
    Path library;

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(RUN_TIME));
    private final KieSimulator sim = kie.sim();
    private final ManualDriver driver = new ManualDriver(kie.listenerThread());
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sevenTasksOfTheNewKindsAreDetectedTrackedToTheirFinalAnswerAndSavedByteIdenticalUnderTheRightExtension()
            throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("audio", sim.newMarketTask("elevenlabs/text-to-speech", "A calm narrator reads a bedtime story", null));
        ids.put("text", sim.newMarketTask("openai/gpt-5-chat", "Three titles for a video about autumn", null));
        ids.put("late", sim.newMarketTask("kling/v2-1-text-to-video", "A red kite over sand dunes", null));
        sim.script(ids.get("late"), Behaviour.LATE_RECORD);
        ids.put("song", sim.newTask("suno", "An upbeat synth-pop chorus about summer road trips", null));
        ids.put("refused", sim.newTask("suno", "A song full of words kie.ai will not sing", null));
        sim.script(ids.get("refused"), Behaviour.MODERATION_FAILURE);
        ids.put("luma", sim.newTask("luma", "A futuristic cityscape at dusk", "https://example.com/in.mp4"));
        sim.script(ids.get("luma"), Behaviour.CALLBACK_FAILED);
        ids.put("runway", sim.newTask("runway", "A paper boat on a rainy street", null));
        sim.expireFile(ids.get("runway") + ".mp4", 410);

        Downloader downloader = kie.downloader(true);
        LinkProbe probe = new LinkProbe(downloader);
        TrackingService tracker = kie.closeAfter(TrackingService.builder(kie.sqliteStore(), kie.client(),
                        TaskKinds.standard().all())
                .settings(PollSettings.defaults().withInterval(Duration.ofSeconds(10)))
                .saver(new DownloadResultSaver(downloader, probe)).linkTypes(probe)
                .clock(clock).random(() -> 0.5).driver(driver).listenerThread(kie.listenerThread())
                .autoSaveFolder(library).build());
        List<TaskStatus> songSeen = new CopyOnWriteArrayList<>();
        Map<String, Integer> pollsAtFinal = new ConcurrentHashMap<>();
        tracker.addListener((changed, removed) -> changed.forEach(task -> {
            if (task.taskId().equals(ids.get("song"))) {
                songSeen.add(task.status());
            }
            if (task.status().isFinal()) {
                pollsAtFinal.putIfAbsent(task.taskId(), sim.recordRequests(task.taskId()));
            }
        }));
        tracker.start().get(10, TimeUnit.SECONDS);
        kie.listenerThread().submit(() -> { }).get();

        AddReport added = tracker.addFromText(String.join("\n", ids.values()), TrackedTask.AUTO_KIND);
        assertThat(added.added()).hasSize(7);
        tickFor(Duration.ofMinutes(4));
        awaitUntil(() -> tracker.tasks().stream().allMatch(EveryResultKindOverHttpTest::settled));

        Map<String, TrackedTask> byId = new LinkedHashMap<>();
        tracker.tasks().forEach(task -> byId.put(task.taskId(), task));
        TrackedTask audio = byId.get(ids.get("audio"));
        TrackedTask text = byId.get(ids.get("text"));
        TrackedTask late = byId.get(ids.get("late"));
        TrackedTask song = byId.get(ids.get("song"));
        TrackedTask refused = byId.get(ids.get("refused"));
        TrackedTask luma = byId.get(ids.get("luma"));
        TrackedTask runway = byId.get(ids.get("runway"));

        assertThat(List.of(audio, text, late)).extracting(TrackedTask::kind).containsOnly("market");
        assertThat(List.of(song, refused)).extracting(TrackedTask::kind).containsOnly("suno");
        assertThat(luma.kind()).isEqualTo("luma");
        assertThat(runway.kind()).isEqualTo("runway");

        // every result under the extension of its type, byte for byte what kie.ai serves
        List<ResultFile> sounds = succeeded(audio).results();
        assertThat(sounds).isNotEmpty().allSatisfy(sound -> assertThat(sound).isInstanceOf(ResultFile.Audio.class));
        assertThat(audio.savedPaths()).hasSameSizeAs(sounds).allSatisfy(path -> assertThat(path.toString()).endsWith(".mp3"));
        for (int i = 0; i < sounds.size(); i++) {
            assertSameBytes(audio.savedPaths().get(i), sounds.get(i).url());
        }
        ResultFile.Text answer = (ResultFile.Text) succeeded(text).results().getFirst();
        assertThat(text.savedPaths()).singleElement().satisfies(path -> assertThat(path.toString()).endsWith(".json"));
        assertThat(Files.readString(text.savedPath(), StandardCharsets.UTF_8)).isEqualTo(answer.content());
        assertThat(answer.content()).contains("Three titles for a video about autumn");
        assertThat(late.savedPath().toString()).endsWith(".mp4");
        assertSameBytes(late.savedPath(), succeeded(late).videoUrl());
        assertThat(luma.savedPath().toString()).endsWith(".mp4");
        assertSameBytes(luma.savedPath(), succeeded(luma).videoUrl());

        // Suno: not stopped at FIRST_SUCCESS; each track saved once, as .mp3
        assertThat(songSeen).anySatisfy(status -> assertThat(status).isInstanceOfSatisfying(TaskStatus.Running.class,
                running -> assertThat(running.partial()).hasSize(1)));
        List<ResultFile> tracks = succeeded(song).results();
        assertThat(tracks).hasSize(2).allSatisfy(track -> assertThat(track).isInstanceOf(ResultFile.Audio.class));
        List<Path> songFiles = new ArrayList<>(song.savedPaths());
        assertThat(songFiles).hasSize(2).allSatisfy(path -> assertThat(path.toString()).endsWith(".mp3"));
        for (int i = 0; i < 2; i++) {
            String trackFile = URI.create(tracks.get(i).url()).getPath();
            assertThat(sim.fileRequests(trackFile)).as("track %d fetched once by the app", i + 1).isEqualTo(1);
            assertSameBytes(songFiles.get(i), tracks.get(i).url());
        }
        assertThat(refused.status()).isInstanceOfSatisfying(TaskStatus.Failed.class,
                failed -> assertThat(failed.message()).contains("refused"));

        // Runway: kie.ai said the link is dead; the save went through a renewed link
        assertThat(succeeded(runway).linkExpired()).isTrue();
        assertThat(runway.savedPath().toString()).endsWith(".mp4");
        ApiResult<String> fresh = kie.client().freshDownloadUrl(succeeded(runway).videoUrl());
        assertSameBytes(runway.savedPath(), ((ApiResult.Ok<String>) fresh).value());

        // zero polls after each task's final answer
        assertThat(pollsAtFinal).containsOnlyKeys(ids.values());
        tickFor(Duration.ofMinutes(10));
        for (String id : ids.values()) {
            assertThat(sim.recordRequests(id)).as("polls of %s after its final answer", id).isEqualTo(pollsAtFinal.get(id));
        }
    }

    /** Finished (or refused) and, when it has results, every one of them saved. */
    private static boolean settled(TrackedTask task) {
        if (task.status() instanceof TaskStatus.Failed) {
            return true;
        }
        return task.status() instanceof TaskStatus.Succeeded done && task.lastError() == null
                && task.savedPaths().size() == done.results().size();
    }

    private static TaskStatus.Succeeded succeeded(TrackedTask task) {
        assertThat(task.status()).as(task.taskId()).isInstanceOf(TaskStatus.Succeeded.class);
        return (TaskStatus.Succeeded) task.status();
    }

    private void assertSameBytes(Path saved, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).as(url).isEqualTo(200);
        assertThat(SavedMedia.of(Files.readAllBytes(saved))).as(saved + ", its media without the prompt written into it")
                .isEqualTo(SavedMedia.of(served.body()));
    }

    private void tickFor(Duration span) {
        for (long s = 0; s < span.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            driver.tick();
        }
    }

    /** Waits for saves, which run on real threads; generous, so a busy machine only makes it slower. */
    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
