package io.alephmonitor.app;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.ui.TaskRowViewModel;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.alephmonitor.app.AppFlowTest.onFx;
import static io.alephmonitor.app.AppFlowTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing in the main window's filter field searches the whole stored history (the SQLite full-text index):
 * a word of a prompt, and a track title that only the store's index knows of.
 */
@ExtendWith(ApplicationExtension.class)
class HistorySearchFlowTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path temp;

    private Stage stage;
    private FlowFixture fx;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private static TrackedTask finished(String id, String kind, String prompt, List<ResultFile> files) {
        return new TrackedTask(id, kind, T0, TaskStatus.Succeeded.of(files, T0),
                new TaskParams(prompt, null, null, null, null, null, null),
                null, T0, null, null, null, null, null, List.of(), null);
    }

    private void openWithStoredTasks() throws Exception {
        try (SqliteTaskStore store = SqliteTaskStore.open(temp.resolve("data"))) {
            store.upsert(List.of(
                    finished("lighthouse-video", "aleph", "A lighthouse in a storm",
                            List.of(new ResultFile.Video("https://example.com/a.mp4", null))),
                    finished("harbour-song", "suno", "a calm song",
                            List.of(new ResultFile.Audio("https://example.com/1.mp3", null, "Harbour Lights", 95.0,
                                    "ambient", "[Verse] ships come home", "track-1"))),
                    finished("forest-image", "flux", "A misty forest",
                            List.of(new ResultFile.Image("https://example.com/b.png")))));
        }
        fx = onFx(() -> new FlowFixture(stage, temp, Duration.ofSeconds(2), FlowFixture.FAST_POLLING));
        fx.started.get(90, TimeUnit.SECONDS);
        waitUntil("the three stored tasks are shown", () -> shown().size() == 3);
    }

    @AfterEach
    void close() throws Exception {
        if (fx != null) {
            onFx(() -> {
                fx.disposeView();
                return null;
            });
            fx.close();
        }
    }

    private List<String> shown() throws Exception {
        return onFx(() -> fx.view.window().model().sortedRows().stream().map(TaskRowViewModel::taskId).toList());
    }

    @Test
    void aWordOfThePromptAndATrackTitleTypedInTheFilterFieldFindTheirTasks(FxRobot robot) throws Exception {
        openWithStoredTasks();

        robot.clickOn("#filterField").write("lightho");
        waitUntil("only the lighthouse task is shown", () -> shown().equals(List.of("lighthouse-video")));

        robot.doubleClickOn("#filterField").eraseText(7).write("harbour");
        waitUntil("the song is found by its track title", () -> shown().equals(List.of("harbour-song")));

        robot.eraseText(7).write("ships home");
        waitUntil("and by its lyrics", () -> shown().equals(List.of("harbour-song")));
        assertThat(onFx(() -> fx.view.window().model().rows().size())).isEqualTo(3);
    }
}
