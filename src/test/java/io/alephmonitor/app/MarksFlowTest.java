package io.alephmonitor.app;

import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.TaskRowViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.alephmonitor.app.AppFlowTest.onFx;
import static io.alephmonitor.app.AppFlowTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stars, tags and a note given through the real window (keyboard, the selection's menu, the table's star,
 * the detail pane), kept in the real SQLite store: after a restart on the same data folder they are all there.
 */
@ExtendWith(ApplicationExtension.class)
class MarksFlowTest {

    @TempDir
    Path temp;

    private Stage stage;
    private FlowFixture fx;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private void open() throws Exception {
        fx = onFx(() -> new FlowFixture(stage, temp, Duration.ofSeconds(2), FlowFixture.FAST_POLLING));
        fx.started.get(90, TimeUnit.SECONDS);
    }

    private void shut() throws Exception {
        onFx(() -> {
            fx.disposeView();
            return null;
        });
        fx.close();
        fx = null;
    }

    @AfterEach
    void close() throws Exception {
        if (fx != null) {
            shut();
        }
    }

    @Test
    void severalTasksStarredAndTaggedThroughTheWindowAreStillStarredAndTaggedAfterARestart(FxRobot robot) throws Exception {
        open();
        List<String> ids = List.of(1, 2, 3).stream().map(n -> fx.sim.addTask("runway", UUID.randomUUID().toString(),
                "Marked flow task " + n, fx.sim.baseUri() + "/files/sample.png")).toList();
        paste(robot, String.join("\n", ids));
        waitUntil("the three tasks are listed", () -> fx.view.window().model().rows().size() == 3);

        // All three: Ctrl+A in the table, then Ctrl/Cmd+D stars them.
        robot.clickOn(tableRow(robot, ids.get(0)));
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        robot.press(KeyCode.SHORTCUT, KeyCode.D).release(KeyCode.D, KeyCode.SHORTCUT);
        waitUntil("all three are starred", () -> ids.stream().allMatch(id -> marks(id).starred()));

        // The selection's menu tags them all.
        robot.rightClickOn(tableRow(robot, ids.get(1)));
        robot.clickOn("#menuAddTag");
        robot.clickOn("#tagDialogField").write("trailer").type(KeyCode.ENTER);
        waitUntil("all three are tagged", () -> ids.stream().allMatch(id -> marks(id).tags().equals(List.of("trailer"))));

        // The first row's own star unstars it.
        robot.clickOn(onFx(() -> tableRow(robot, ids.get(0)).lookup(".star-toggle")), MouseButton.PRIMARY);
        waitUntil("the first is unstarred", () -> !marks(ids.get(0)).starred());

        // The third in the detail pane: another tag, one removed, and a note kept when the field loses the focus.
        robot.clickOn(onFx(() -> tableRow(robot, ids.get(2)).lookup(".task-id-cell")));
        waitUntil("the detail pane shows the third task",
                () -> fx.view.detail().task() != null && ids.get(2).equals(fx.view.detail().task().taskId()));
        robot.clickOn("#detailTagField").write("keeper").type(KeyCode.ENTER);
        robot.clickOn(chipRemoveButton(robot, "trailer"));
        robot.clickOn("#detailNote").write("Use this one for the intro.");
        robot.clickOn("#detailTagField");
        waitUntil("the third has its tag and note", () -> marks(ids.get(2))
                .equals(new TaskMarks(true, List.of("keeper"), "Use this one for the intro.")));

        shut();
        open();
        waitUntil("the three tasks are back", () -> fx.view.window().model().rows().size() == 3);

        assertThat(marks(ids.get(0))).isEqualTo(new TaskMarks(false, List.of("trailer"), null));
        assertThat(marks(ids.get(1))).isEqualTo(new TaskMarks(true, List.of("trailer"), null));
        assertThat(marks(ids.get(2))).isEqualTo(new TaskMarks(true, List.of("keeper"), "Use this one for the intro."));
        scrollTo(ids.get(1));
        assertThat(onFx(() -> tableRow(robot, ids.get(1)).lookup(".star-toggle").getAccessibleText())).isEqualTo("Starred");
        assertThat(onFx(() -> tableRow(robot, ids.get(0)).lookup(".star-toggle").getAccessibleText())).isEqualTo("Not starred");
        robot.clickOn(onFx(() -> tableRow(robot, ids.get(2)).lookup(".task-id-cell")));
        waitUntil("the detail pane shows the third task's note and tag", () ->
                "Use this one for the intro.".equals(((TextArea) robot.lookup("#detailNote").query()).getText())
                        && robot.lookup("#detailTags .tag-chip").queryAll().stream().anyMatch(n -> "keeper".equals(n.getUserData())));
    }

    private TaskMarks marks(String taskId) {
        return fx.tracker.tasks().stream().filter(t -> t.taskId().equals(taskId)).map(TrackedTask::marks)
                .findFirst().orElseThrow();
    }

    private void paste(FxRobot robot, String text) throws Exception {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            return Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#pasteField").press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);
    }

    @SuppressWarnings("unchecked")
    private void scrollTo(String taskId) throws Exception {
        onFx(() -> {
            ((TableView<TaskRowViewModel>) stage.getScene().lookup("#taskTable")).scrollTo(fx.view.window().model().row(taskId));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node tableRow(FxRobot robot, String taskId) throws Exception {
        return onFx(() -> robot.lookup("#taskTable .table-row-cell")
                .match(n -> n instanceof TableRow<?> r && r.getItem() instanceof TaskRowViewModel t && t.taskId().equals(taskId))
                .query());
    }

    private Button chipRemoveButton(FxRobot robot, String tag) throws Exception {
        return onFx(() -> (Button) robot.lookup("#detailTags .tag-chip").match(n -> tag.equals(n.getUserData()))
                .query().lookup(".button"));
    }
}
