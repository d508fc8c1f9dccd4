package io.alephmonitor.store;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Searching the whole history: the FTS5 index over prompt, parameters, model, ID, kind and track details. */
class TaskSearchTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    private SqliteTaskStore store;

    @BeforeEach
    void open() {
        store = SqliteTaskStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static TrackedTask task(String id, String kind, String prompt, String raw, TaskStatus status, Instant added) {
        return new TrackedTask(id, kind, added, status, new TaskParams(prompt, null, null, null, null, null, raw),
                null, null, null, null, null, null, null, List.of(), null);
    }

    static TrackedTask task(String id, String prompt) {
        return task(id, "aleph", prompt, null, new TaskStatus.Pending(), T0);
    }

    private List<String> find(String text) {
        return store.search(SearchQuery.text(text));
    }

    @Test
    void aWordBeingTypedFindsTheLongerWordItStarts() {
        store.upsert(List.of(task("a", "A lighthouse at dusk"), task("b", "A forest")));

        assertThat(find("lighth")).containsExactly("a");
        assertThat(find("LIGHTHOUSE dus")).containsExactly("a");
        assertThat(find("lighthouses")).isEmpty();
    }

    @Test
    void quotedWordsAreAPhraseInThatOrder() {
        store.upsert(List.of(task("a", "red fox jumps"), task("b", "fox, red and blue")));

        assertThat(find("\"red fox\"")).containsExactly("a");
        assertThat(find("red fox")).containsExactly("a", "b");
    }

    @Test
    void punctuationAndFtsSyntaxAreTakenAsTextNeverAsAnError() {
        store.upsert(List.of(task("a", "16:9 \"cinematic\" (slow-motion) AND NOT *stars*")));

        assertThat(find("16:9")).containsExactly("a");
        assertThat(find("slow-mo")).containsExactly("a");
        for (String odd : List.of("\"", "\"\"", "*", "(", ")", "AND", "NOT", "a:b", "{kind}:", "^", "'", "-", "\"cinem")) {
            assertThat(store.search(SearchQuery.text(odd))).as(odd).isNotNull();
        }
        assertThat(find("\"cinem")).containsExactly("a");
        assertThat(find("?!")).containsExactly("a"); // no letter or digit: nothing to match on, every task
    }

    @Test
    void aChineseWordIsFoundInsideASentence() {
        store.upsert(List.of(task("a", "一只在灯塔上的猫, night"), task("b", "森林里的鹿")));

        assertThat(find("灯塔")).containsExactly("a");
        assertThat(find("的")).containsExactly("a", "b");
        assertThat(find("灯塔 night")).containsExactly("a");
        assertThat(find("塔灯")).isEmpty();
    }

    @Test
    void aParameterValueTheModelAndTheTaskIdAreFound() {
        String raw = "{\"model\":\"veo3_fast\",\"aspectRatio\":\"9:16\",\"param\":\"{\\\"style\\\":\\\"watercolour\\\"}\"}";
        store.upsert(List.of(task("task-7f3a9c", "veo", "a boat", raw, new TaskStatus.Pending(), T0),
                task("other", "a boat")));

        assertThat(find("watercol")).containsExactly("task-7f3a9c");
        assertThat(find("veo3_fast")).containsExactly("task-7f3a9c");
        assertThat(find("7f3a9c")).containsExactly("task-7f3a9c");
        assertThat(find("task-7f3")).containsExactly("task-7f3a9c");
        assertThat(find("aspectRatio")).as("keys are not indexed").isEmpty();
    }

    @Test
    void trackTitlesTagsAndLyricsOfTheResultsAreFound() {
        ResultFile.Audio track = new ResultFile.Audio("https://x/1.mp3", null, "Harbour Lights", 120.0,
                "synthwave, dreamy", "[Verse] the tide rolls in", "t1");
        store.upsert(List.of(task("song", "suno", "a song", null,
                TaskStatus.Succeeded.of(List.of(track), T0), T0), task("other", "a song")));

        assertThat(find("harbour")).containsExactly("song");
        assertThat(find("synthw")).containsExactly("song");
        assertThat(find("tide rolls")).containsExactly("song");
    }

    @Test
    void filtersByKindStatusResultTypeAndDateAdded() {
        TrackedTask video = task("v", "aleph", "sea", null,
                TaskStatus.Succeeded.of(List.of(new ResultFile.Video("https://x/a.mp4", null)), T0), T0);
        TrackedTask image = task("i", "flux", "sea", null,
                TaskStatus.Succeeded.of(List.of(new ResultFile.Image("https://x/a.png")), T0), T0.plusSeconds(3600));
        TrackedTask failed = task("f", "aleph", "sea", null, new TaskStatus.Failed(500, "boom"), T0.plusSeconds(7200));
        store.upsert(List.of(video, image, failed));

        assertThat(store.search(SearchQuery.text("sea").withKinds(Set.of("aleph")))).containsExactly("v", "f");
        assertThat(store.search(SearchQuery.text("").withStatuses(Set.of("FAILED")))).containsExactly("f");
        assertThat(store.search(SearchQuery.text("sea").withResultTypes(Set.of(ResultType.IMAGE)))).containsExactly("i");
        assertThat(store.search(SearchQuery.text("").withResultTypes(Set.of(ResultType.IMAGE, ResultType.VIDEO))))
                .containsExactly("v", "i");
        assertThat(store.search(SearchQuery.text("").withAdded(T0.plusSeconds(1), T0.plusSeconds(7200))))
                .containsExactly("i");
        assertThat(store.search(SearchQuery.text("sea").withTag("holiday"))).as("no task has this tag").isEmpty();
        assertThat(store.search(SearchQuery.text("sea").withStarredOnly(true))).as("no task is starred").isEmpty();
    }

    @Test
    void aTaskIsFoundByItsTagsAndNoteAndTheStarAndTagFiltersKeepOnlyMarkedOnes() {
        TrackedTask starred = task("s", "A sea at dawn")
                .withMarks(new TaskMarks(true, List.of("holiday", "client work"), "Use this one for the intro"));
        TrackedTask plain = task("p", "A sea at night");
        store.upsert(List.of(starred, plain));

        assertThat(find("holiday")).containsExactly("s");
        assertThat(find("intro")).as("a word of the note").containsExactly("s");
        assertThat(store.search(SearchQuery.text("sea").withStarredOnly(true))).containsExactly("s");
        assertThat(store.search(SearchQuery.text("").withTag("client work"))).containsExactly("s");
        assertThat(store.search(SearchQuery.text("sea"))).containsExactly("s", "p");
    }

    @Test
    void anUpdateReplacesTheIndexedTextAndADeleteRemovesIt() {
        store.upsert(List.of(task("a", "old words"), task("b", "other")));
        store.upsert(List.of(task("a", "new words")));

        assertThat(find("old")).isEmpty();
        assertThat(find("new")).containsExactly("a");

        store.delete(List.of("a"));
        assertThat(find("words")).isEmpty();
        store.upsert(List.of(task("a", "back again")));
        assertThat(find("back")).containsExactly("a");
        assertThat(find("new")).isEmpty();
    }

    @Test
    void theSameTaskTwiceInOneWriteAndAnUnchangedRewriteKeepOneIndexRowOfTheLastText() {
        store.upsert(List.of(task("a", "first text"), task("a", "second text")));
        store.upsert(List.of(task("a", "second text").withLastError("a poll that changed nothing indexed")));

        assertThat(find("first")).isEmpty();
        assertThat(find("second")).containsExactly("a");
        assertThat(find("text")).containsExactly("a");
    }

    @Test
    void resultsComeInTheOrderTasksWereAdded() {
        store.upsert(List.of(task("z", "cat one"), task("a", "cat two"), task("m", "cat three")));

        assertThat(find("cat")).containsExactly("z", "a", "m");
    }

    @Test
    void migratingAnExistingDatabaseFromBeforeTheIndexFillsIt() throws Exception {
        store.close();
        Path file = dir.resolve("old").resolve(SqliteTaskStore.FILE_NAME);
        java.nio.file.Files.createDirectories(file.getParent());
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file)) {
            // the version before the index (5, the marks), with rows as that version wrote them
            TaskSchema.migrate(c, TaskSchema.MIGRATIONS.subList(0, 5));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO task (task_id, seq, kind, added_at, status,"
                    + " prompt, results) VALUES (?, ?, ?, 1700000000000, ?, ?, ?)")) {
                insert(ps, 1, "kept", "aleph", "PENDING", "a harbour at night", null);
                insert(ps, 2, "song", "suno", "SUCCEEDED", "x", ResultFilesJson.write(List.of(
                        new ResultFile.Audio("https://x/1.mp3", null, "Moonrise", null, null, null, null))));
            }
        }
        store = SqliteTaskStore.open(file.getParent());

        assertThat(find("harb")).containsExactly("kept");
        assertThat(find("moonrise")).containsExactly("song");
        assertThat(TaskSchema.userVersion(connectionOf(file))).isEqualTo(TaskSchema.MIGRATIONS.size());
    }

    private static void insert(PreparedStatement ps, int seq, String id, String kind, String status, String prompt,
                               String results) throws java.sql.SQLException {
        ps.setString(1, id);
        ps.setInt(2, seq);
        ps.setString(3, kind);
        ps.setString(4, status);
        ps.setString(5, prompt);
        ps.setString(6, results);
        ps.executeUpdate();
    }

    private static Connection connectionOf(Path file) throws Exception {
        return new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
    }
}
