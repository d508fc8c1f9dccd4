package io.alephmonitor.tracking;

import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.Downloader;
import io.alephmonitor.download.KieLinkRenewal;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Result links expire: a save whose link answers 403/404/410 asks kie.ai's download-url for a
 * fresh temporary link and tries once more with it, over real HTTP against the simulator.
 */
class ExpiredLinkOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String PROMPT = "A lighthouse in a storm";

    @TempDir
    Path library;

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock);
    private final ExecutorService listenerThread = kie.listenerThread();
    private final KieSimulator sim = kie.sim();
    private final SqliteTaskStore store = kie.sqliteStore();
    private Downloader downloader;
    private TrackingService tracker;

    @BeforeEach
    void start() {
        downloader = kie.downloader(true);
    }

    private TrackedTask storedAsSucceeded(String taskId, String videoUrl, String imageUrl) throws Exception {
        TaskStatus.Succeeded done = new TaskStatus.Succeeded(videoUrl, imageUrl, T0.minus(Duration.ofDays(1)));
        TrackedTask task = TrackedTask.added(taskId, "aleph", T0.minus(Duration.ofDays(1)))
                .withPoll(new TaskSnapshot(taskId, "aleph", done, new TaskParams(PROMPT, null, null, null, null, null, null),
                        T0.minus(Duration.ofDays(1)), done.completedAt()));
        store.upsert(List.of(task));
        tracker = kie.tracker(b -> b.saver(new DownloadResultSaver(downloader)).driver(new ManualDriver(listenerThread)));
        tracker.start().get(10, TimeUnit.SECONDS);
        return task;
    }

    private CompletableFuture<TrackedTask> whenPublished(String taskId, java.util.function.Predicate<TrackedTask> condition) {
        CompletableFuture<TrackedTask> seen = new CompletableFuture<>();
        tracker.addListener((changed, removed) -> changed.stream()
                .filter(t -> t.taskId().equals(taskId) && condition.test(t)).findFirst().ifPresent(seen::complete));
        return seen;
    }

    @ParameterizedTest(name = "the link answers {0}")
    @ValueSource(ints = {403, 404, 410})
    void anExpiredVideoLinkIsSavedThroughAFreshLinkAndTheTaskKeepsItsOwnLink(int status) throws Exception {
        String id = sim.newAlephTask(PROMPT, null);
        String videoUrl = sim.baseUri() + "/files/" + id + ".mp4";
        sim.expireFile(id + ".mp4", status);
        TrackedTask before = storedAsSucceeded(id, videoUrl, null);
        CompletableFuture<TrackedTask> recorded = whenPublished(id, t -> t.savedPath() != null);
        Path target = library.resolve("lighthouse.mp4");

        Path saved = tracker.save(id, target).result().get(30, TimeUnit.SECONDS);

        assertThat(saved).isEqualTo(target);
        assertThat(io.alephmonitor.testsupport.SavedMedia.of(Files.readAllBytes(target)))
                .isEqualTo(io.alephmonitor.testsupport.SavedMedia.of(served(sim.baseUri() + "/files/sample.mp4")));
        assertThat(sim.fileRequests("/files/" + id + ".mp4")).as("the expired link, then the fresh one").isEqualTo(2);
        TrackedTask after = recorded.get(10, TimeUnit.SECONDS);
        assertThat(after.status()).as("the temporary link is never stored").isEqualTo(before.status());
        assertThat(store.loadAll()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(before.status());
            assertThat(t.savedPath()).isEqualTo(target);
        });
    }

    @Test
    void aLinkKieAiCannotRenewIsReportedLostAndTheTaskStaysAsItWas() throws Exception {
        String id = sim.newAlephTask(PROMPT, null);
        String unknown = sim.baseUri() + "/files/not-a-kie-result.mp4"; // 404, and download-url answers 422
        TrackedTask before = storedAsSucceeded(id, unknown, null);
        CompletableFuture<TrackedTask> reported = whenPublished(id, t -> t.lastError() != null);

        SaveJob job = tracker.save(id, library.resolve("lighthouse.mp4"));

        assertThatThrownBy(() -> job.result().get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SaveException.class)
                .hasMessage("The result link has expired and kie.ai cannot renew it (it does not recognise the link "
                        + "as one of its files). This result is lost; generate it again if you need it.");
        TrackedTask after = reported.get(10, TimeUnit.SECONDS);
        assertThat(after.lastError()).startsWith("Saving failed: The result link has expired");
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.savedPath()).isNull();
        assertThat(store.loadAll()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(before.status());
            assertThat(t.savedPath()).isNull();
        });
        assertThat(library).isEmptyDirectory();
    }

    @Test
    void withoutAnApiKeyAnExpiredLinkSaysAKeyIsNeededForAFreshOne() throws Exception {
        downloader.close();
        downloader = kie.closeAfter(new Downloader(3, Duration.ofMillis(10), new KieLinkRenewal(() -> null)));
        String id = sim.newAlephTask(PROMPT, null);
        sim.expireFile(id + ".mp4", 404);
        storedAsSucceeded(id, sim.baseUri() + "/files/" + id + ".mp4", null);

        SaveJob job = tracker.save(id, library.resolve("lighthouse.mp4"));

        assertThatThrownBy(() -> job.result().get(30, TimeUnit.SECONDS)).cause()
                .hasMessageContaining("needs your API key").hasMessageContaining("Settings");
        assertThat(library).isEmptyDirectory();
    }

    private static byte[] served(String url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }
}
