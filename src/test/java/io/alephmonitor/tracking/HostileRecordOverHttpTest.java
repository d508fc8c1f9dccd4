package io.alephmonitor.tracking;

import io.alephmonitor.testsupport.MutableClock;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.preview.RemoteUrlCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A record is remote data. Hostile result links served over real HTTP are tracked, stored and
 * shown, but never fetched, saved or opened, and each refusal says why; a 1 MB prompt full of
 * control characters survives the store intact.
 */
class HostileRecordOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String SIM = "{sim}";

    @TempDir
    Path library;

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(Duration.ofMinutes(2)));
    private final ManualDriver driver = new ManualDriver(kie.listenerThread());
    private final KieSimulator sim = kie.sim();
    private final SqliteTaskStore store = kie.sqliteStore();
    private TrackingService tracker;

    @BeforeEach
    void start() throws Exception {
        kie.downloader(false);
        tracker = kie.startedTracker(b -> b.settings(PollSettings.defaults().withInterval(Duration.ofSeconds(5)))
                .random(() -> 0.5).driver(driver).autoSaveFolder(library));
    }

    private CompletableFuture<TrackedTask> whenPublished(String taskId, Predicate<TrackedTask> condition) {
        CompletableFuture<TrackedTask> seen = new CompletableFuture<>();
        tracker.addListener((changed, removed) -> changed.stream()
                .filter(t -> t.taskId().equals(taskId) && condition.test(t)).findFirst().ifPresent(seen::complete));
        return seen;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "jar:file:/x!/y", "/files/{id}.mp4",
            "https://user:s3cr3t@{sim}/files/{id}.mp4"})
    void aHostileResultLinkIsNeverFetchedSavedOrOpenedAndEachRefusalSaysWhy(String template) throws Exception {
        String id = sim.newAlephTask("A lighthouse in a storm", "https://example.com/lighthouse.jpg");
        String hostile = template.replace(SIM, sim.baseUri().getAuthority()).replace("{id}", id);
        ObjectNode fields = JsonNodeFactory.instance.objectNode().put("successFlag", 1)
                .put("completeTime", "2025-06-01T10:00:00Z");
        fields.putObject("response").put("taskId", id).put("resultVideoUrl", hostile).put("resultImageUrl", hostile);
        sim.overrideRecordFields(id, fields);
        tracker.addFromText(id, "aleph");
        CompletableFuture<TrackedTask> refused = whenPublished(id, t -> t.lastError() != null);

        driver.tick();

        TrackedTask task = refused.get(30, TimeUnit.SECONDS);
        assertThat(task.status()).isInstanceOfSatisfying(TaskStatus.Succeeded.class,
                s -> assertThat(s.videoUrl()).isEqualTo(hostile));
        assertThat(task.lastError()).startsWith("Auto-save failed:").contains("Only http and https links are saved")
                .doesNotContain("s3cr3t");
        SaveJob manual = tracker.save(id, library.resolve("chosen.mp4"));
        assertThatThrownBy(() -> manual.result().get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SaveException.class).hasMessageContaining("Only http and https links are saved");

        assertThat(sim.fileRequests("/files/" + id + ".mp4")).isZero();
        assertThat(sim.fileRequests("/files/" + id + ".png")).isZero();
        assertThat(library).isEmptyDirectory();
        assertThat(store.loadAll()).singleElement().satisfies(t -> assertThat(t.savedPath()).isNull());
        RemoteUrlCheck preview = RemoteUrlCheck.of(hostile);
        assertThat(preview.allowed()).isFalse();
        assertThat(preview.refusal()).isNotBlank().endsWith(".").doesNotContain("s3cr3t");
    }

    @Test
    void aOneMegabytePromptWithControlCharactersIsStoredAndLoadedIntact() throws Exception {
        String prompt = hostilePrompt(1_000_000);
        String id = sim.newAlephTask(prompt, "https://example.com/lighthouse.jpg");
        tracker.addFromText(id, "aleph");
        CompletableFuture<TrackedTask> polled = whenPublished(id, t -> t.status() instanceof TaskStatus.Running);

        driver.tick();

        assertThat(polled.get(30, TimeUnit.SECONDS).params().prompt()).isEqualTo(prompt);
        tracker.close();
        store.close();
        try (SqliteTaskStore reopened = SqliteTaskStore.open(kie.dataDir())) {
            assertThat(reopened.loadAll()).singleElement().satisfies(t -> {
                assertThat(t.params().prompt()).hasSize(prompt.length()).isEqualTo(prompt);
                assertThat(t.lastError()).isNull();
            });
        }
    }

    /** Mostly words, with a NUL, escape codes, backspaces, direction overrides and zero-width marks sprinkled in. */
    private static String hostilePrompt(int length) {
        String[] hostile = {"\u0000", "\u001B[2J", "\b", "\r", "\u007F", "\u202E", "\u200B", "\t", "\u0007", "\uFEFF"};
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; text.length() < length; i++) {
            text.append(i % 100 == 0 ? hostile[(i / 100) % hostile.length] : "wave ");
        }
        text.setLength(length);
        return text.toString();
    }
}
