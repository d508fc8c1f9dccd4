package io.alephmonitor.ui.main;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The table and the gallery for tracks, texts, progress and partial results, on screen. */
@ExtendWith(ApplicationExtension.class)
class ResultRowsOnScreenTest {

    private static final Instant ADDED = Instant.parse("2026-03-01T08:00:00Z");
    private final MutableClock clock = new MutableClock(ADDED.plus(Duration.ofHours(1)));
    private Stage stage;
    private MainWindow window;

    private static ResultFile.Audio track(String id, String title) {
        return new ResultFile.Audio("https://example.invalid/" + id + ".mp3", null, title, 187.0, "lofi", "la la", id);
    }

    @BeforeEach
    void open(FxRobot robot) {
        FakeTaskTracker tracker = new FakeTaskTracker(clock);
        Instant done = clock.instant().minusSeconds(60);
        tracker.preload(
                SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(0.42), "A fox in the snow", ADDED),
                SampleTasks.task(SampleTasks.id(2), TaskStatus.Succeeded.of(
                        List.of(track("a", "Sunset Drive"), track("b", "Sunset Drive II")), done), "A lofi song", ADDED),
                SampleTasks.task(SampleTasks.id(3), TaskStatus.Succeeded.of(List.of(
                        new ResultFile.Text(null, "Chapter one\nIt was a dark night.", false, null)), done), "A story", ADDED),
                SampleTasks.task(SampleTasks.id(4), new TaskStatus.Running(null, null, List.of(track("c", "Dawn"))),
                        "A second song", ADDED),
                SampleTasks.task(SampleTasks.id(5), TaskStatus.Succeeded.of(List.of(), done, false,
                        "Track 1 came without an audio link."), "An empty answer", ADDED),
                new TrackedTask(SampleTasks.id(6), TrackedTask.AUTO_KIND, ADDED, new TaskStatus.NotFound(), null, null,
                        null, null, ADDED, null, null, null));
        robot.interact(() -> {
            stage = new Stage();
            window = new MainWindow(tracker, clock, DesktopActions.NONE, (url, w, h) -> null);
            Scene scene = new Scene(window, 1280, 800);
            ThemeController.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.dispose();
            stage.close();
        });
    }

    private static List<String> texts(FxRobot robot, String columnId) {
        return robot.lookup(".table-row-cell .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()) && !c.isEmpty())
                .map(c -> c.getText() != null ? c.getText() : c.getGraphic() == null ? ""
                        : ((Node) c.getGraphic()).lookupAll(".status-label").stream()
                                .map(l -> ((Labeled) l).getText()).findFirst().orElse(""))
                .toList();
    }

    @Test
    void eachRowSaysWhatItHoldsHowFarItIsAndWhatIsReady() {
        FxRobot robot = new FxRobot();
        assertThat(texts(robot, "result")).contains("Generating… 42 %", "2 tracks · Expires in 13 days",
                "Text · Kept here", "First track ready · still generating", "kie.ai sent no result");
        assertThat(texts(robot, "status")).contains("Running · 42 %", "Partly ready");
        assertThat(robot.lookup(".status-progress").queryAllAs(ProgressBar.class))
                .filteredOn(Node::isVisible).extracting(ProgressBar::getProgress).containsExactly(0.42);
        assertThat(texts(robot, "kind")).contains("Unknown kind").doesNotContain("Detecting…");
    }

    @Test
    void theGalleryShowsATracksTitleAndLengthAndATextsFirstLines(FxRobot robot) {
        robot.clickOn("#galleryViewToggle");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> placeholders = robot.lookup(".gallery-video-kind").queryAllAs(Labeled.class).stream()
                .filter(l -> l.isVisible() && l.getParent().isVisible()).map(Labeled::getText).toList();
        assertThat(placeholders).contains("Sunset Drive · 3:07  (+1)", "Chapter one\nIt was a dark night.");
        assertThat(robot.lookup(".gallery-progress").queryAllAs(ProgressBar.class))
                .filteredOn(Node::isVisible).extracting(ProgressBar::getProgress).containsExactly(0.42);
    }
}
