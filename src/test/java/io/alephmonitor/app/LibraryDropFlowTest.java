package io.alephmonitor.app;

import io.alephmonitor.download.Sidecars;
import io.alephmonitor.download.TaskSidecar;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.status.UndoBar;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.alephmonitor.app.AppFlowTest.onFx;
import static io.alephmonitor.app.AppFlowTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files dropped on the real window bring their tasks back (issue 15): the drop's port ({@link LibraryImportFlow},
 * what {@code MainWindow.setLibraryDrops} is given) scans off the FX thread, the tasks appear in the table with
 * their prompt and tags, and the notice under the list says what came back and which files carried nothing.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryDropFlowTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";
    private static final String PROMPT = "A lighthouse in a storm, long exposure";

    @TempDir
    Path temp;
    @TempDir
    Path library;

    private Stage stage;
    private FlowFixture fx;

    @Start
    void start(Stage primary) {
        this.stage = primary;
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

    @Test
    void aDroppedFolderBringsItsTasksBackAndTheNoticeNamesTheFilesThatCarryNothing(FxRobot robot) throws Exception {
        Path nested = Files.createDirectories(library.resolve("2025-06/aleph"));
        Path video = Files.write(nested.resolve("lighthouse.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        Instant done = Instant.parse("2025-06-01T10:00:00Z");
        Sidecars.write(video, new TaskSidecar(ID, "aleph", null, PROMPT, "{\"prompt\":\"" + PROMPT + "\"}",
                List.of(new TaskSidecar.Result("https://files.example/lighthouse.mp4", "video", null)),
                done.minusSeconds(90), done, done.minusSeconds(100), done, null, false, List.of("sea", "storm"), null));
        Files.writeString(library.resolve("todo.txt"), "nothing here");
        fx = onFx(() -> new FlowFixture(stage, temp, Duration.ofSeconds(2), FlowFixture.FAST_POLLING));
        fx.started.get(90, TimeUnit.SECONDS);
        LibraryImportFlow drops = onFx(() -> {
            LibraryImportFlow flow = new LibraryImportFlow(fx.tracker, TaskKinds.standard().all().stream()
                    .map(TaskKind::id).collect(Collectors.toUnmodifiableSet()), fx.io, Platform::runLater,
                    Clock.systemUTC(), fx.view.window()::showNotice);
            fx.view.window().setLibraryDrops(flow);
            return flow;
        });

        onFx(() -> {
            drops.bringBack(List.of(library));
            return null;
        });

        waitUntil("the task is back in the table", () -> fx.view.window().model().rows().size() == 1);
        TrackedTask back = fx.tracker.tasks().getFirst();
        assertThat(back.taskId()).isEqualTo(ID);
        assertThat(back.params().prompt()).isEqualTo(PROMPT);
        assertThat(back.tags()).containsExactly("sea", "storm");
        assertThat(back.savedPaths()).containsExactly(video.toAbsolutePath());
        waitUntil("the notice is shown", () -> robot.lookup("#undoBar").queryAs(UndoBar.class).isVisible());
        String notice = robot.lookup("#undoBar .label").queryAs(Label.class).getText();
        assertThat(notice).isEqualTo("Brought back 1 task from 3 files · 1 file carries no task (todo.txt)");
    }
}
