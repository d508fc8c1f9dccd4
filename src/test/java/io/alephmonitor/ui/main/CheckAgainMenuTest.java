package io.alephmonitor.ui.main;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
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
 * A Not found task always offers Check again (the row's right-click menu), which asks the tracker
 * to poll it once more; the tracker puts it back to Pending first (see PollEngineTest and
 * DocumentedAnswersOverHttpTest for the polling side).
 */
@ExtendWith(ApplicationExtension.class)
class CheckAgainMenuTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private FakeTaskTracker tracker;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        tracker = new FakeTaskTracker(clock);
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "A fox in the snow", clock.instant()),
                SampleTasks.task(SampleTasks.id(3), new TaskStatus.NotFound(), "A task kie.ai lost", clock.instant()));
        window = new MainWindow(tracker, clock, DesktopActions.NONE, new io.alephmonitor.ui.preview.ImageCache());
        Scene scene = new Scene(window, 1200, 760);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNotFoundRowOffersCheckAgainAndItAsksTheTrackerToPollIt(FxRobot robot) {
        robot.clickOn("A task kie.ai lost").rightClickOn("A task kie.ai lost");
        WaitForAsyncUtils.waitForFxEvents();

        MenuItem checkAgain = robot.listWindows().stream()
                .filter(w -> w instanceof ContextMenu).map(ContextMenu.class::cast)
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "Check again".equals(item.getText())).findFirst().orElseThrow();
        assertThat(checkAgain.isDisable()).isFalse();

        robot.clickOn("Check again");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tracker.checkNowCalls).containsExactly(List.of(SampleTasks.id(3)));
    }
}
