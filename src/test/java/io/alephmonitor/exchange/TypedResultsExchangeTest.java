package io.alephmonitor.exchange;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed results, a running task's progress and partial results, and a success's notice survive export and import. */
class TypedResultsExchangeTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-03T08:00:00Z");
    private static final Set<String> KINDS = Set.of("market", "suno", "runway");

    @TempDir
    Path dir;

    private static TrackedTask task(String id, String kind, TaskStatus status) {
        return new TrackedTask(id, kind, T0, status, new TaskParams("a prompt", null, null, null, null, null, null),
                T0, status instanceof TaskStatus.Succeeded s ? s.completedAt() : null, null, null, null, null, null);
    }

    private static List<TrackedTask> typedTasks() {
        Instant done = T0.plusSeconds(300);
        ResultFile.Audio track = new ResultFile.Audio("https://x.kie.ai/t1.mp3", "https://x.kie.ai/t1.jpg", "Night drive",
                182.5, "synthwave, slow", "[Verse]\nCity lights, \"neon\" rain", "5c79a3f0-1111");
        return List.of(
                task("taskelev0001", "market", TaskStatus.Succeeded.of(List.of(new ResultFile.Audio("https://x.kie.ai/e.mp3")),
                        done, false, "The answer named no completion time.")),
                task("tasktext0001", "market", TaskStatus.Succeeded.of(List.of(
                        new ResultFile.Text(null, "{\"answer\": \"=SUM(1,2) — 42\"}", true, "Answer")), done)),
                task("sunotask0001", "suno", TaskStatus.Succeeded.of(List.of(track,
                        new ResultFile.Untyped("https://x.kie.ai/stream/abc")), done)),
                task("sunotask0002", "suno", new TaskStatus.Running(0.5, "First track ready", List.of(track))),
                task("runwaytask01", "runway", TaskStatus.Succeeded.of(List.of(
                        new ResultFile.Video("https://x.kie.ai/r.mp4", "https://x.kie.ai/r.jpg")), done, true)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasks.csv", "tasks.json"})
    void typedResultsProgressAndNoticeSurviveExportThenImport(String name) throws Exception {
        List<TrackedTask> original = typedTasks();
        Path file = dir.resolve(name);

        TaskFiles.write(original, file);
        TaskFiles.Read read = TaskFiles.read(file, KINDS, NOW);

        assertThat(read.skipped()).isEmpty();
        assertThat(read.tasks()).extracting(TrackedTask::status)
                .containsExactlyElementsOf(original.stream().map(TrackedTask::status).toList());
    }

    @Test
    void aSpreadsheetWithLinksAndTheirTypesButNoResultsColumnStillImportsTypedResults() throws Exception {
        Path file = dir.resolve("edited.csv");
        Files.writeString(file, "task_id,kind,status,result_urls,result_types\n"
                + "taskelev0001,market,SUCCEEDED,\"https://x.kie.ai/e\nhttps://x.kie.ai/p\",\"audio\nlink\"\n");

        TaskStatus status = TaskFiles.read(file, KINDS, NOW).tasks().getFirst().status();

        assertThat(((TaskStatus.Succeeded) status).results()).containsExactly(
                new ResultFile.Audio("https://x.kie.ai/e"), new ResultFile.Untyped("https://x.kie.ai/p"));
    }

    @Test
    void aResultsCellThatIsNotJsonFallsBackToTheLinksAndLosesNoTask() throws Exception {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "task_id,kind,status,result_urls,results,progress\n"
                + "taskelev0001,market,SUCCEEDED,https://x.kie.ai/e.mp3,\"[{not json\",lots\n");

        TaskFiles.Read read = TaskFiles.read(file, KINDS, NOW);

        assertThat(read.tasks()).singleElement().satisfies(t -> assertThat(((TaskStatus.Succeeded) t.status()).results())
                .containsExactly(new ResultFile.Audio("https://x.kie.ai/e.mp3")));
    }
}
