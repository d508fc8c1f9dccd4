package io.alephmonitor.ui.main;

import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.ui.tasks.TaskTable;
import io.alephmonitor.ui.theme.ThemeController;

import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table's right-click "Group families": with it on, a task made from another (an extension, say) sits right
 * under its parent with a tree glyph before its prompt, under the table's newest-first sort; off, the sort alone decides.
 */
@ExtendWith(ApplicationExtension.class)
class GroupFamiliesMenuTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FakeTaskTracker tracker = new FakeTaskTracker(clock);
        Instant t0 = clock.instant();
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Succeeded("https://x/1.mp4", null, t0),
                        "The parent video", t0),
                SampleTasks.task(SampleTasks.id(2), new TaskStatus.Running(), "Another task", t0.plus(Duration.ofMinutes(1))),
                SampleTasks.task(SampleTasks.id(3), new TaskStatus.Running(), "Its extension", t0.plus(Duration.ofMinutes(2)))
                        .withOrigin(new TaskOrigin(SampleTasks.id(1), TaskOrigin.Relation.EXTENDED)));
        window = new MainWindow(tracker, clock, DesktopActions.NONE, new io.alephmonitor.ui.preview.ImageCache());
        Scene scene = new Scene(window, 1200, 760);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TaskTable table(FxRobot robot) {
        return robot.lookup("#taskTable").queryAs(TaskTable.class);
    }

    private java.util.List<String> order(FxRobot robot) {
        return table(robot).getItems().stream().map(TaskRowViewModel::taskId).toList();
    }

    @Test
    void groupFamiliesPutsTheChildRightUnderItsParentWithATreeGlyph(FxRobot robot) {
        assertThat(order(robot)).containsExactly(SampleTasks.id(3), SampleTasks.id(2), SampleTasks.id(1));

        robot.rightClickOn("Another task");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Group families");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(order(robot)).containsExactly(SampleTasks.id(2), SampleTasks.id(1), SampleTasks.id(3));
        assertThat(robot.lookup(".family-prompt-cell").queryAllAs(TableCell.class)).extracting(TableCell::getText)
                .anySatisfy(text -> assertThat(String.valueOf(text)).startsWith("└ "));

        robot.interact(() -> table(robot).groupFamiliesProperty().set(false));
        assertThat(order(robot)).containsExactly(SampleTasks.id(3), SampleTasks.id(2), SampleTasks.id(1));
        assertThat(robot.lookup(".family-prompt-cell").queryAllAs(TableCell.class)).extracting(TableCell::getText)
                .noneSatisfy(text -> assertThat(String.valueOf(text)).startsWith("└"));
    }
}
