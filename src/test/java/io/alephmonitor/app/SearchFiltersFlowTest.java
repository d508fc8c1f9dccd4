package io.alephmonitor.app;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.ui.TaskRowViewModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
 * The search filters beside the filter field, through the main window over a stored history: Starred only, a tag
 * and a kind chosen from the Filters menu and a word of the prompt narrow the table together; each chosen filter
 * is a chip that removes itself (by mouse or by keyboard); the count says how many of all tasks show; an empty
 * result says so and its button shows every task again.
 */
@ExtendWith(ApplicationExtension.class)
class SearchFiltersFlowTest {

    private static final Instant T0 = Instant.now();

    @TempDir
    Path temp;

    private Stage stage;
    private FlowFixture fx;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private static TrackedTask finished(String id, String kind, String prompt, ResultFile file, TaskMarks marks) {
        return new TrackedTask(id, kind, T0, TaskStatus.Succeeded.of(List.of(file), T0),
                new TaskParams(prompt, null, null, null, null, null, null),
                null, T0, null, null, null, null, null, List.of(), null, marks);
    }

    private void openWithStoredTasks() throws Exception {
        ResultFile video = new ResultFile.Video("https://example.com/a.mp4", null);
        ResultFile image = new ResultFile.Image("https://example.com/b.png");
        try (SqliteTaskStore store = SqliteTaskStore.open(temp.resolve("data"))) {
            store.upsert(List.of(
                    finished("storm-video", "aleph", "A lighthouse in a storm", video,
                            new TaskMarks(true, List.of("trailer"), null)),
                    finished("dawn-video", "aleph", "A lighthouse at dawn", video,
                            new TaskMarks(true, List.of("draft"), null)),
                    finished("storm-image", "flux", "A storm over the sea", image,
                            new TaskMarks(true, List.of("trailer"), null)),
                    finished("calm-video", "aleph", "A calm storm of leaves", video,
                            new TaskMarks(false, List.of("trailer"), null)),
                    finished("forest-image", "flux", "A misty forest", image, TaskMarks.NONE)));
        }
        fx = onFx(() -> new FlowFixture(stage, temp, Duration.ofSeconds(2), FlowFixture.FAST_POLLING));
        fx.started.get(90, TimeUnit.SECONDS);
        waitUntil("the five stored tasks are shown", () -> shown().size() == 5);
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
        return onFx(() -> fx.view.window().model().sortedRows().stream().map(TaskRowViewModel::taskId).sorted().toList());
    }

    private String count(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#searchCount").queryAs(Label.class).getText());
    }

    private static void choose(FxRobot robot, String menu, String item) {
        robot.clickOn("#searchFilters");
        robot.clickOn(shownNode(robot, "#" + menu));
        // sideways first: a diagonal move would pass over the next item and close this submenu
        robot.clickOn(shownNode(robot, "#" + item), org.testfx.robot.Motion.HORIZONTAL_FIRST);
    }

    /** The node of that id in a window on screen (a menu's item also has a node in a closed popup). */
    private static Node shownNode(FxRobot robot, String query) {
        return robot.lookup(query).match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible()).query();
    }

    @Test
    void starredATagAKindAndAWordNarrowTheTableAndEachChipRemovesItsFilter(FxRobot robot) throws Exception {
        openWithStoredTasks();
        assertThat(onFx(() -> robot.lookup("#filterChips").query().isVisible())).as("no search: no chips line").isFalse();

        Node filters = robot.lookup("#searchFilters").query();
        onFx(() -> {
            filters.requestFocus();
            return null;
        });
        robot.type(KeyCode.DOWN); // by keyboard: Down opens the menu, Down again goes to its first item, Enter
        waitUntil("the filters menu opens", () -> onFx(() -> ((javafx.scene.control.MenuButton) filters).isShowing()));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil("only the starred tasks", () -> shown().equals(List.of("dawn-video", "storm-image", "storm-video")));
        assertThat(count(robot)).isEqualTo("3 of 5 tasks");

        choose(robot, "filterTag", "filterTag-trailer");
        waitUntil("starred and tagged trailer", () -> shown().equals(List.of("storm-image", "storm-video")));
        choose(robot, "filterKind", "filterKind-" + onFx(() -> fx.view.window().model().kindNames()
                .displayName("aleph")).toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", "-"));
        waitUntil("and of the Aleph kind", () -> shown().equals(List.of("storm-video")));

        robot.clickOn("#filterField").write("storm");
        waitUntil("the word keeps the one task", () -> shown().equals(List.of("storm-video")));
        assertThat(count(robot)).isEqualTo("1 of 5 tasks");

        robot.clickOn("#chip-starred");
        waitUntil("without the star the unstarred trailer comes back",
                () -> shown().equals(List.of("calm-video", "storm-video")));

        Node kindChip = robot.lookup("#chip-kind").query();
        onFx(() -> {
            kindChip.requestFocus();
            return null;
        });
        robot.type(KeyCode.SPACE);
        waitUntil("the kind chip removed by keyboard", () -> shown().equals(List.of("calm-video", "storm-image", "storm-video")));
        assertThat(robot.lookup("#chip-kind").tryQuery()).isEmpty();

        robot.clickOn("#clearSearch");
        waitUntil("clearing shows every task", () -> shown().size() == 5);
        assertThat(onFx(() -> robot.lookup("#filterChips").query().isVisible())).isFalse();
        assertThat(onFx(() -> fx.view.window().model().filterTextProperty().get())).isEmpty();
    }

    @Test
    void anEmptyResultSaysSoAndItsButtonShowsEveryTaskAgain(FxRobot robot) throws Exception {
        openWithStoredTasks();

        choose(robot, "filterTag", "filterTag-draft");
        robot.clickOn("#filterField").write("forest");
        waitUntil("nothing matches", () -> shown().isEmpty());
        assertThat(count(robot)).isEqualTo("0 of 5 tasks");
        assertThat(onFx(() -> robot.lookup("#emptyResultText").queryAs(Label.class).getText()))
                .isEqualTo("No task matches these words and filters.");

        robot.clickOn("#emptyResultClear");
        waitUntil("every task is back", () -> shown().size() == 5);
    }
}
