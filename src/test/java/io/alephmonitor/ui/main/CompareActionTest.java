package io.alephmonitor.ui.main;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.compare.CompareWindow;
import io.alephmonitor.ui.tasks.TaskTable;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compare (More menu, right-click, Ctrl/Cmd+Shift+C) is offered only while two comparable results are
 * selected; Compare with source only for a finished video-to-video task; choosing it opens the compare window.
 */
@ExtendWith(ApplicationExtension.class)
class CompareActionTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private final MutableClock clock = new MutableClock(AT);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FakeTaskTracker tracker = new FakeTaskTracker(clock);
        tracker.preload(
                finished(1, "A fox in the snow", new ResultFile.Video("https://example.invalid/1.mp4", null)),
                finished(2, "A fox in the rain", new ResultFile.Video("https://example.invalid/2.mp4", null)),
                finished(3, "A still of a fox", new ResultFile.Image("https://example.invalid/3.png")),
                SampleTasks.task(SampleTasks.id(4), new TaskStatus.Running(), "A fox still rendering", AT));
        window = new MainWindow(tracker, clock, DesktopActions.NONE, new io.alephmonitor.ui.preview.ImageCache());
        Scene scene = new Scene(window, 1200, 760);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeCompareWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(CompareWindow.class::isInstance).forEach(Window::hide));
    }

    private static TrackedTask finished(int n, String prompt, ResultFile result) {
        return SampleTasks.task(SampleTasks.id(n), TaskStatus.Succeeded.of(List.of(result), AT), prompt, AT);
    }

    private void selectTasks(FxRobot robot, int... ns) {
        robot.interact(() -> {
            TaskTable table = robot.lookup("#taskTable").queryAs(TaskTable.class);
            table.getSelectionModel().clearSelection();
            for (int n : ns) {
                table.getSelectionModel().select(window.model().row(SampleTasks.id(n)));
            }
        });
    }

    private boolean moreMenuOffers(FxRobot robot, String id) {
        robot.clickOn("#moreMenu");
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem item = robot.listWindows().stream().filter(ContextMenu.class::isInstance).map(ContextMenu.class::cast)
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        boolean offered = !item.isDisable();
        robot.type(KeyCode.ESCAPE);
        return offered;
    }

    private static void pressCompareShortcut(FxRobot robot) {
        robot.interact(() -> robot.lookup("#taskTable").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<CompareWindow> compareWindows() {
        return Window.getWindows().stream().filter(CompareWindow.class::isInstance).map(CompareWindow.class::cast).toList();
    }

    @Test
    void compareIsOfferedForTwoFinishedVideosAndNotForAVideoAndAnImageOneTaskOrAnUnfinishedOne(FxRobot robot) {
        selectTasks(robot, 1, 2);
        assertThat(moreMenuOffers(robot, "compare")).isTrue();

        selectTasks(robot, 1, 3);
        assertThat(moreMenuOffers(robot, "compare")).as("a video and an image").isFalse();

        selectTasks(robot, 1);
        assertThat(moreMenuOffers(robot, "compare")).as("one task with one result").isFalse();

        selectTasks(robot, 2, 4);
        assertThat(moreMenuOffers(robot, "compare")).as("a task still running").isFalse();
    }

    @Test
    void compareWithSourceIsOfferedForOneFinishedTaskWhoseParametersNameASourceVideo(FxRobot robot) {
        selectTasks(robot, 1);
        assertThat(moreMenuOffers(robot, "compareWithSource")).isTrue();

        selectTasks(robot, 1, 2);
        assertThat(moreMenuOffers(robot, "compareWithSource")).isFalse();
    }

    @Test
    void theShortcutOpensTheCompareWindowForTwoVideos(FxRobot robot) {
        selectTasks(robot, 1, 2);
        pressCompareShortcut(robot);

        assertThat(compareWindows()).hasSize(1);
        assertThat(compareWindows().getFirst().view().pair().right().prompt()).isEqualTo("A fox in the rain");
    }

    @Test
    void theShortcutOnAVideoAndAnImageSaysWhyInsteadOfOpeningAWindow(FxRobot robot) {
        selectTasks(robot, 1, 3);
        pressCompareShortcut(robot);

        assertThat(compareWindows()).isEmpty();
        assertThat(window.model().messageProperty().get()).contains("cannot be compared");
    }

    @Test
    void theRightClickMenuOpensTheComparisonOfTheSelection(FxRobot robot) {
        selectTasks(robot, 1, 2);
        robot.rightClickOn("A fox in the rain");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(compareWindows()).hasSize(1);
    }
}
