package io.alephmonitor.exchange;

import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskFilesTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-03T08:00:00Z");
    private static final Set<String> KINDS = Set.of("aleph", "veo");
    private static final String HOSTILE_PROMPT = "An eagle, \"majestic\"; soaring,\nover the sea — 鷲が飛ぶ 🦅\r\n\ttabbed, 'quoted'";

    @TempDir
    Path dir;

    private static TrackedTask task(String id, TaskStatus status, String prompt) {
        return new TrackedTask(id, "aleph", T0, status, new TaskParams(prompt, null, null, null, null, null,
                prompt == null ? null : "{\"prompt\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(prompt) + ",\"seed\":7}"),
                T0, status instanceof TaskStatus.Succeeded s ? s.completedAt() : null, null, null, null, null, null);
    }

    /** One task of every status, a multi-result one, hostile text and a saved file. */
    private static List<TrackedTask> sampleTasks() {
        Instant done = T0.plusSeconds(600);
        return List.of(
                task("ee603959-debb-48d1-98c4-a6d1c717eba6",
                        new TaskStatus.Succeeded("https://tempfile.aiquickdraw.com/v/a.mp4", "https://tempfile.aiquickdraw.com/v/a.png", done),
                        "A majestic eagle").withSavedPath(Path.of("/home/me/Videos/eagle, final.mp4")).withLabel("keeper"),
                new TrackedTask("veo_task_abcdef123456", "veo", T0, new TaskStatus.Succeeded(null, null,
                        List.of("https://x.kie.ai/1.png", "https://x.kie.ai/2.png", "https://x.kie.ai/3.png"), done),
                        new TaskParams("three cats", null, null, null, null, null, null), null, done, null, null, null, null, null,
                        List.of(Path.of("/pics/three cats-1.png"), Path.of("/pics/three cats-2.png"), Path.of("/pics/three cats-3.png"))),
                task("11111111-1111-1111-1111-111111111111", new TaskStatus.Failed(400, "Your prompt was caught, \"sorry\""), HOSTILE_PROMPT),
                task("22222222-2222-2222-2222-222222222222", new TaskStatus.Running(), "=HYPERLINK(\"http://evil\",\"click\")"),
                task("33333333-3333-3333-3333-333333333333", new TaskStatus.Pending(), "-2+3"),
                task("44444444-4444-4444-4444-444444444444", new TaskStatus.NotFound(), "@SUM(A1:A9)"),
                task("55555555-5555-5555-5555-555555555555", new TaskStatus.InvalidId(), "'already quoted"));
    }

    private static List<TaskEntry> entries(List<TrackedTask> tasks) {
        return tasks.stream().map(TaskEntry::of).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasks.csv", "tasks.json"})
    void exportThenImportIntoAnEmptyStoreGivesTheSameTasks(String name) throws Exception {
        List<TrackedTask> original = sampleTasks();
        Path file = dir.resolve(name);

        TaskFiles.write(original, file);
        TaskFiles.Read read = TaskFiles.read(file, KINDS, NOW);
        try (SqliteTaskStore empty = SqliteTaskStore.open(dir.resolve("db"))) {
            empty.upsert(read.tasks());
            List<TrackedTask> stored = empty.loadAll();

            assertThat(read.skipped()).isEmpty();
            assertThat(entries(stored)).containsExactlyElementsOf(entries(original));
            assertThat(stored).extracting(TrackedTask::status).containsExactlyElementsOf(
                    original.stream().map(TrackedTask::status).toList());
            assertThat(stored.get(2).params().prompt()).isEqualTo(HOSTILE_PROMPT);
            assertThat(stored.get(0).params().seed()).isEqualTo(7L);
        }
    }

    @Test
    void importedFinishedTasksAreNotDueAndUnfinishedOnesAreDueNow() throws Exception {
        Path file = dir.resolve("tasks.csv");
        TaskFiles.write(sampleTasks(), file);

        List<TrackedTask> read = TaskFiles.read(file, KINDS, NOW).tasks();

        assertThat(read).filteredOn(t -> t.status().isFinal()).allSatisfy(t -> assertThat(t.nextPollAt()).isNull());
        assertThat(read).filteredOn(t -> !t.status().isFinal()).hasSize(2)
                .allSatisfy(t -> assertThat(t.nextPollAt()).isEqualTo(NOW));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() throws Exception {
        Path file = dir.resolve("tasks.csv");
        TaskFiles.write(sampleTasks(), file);

        String csv = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF\"task_id\"");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"", "\"'-2+3\"", "\"'@SUM(A1:A9)\"",
                "\"''already quoted\"");
        assertThat(csv).doesNotContain(",\"=", ",\"-", ",\"@", ",\"+");
        assertThat(csv).contains("鷲が飛ぶ 🦅").contains("\"An eagle, \"\"majestic\"\"; soaring,\nover the sea");
    }

    @Test
    void aHandMadeCsvImportsAndReportsEachLineItSkipsWithItsNumber() throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, """
                Task ID,Prompt,Status,Extra column
                ee603959-debb-48d1-98c4-a6d1c717eba6,"a prompt
                over two lines",RUNNING,x
                ,no id here,,
                not an id!,x,,
                ee603959-debb-48d1-98c4-a6d1c717eba6,again,,
                66666666-6666-6666-6666-666666666666,,,
                """);

        TaskFiles.Read read = TaskFiles.read(file, KINDS, NOW);

        assertThat(read.tasks()).extracting(TrackedTask::taskId)
                .containsExactly("ee603959-debb-48d1-98c4-a6d1c717eba6", "66666666-6666-6666-6666-666666666666");
        assertThat(read.tasks().getFirst().params().prompt()).isEqualTo("a prompt\nover two lines");
        assertThat(read.tasks().getFirst().kind()).as("a missing kind is Aleph").isEqualTo("aleph");
        assertThat(read.tasks().get(1).status()).as("a missing status is polled").isInstanceOf(TaskStatus.Pending.class);
        assertThat(read.skipped()).containsExactly("line 4: no task ID", "line 5: “not an id!” is not a task ID",
                "line 6: same task ID as line 2");
        assertThat(read.summary(1, 1)).isEqualTo("Imported 1 task, 1 already tracked, 3 lines skipped "
                + "(line 4: no task ID; line 5: “not an id!” is not a task ID; line 6: same task ID as line 2)");
    }

    @Test
    void aTaskOfAKindThisVersionDoesNotKnowIsSkippedWithItsKindNamed() throws Exception {
        Path file = dir.resolve("tasks.json");
        Files.writeString(file, """
                [{"task_id": "abc123", "kind": "midjourney"}, {"task_id": "def456", "kind": "veo"}, 42]
                """);

        TaskFiles.Read read = TaskFiles.read(file, KINDS, NOW);

        assertThat(read.tasks()).extracting(TrackedTask::taskId).containsExactly("def456");
        assertThat(read.skipped()).containsExactly("entry 1: unknown task kind “midjourney”", "entry 3: no task ID");
        assertThat(read.summary(1, 0)).isEqualTo("Imported 1 task, 2 entries skipped "
                + "(entry 1: unknown task kind “midjourney”; entry 3: no task ID)");
    }

    @Test
    void malformedFilesAreRefusedWholeWithASentenceSayingWhy() throws Exception {
        Path brokenJson = dir.resolve("broken.json");
        Files.writeString(brokenJson, "{\"tasks\": [{\"task_id\": \"abc\"}\n");
        Path otherJson = dir.resolve("other.json");
        Files.writeString(otherJson, "{\"name\": \"not tasks\"}");
        Path noHeader = dir.resolve("ids.csv");
        Files.writeString(noHeader, "ee603959-debb-48d1-98c4-a6d1c717eba6\n");
        Path binary = dir.resolve("photo.csv");
        Files.write(binary, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "  \n");

        assertThatThrownBy(() -> TaskFiles.read(brokenJson, KINDS, NOW)).isInstanceOf(ExchangeException.class)
                .hasMessage("“broken.json” is not valid JSON (line 2). Nothing was imported.");
        assertThatThrownBy(() -> TaskFiles.read(otherJson, KINDS, NOW))
                .hasMessage("“other.json” is JSON but not a task list: it has no “tasks” list. Nothing was imported.");
        assertThatThrownBy(() -> TaskFiles.read(noHeader, KINDS, NOW)).hasMessageStartingWith(
                "“ids.csv” is not a task list: its first line has no “task_id” column.");
        assertThatThrownBy(() -> TaskFiles.read(binary, KINDS, NOW)).hasMessageContaining("not a text file in UTF-8");
        assertThatThrownBy(() -> TaskFiles.read(empty, KINDS, NOW)).hasMessage("“empty.csv” is empty. Nothing was imported.");
        assertThatThrownBy(() -> TaskFiles.read(dir.resolve("gone.csv"), KINDS, NOW))
                .hasMessageContaining("could not be read (no such file or folder)");
    }

    @Test
    void aFailedExportLeavesTheExistingFileAsItWas() throws Exception {
        Path file = dir.resolve("tasks.csv");
        Files.writeString(file, "precious");

        assertThatThrownBy(() -> TaskFiles.write(sampleTasks(), dir.resolve("missing-folder/tasks.csv")))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("could not be written");
        TaskFiles.write(sampleTasks(), file);
        assertThat(Files.readString(file)).contains("ee603959-debb-48d1-98c4-a6d1c717eba6");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }
}
