package io.alephmonitor.ui.main;

import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's first screen at the usual window sizes: what has room, what gives way, what stays hidden. */
@ExtendWith(ApplicationExtension.class)
class MainWindowLayoutTest {

    private static final Instant ADDED = Instant.parse("2026-03-01T08:00:00Z");
    /** Columns whose values are short and must never be cut; the prompt gives way to them. */
    private static final Set<String> NEVER_CUT = Set.of("id", "kind", "added", "elapsed");

    private final MutableClock clock = new MutableClock(ADDED.plus(Duration.ofHours(3)));
    private Stage stage;
    private MainWindow window;
    private FakeTaskTracker tracker;

    @BeforeEach
    void open(FxRobot robot) {
        tracker = new FakeTaskTracker(clock);
        tracker.preload(
                SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "A fox in the snow, walking slowly towards the camera", ADDED),
                SampleTasks.task(SampleTasks.id(2), SampleTasks.succeeded(SampleTasks.id(2), clock.instant()),
                        "Red car at night", clock.instant().minusSeconds(10)),
                SampleTasks.task(SampleTasks.id(3), new TaskStatus.Failed(400, "Your prompt was flagged by the content checker"),
                        "A photo of a crowd", ADDED),
                new TrackedTask(SampleTasks.id(4), TrackedTask.AUTO_KIND, ADDED, new TaskStatus.NotFound(), null, null,
                        null, null, ADDED, null, null, null),
                new TrackedTask(SampleTasks.id(5), "midjourney", ADDED, new TaskStatus.Pending(), null, null,
                        null, null, ADDED, null, null, null),
                new TrackedTask(SampleTasks.id(6), "veo", ADDED,
                        new TaskStatus.Succeeded("https://example.invalid/veo.mp4", null, clock.instant()),
                        SampleTasks.prompt("A drone shot over a misty forest"), ADDED, clock.instant(), null,
                        ADDED, null, null, null));
        robot.interact(() -> {
            stage = new Stage(); // its own window: resizing TestFX's shared primary stage would leak into other tests
            window = new MainWindow(tracker, clock, DesktopActions.NONE, new io.alephmonitor.ui.preview.ImageCache());
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

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.interact(() -> { }); // one more pulse: the columns settle
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<TaskRowViewModel> table(FxRobot robot) {
        return robot.lookup("#taskTable").queryTableView();
    }

    /** The text a cell really draws: "1…" when its value did not fit. */
    private static String drawn(TableCell<?, ?> cell) {
        return cell.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    private static List<TableCell<?, ?>> cellsOf(FxRobot robot, String columnId) {
        return robot.lookup(".table-row-cell .table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(c -> c)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.isVisible() && c.getText() != null && !c.getText().isEmpty())
                .toList();
    }

    @ParameterizedTest(name = "{0}×{1}, a task selected: {2}")
    @CsvSource({"1024, 700, false", "1024, 700, true", "1280, 800, false", "1280, 800, true"})
    void shortValuesAndHeadersAreNeverCutThePromptGivesWay(int width, int height, boolean selected, FxRobot robot) {
        resize(robot, width, height);
        if (selected) {
            robot.interact(() -> window.select(SampleTasks.id(1)));
            resize(robot, width, height);
        }

        for (String column : NEVER_CUT) {
            assertThat(cellsOf(robot, column)).as(column + " cells").isNotEmpty().allSatisfy(cell ->
                    assertThat(drawn(cell)).as(column + " at " + width + " px").isEqualTo(cell.getText()));
        }
        assertThat(robot.lookup(".status-label").queryAllAs(Labeled.class)).as("status words").isNotEmpty()
                .allSatisfy(label -> assertThat(label.isTextTruncated()).as(label.getText()).isFalse());
        assertThat(cellsOf(robot, "result")).filteredOn(c -> c.getText().contains("Expires"))
                .isNotEmpty().allSatisfy(cell -> assertThat(drawn(cell)).isEqualTo(cell.getText()));
        assertThat(robot.lookup(".column-header .label").queryAllAs(Labeled.class)).allSatisfy(header ->
                assertThat(header.lookup(".text") instanceof Text t ? t.getText() : header.getText())
                        .as("header").isEqualTo(header.getText()));
        assertThat(cellsOf(robot, "prompt")).as("the prompt still shows").isNotEmpty();
    }

    @Test
    void withNothingSelectedTheTableHasTheWholeWidthAndTheDetailSideOpensOnSelection(FxRobot robot) {
        resize(robot, 1280, 800);

        assertThat(window.detailShown()).isFalse();
        assertThat(robot.lookup("#detail-placeholder").tryQuery()).as("no empty detail pane").isEmpty();
        assertThat(table(robot).getWidth()).isGreaterThan(1200);

        robot.interact(() -> window.select(SampleTasks.id(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.detailShown()).isTrue();
        assertThat(table(robot).getWidth()).isLessThan(1000);

        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.detailShown()).isFalse();
    }

    @Test
    void theDividerComesBackWhereItWasLeftOrWhereTheSavedLayoutPutIt(FxRobot robot) {
        resize(robot, 1280, 800);
        robot.interact(() -> window.dividerPositionProperty().set(0.7)); // as restored from the settings

        robot.interact(() -> window.select(SampleTasks.id(2)));
        WaitForAsyncUtils.waitForFxEvents();
        Node split = robot.lookup(".split-pane").query();
        assertThat(((javafx.scene.control.SplitPane) split).getDividerPositions()[0]).isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.01));

        robot.interact(() -> ((javafx.scene.control.SplitPane) split).setDividerPositions(0.8));
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        robot.interact(() -> window.select(SampleTasks.id(1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.dividerPositionProperty().get()).as("what the app saves").isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.01));
        assertThat(((javafx.scene.control.SplitPane) split).getDividerPositions()[0]).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aTaskWhoseKindCouldNotBeDetectedSaysUnknownKindAndWhy(FxRobot robot) {
        resize(robot, 1280, 800);

        TableCell<?, ?> unknown = cellsOf(robot, "kind").stream().filter(c -> KindNames.UNKNOWN.equals(c.getText()))
                .findFirst().orElseThrow();
        assertThat(cellsOf(robot, "kind")).extracting(Labeled::getText).doesNotContain(KindNames.DETECTING);
        assertThat(KindNames.UNKNOWN_HINT).contains("Check again");

        robot.moveTo(unknown);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unknown.getTooltip()).isNotNull();
        assertThat(unknown.getTooltip().getText()).isEqualTo(KindNames.UNKNOWN_HINT);
    }

    @Test
    void aFinishedVideoWithoutAThumbnailShowsAPosterTileInTheGallery(FxRobot robot) {
        robot.clickOn("#galleryViewToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".gallery-video-kind").queryAllAs(Labeled.class).stream()
                .filter(l -> l.isVisible() && l.getParent().isVisible()).map(Labeled::getText).toList())
                .as("only the video-only task (the others have thumbnails or a status)").isNotEmpty().containsOnly("Video · Veo 3.1");
    }
}
