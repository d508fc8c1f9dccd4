package io.alephmonitor.exchange;

import io.alephmonitor.model.TaskMarks;
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

/** A task's star, tags and note, and what it was made from, travel through both export formats and come back as they were. */
class TaskMarksExchangeTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-03T08:00:00Z");
    private static final Set<String> KINDS = Set.of("aleph");

    @TempDir
    Path dir;

    private static List<TrackedTask> markedTasks() {
        TrackedTask done = TrackedTask.added("ee603959-debb-48d1-98c4-a6d1c717eba6", "aleph", T0)
                .withStatus(new TaskStatus.Succeeded("https://x.kie.ai/v.mp4", null, T0)).withSchedule(null, null);
        return List.of(
                done.withMarks(new TaskMarks(true, List.of("birds", "Trailer", "夜晚"),
                        "=SUM(A1) is not a formula here,\n\"quoted\" and on two lines")),
                TrackedTask.added("11111111-1111-1111-1111-111111111111", "aleph", T0).withSchedule(null, null)
                        .withStatus(new TaskStatus.NotFound()).withMarks(TaskMarks.NONE.withStarred(true)),
                TrackedTask.added("22222222-2222-2222-2222-222222222222", "aleph", T0).withSchedule(null, null)
                        .withStatus(new TaskStatus.Failed(400, "no")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasks.csv", "tasks.json"})
    void starTagsInTheirOrderAndANoteComeBackFromAnExport(String name) throws Exception {
        Path file = dir.resolve(name);
        TaskFiles.write(markedTasks(), file);

        List<TrackedTask> read = TaskFiles.read(file, KINDS, NOW).tasks();

        assertThat(read).extracting(TrackedTask::marks)
                .containsExactlyElementsOf(markedTasks().stream().map(TrackedTask::marks).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasks.csv", "tasks.json"})
    void whatATaskWasMadeFromComesBackFromAnExportAndATaskMadeOnItsOwnStaysSo(String name) throws Exception {
        Path file = dir.resolve(name);
        List<TrackedTask> tasks = new java.util.ArrayList<>(markedTasks());
        tasks.set(1, tasks.get(1).withOrigin(new io.alephmonitor.model.TaskOrigin(tasks.get(0).taskId(),
                io.alephmonitor.model.TaskOrigin.Relation.HD_1080P)));
        TaskFiles.write(tasks, file);

        List<TrackedTask> read = TaskFiles.read(file, KINDS, NOW).tasks();

        assertThat(read).extracting(TrackedTask::origin).containsExactly(null,
                new io.alephmonitor.model.TaskOrigin(tasks.get(0).taskId(), io.alephmonitor.model.TaskOrigin.Relation.HD_1080P),
                null);
    }

    @Test
    void aHandMadeCsvMayStarWithYesAndListTagsWithCommas() throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, """
                task_id,starred,tags,note
                ee603959-debb-48d1-98c4-a6d1c717eba6,yes,"birds, trailer ,Birds",a note
                11111111-1111-1111-1111-111111111111,,,
                """);

        List<TrackedTask> read = TaskFiles.read(file, KINDS, NOW).tasks();

        assertThat(read.get(0).marks()).isEqualTo(new TaskMarks(true, List.of("birds", "trailer"), "a note"));
        assertThat(read.get(1).marks()).isEqualTo(TaskMarks.NONE);
    }

    @Test
    void aJsonFileWithOddMarksKeepsTheTaskAndDropsWhatItCannotRead() throws Exception {
        Path file = dir.resolve("odd.json");
        Files.writeString(file, """
                {"tasks": [
                  {"task_id": "ee603959-debb-48d1-98c4-a6d1c717eba6", "starred": "maybe", "tags": {"a": 1}, "note": ["x"]},
                  {"task_id": "11111111-1111-1111-1111-111111111111", "starred": true, "tags": "one, two"}
                ]}""");

        List<TrackedTask> read = TaskFiles.read(file, KINDS, NOW).tasks();

        assertThat(read.get(0).marks()).isEqualTo(TaskMarks.NONE);
        assertThat(read.get(1).marks()).isEqualTo(new TaskMarks(true, List.of("one", "two"), null));
    }
}
