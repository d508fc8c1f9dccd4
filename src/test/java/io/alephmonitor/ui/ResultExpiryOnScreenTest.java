package io.alephmonitor.ui;

import io.alephmonitor.ui.main.DesktopActions;
import io.alephmonitor.ui.main.MainWindow;
import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.preview.ImageCache;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
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

/** The table and the gallery say when a result link dies by the task's own kind: a Market link lives one day, not 14. */
@ExtendWith(ApplicationExtension.class)
class ResultExpiryOnScreenTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String MARKET_ID = SampleTasks.id(1);
    private static final String ALEPH_ID = SampleTasks.id(2);

    private final MutableClock clock = new MutableClock(NOW);

    @Start
    void start(Stage stage) {
        FakeTaskTracker tracker = new FakeTaskTracker(clock);
        tracker.preload(finishedAnHourAgo(MARKET_ID, KindIds.MARKET, "A lighthouse in fog"),
                finishedAnHourAgo(ALEPH_ID, KindIds.ALEPH, "Red car at night"));
        MainWindow window = new MainWindow(tracker, clock, DesktopActions.NONE, new ImageCache());
        Scene scene = new Scene(window, 1200, 760);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static TrackedTask finishedAnHourAgo(String id, String kind, String prompt) {
        Instant done = NOW.minus(Duration.ofHours(1));
        return SampleTasks.ofKind(kind, SampleTasks.task(id, SampleTasks.succeeded(id, done), prompt, done.minusSeconds(97)));
    }

    private static boolean showsTask(Node cell, String taskId) {
        return cell instanceof IndexedCell<?> c && c.getItem() instanceof TaskRowViewModel row && row.taskId().equals(taskId);
    }

    private static String resultCellText(FxRobot robot, String taskId) {
        TableCell<?, ?> cell = robot.lookup("#taskTable .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() != null && "result".equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && showsTask(c.getTableRow(), taskId))
                .query();
        return cell.getText();
    }

    private static String galleryTooltip(FxRobot robot, String taskId) {
        IndexedCell<?> tile = robot.lookup(".gallery-cell")
                .match((IndexedCell<?> n) -> n.getScene() != null && n.isVisible() && showsTask(n, taskId))
                .query();
        return tile.getTooltip().getText();
    }

    @Test
    void aMarketTaskFinishedAnHourAgoShowsItsLinkExpiringWithinTheDayInTheTable(FxRobot robot) {
        assertThat(resultCellText(robot, MARKET_ID)).isEqualTo("Video · Expires in 23 h");
        assertThat(resultCellText(robot, ALEPH_ID)).isEqualTo("Video · Expires in 13 days");
    }

    @Test
    void aMarketTaskFinishedAnHourAgoShowsItsLinkExpiringWithinTheDayInTheGallery(FxRobot robot) {
        robot.clickOn("#galleryViewToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(galleryTooltip(robot, MARKET_ID)).endsWith("Succeeded · Video · Expires in 23 h");
        assertThat(galleryTooltip(robot, ALEPH_ID)).endsWith("Succeeded · Video · Expires in 13 days");
    }
}
