package io.alephmonitor.app;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.ui.status.UnrecognisedBar;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.alephmonitor.app.AppFlowTest.onFx;
import static io.alephmonitor.app.AppFlowTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pasting IDs of every kind through the real window, tracker and HTTP client against the
 * simulator: the kind chooser's "Detect automatically", kinds found by polling, and unrecognised
 * tokens the user adds as a kind they choose.
 */
@ExtendWith(ApplicationExtension.class)
class PasteKindsFlowTest {

    private static final String IMAGE = "/files/sample.png";

    @TempDir
    Path temp;

    private Stage stage;
    private FlowFixture fx;
    /** Every kind each row had, in order (FX thread only). */
    private final Map<String, List<String>> kindHistory = new HashMap<>();

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private void open() throws Exception {
        fx = onFx(() -> new FlowFixture(stage, temp, Duration.ofSeconds(2), FlowFixture.FAST_POLLING));
        fx.started.get(90, TimeUnit.SECONDS);
        onFx(() -> {
            fx.view.window().model().rows().addListener((ListChangeListener<TaskRowViewModel>) change -> {
                while (change.next()) {
                    for (TaskRowViewModel row : change.getAddedSubList()) {
                        List<String> seen = kindHistory.computeIfAbsent(row.taskId(), id -> new ArrayList<>());
                        seen.add(row.task().kind());
                        row.taskProperty().addListener((obs, old, now) -> {
                            if (!now.kind().equals(seen.getLast())) {
                                seen.add(now.kind());
                            }
                        });
                    }
                }
            });
            return null;
        });
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
    void theChooserStartsAtDetectAutomaticallyAndAVeoIdPastedIsAddedAsVeo(FxRobot robot) throws Exception {
        open();
        String veo = fx.sim.addTask("veo", "veo_task_" + UUID.randomUUID().toString().replace("-", ""),
                "A drone shot over a misty valley", fx.sim.baseUri() + IMAGE);
        assertThat(onFx(() -> chooser(robot).getValue())).isEqualTo(TrackedTask.AUTO_KIND);
        waitUntil("the chooser reads Detect automatically", () -> robot.lookup("#kindChooser .list-cell")
                .queryAllAs(ListCell.class).stream().anyMatch(cell -> "Detect automatically".equals(cell.getText())));

        paste(robot, "my Veo run: " + veo);

        waitUntil("the Veo task is listed", () -> fx.view.window().model().row(veo) != null);
        assertThat(kindHistory.get(veo)).as("added as Veo at once: only Veo's format fits").containsExactly("veo");
        waitUntil("its row shows the kind Veo", () -> "Veo".equals(shownKind(robot, veo)));
        waitUntil("the simulator's Veo task is polled to the end",
                () -> fx.view.window().model().row(veo).status().isFinal());
        assertThat(fx.view.window().model().row(veo).status().label()).isEqualTo("Succeeded");
    }

    @Test
    void aUuidPastedWithDetectShowsDetectingUntilPollingFindsItIsRunway(FxRobot robot) throws Exception {
        open();
        String runway = fx.sim.addTask("runway", UUID.randomUUID().toString(), "A paper boat on a rainy street",
                fx.sim.baseUri() + IMAGE);
        // kie.ai is busy at first, so no poll can find the kind before the row is listed (on a busy machine the
        // first poll could otherwise beat the FX thread, and the row would be listed as Runway straight away).
        fx.sim.script(runway, Behaviour.SERVER_ERROR);

        paste(robot, runway);

        waitUntil("the row is listed while its kind is being detected", () -> fx.view.window().model().row(runway) != null
                && TrackedTask.AUTO_KIND.equals(fx.view.window().model().row(runway).task().kind()));
        fx.sim.script(runway, Behaviour.NORMAL);
        waitUntil("polling finds the task's kind", () -> fx.view.window().model().row(runway) != null
                && "runway".equals(fx.view.window().model().row(runway).task().kind()));
        assertThat(kindHistory.get(runway)).as("Aleph and Runway both use UUIDs: detected by polling")
                .containsExactly(TrackedTask.AUTO_KIND, "runway");
        waitUntil("its row shows the kind Runway", () -> "Runway".equals(shownKind(robot, runway)));
        onFx(() -> {
            fx.view.window().select(runway);
            return null;
        });
        waitUntil("the detail pane names the kind", () -> robot.lookup(".detail-pane .label").queryAllAs(Label.class)
                .stream().anyMatch(l -> "Runway".equals(l.getText())));
    }

    @Test
    void anUnrecognisedTokenIsOfferedAndAddAsMarketTracksItAsMarket(FxRobot robot) throws Exception {
        open();
        String odd = "mj-2024-abcdef1234567890xyz";

        paste(robot, "try this one: " + odd);

        waitUntil("the bar offers the token", () -> bar(robot).shownText() != null);
        assertThat(onFx(() -> bar(robot).shownText())).isEqualTo("1 unrecognised ID: mj-2024-abcdef123456789…");
        assertThat(onFx(() -> fx.view.window().model().rows().size())).as("nothing added before the user decides")
                .isZero();
        assertThat(onFx(() -> (Object) robot.lookup("#unrecognisedKind").queryAs(ComboBox.class).getValue()))
                .as("Detect cannot tell a kind from an unknown format: Market is offered").isEqualTo("market");

        robot.clickOn("#unrecognisedAdd");

        waitUntil("the token is tracked", () -> fx.view.window().model().row(odd) != null);
        assertThat(kindHistory.get(odd)).containsExactly("market");
        assertThat(onFx(() -> bar(robot).shownText())).as("the bar is done").isNull();
        assertThat(onFx(() -> robot.lookup("#addMessage").queryAs(Label.class).getText()))
                .isEqualTo("1 added as Market model");
        waitUntil("its row shows the kind Market", () -> "Market".equals(shownKind(robot, odd)));
    }

    @Test
    void dismissingTheUnrecognisedTokensAddsNothing(FxRobot robot) throws Exception {
        open();

        paste(robot, "mj-2024-abcdef1234567890xyz\nanother-odd-id-0099887766aa\nqq-7777-zzzz-8888-yyyy");

        waitUntil("the bar offers the tokens", () -> bar(robot).shownText() != null);
        assertThat(onFx(() -> bar(robot).shownText()))
                .isEqualTo("3 unrecognised IDs: mj-2024-abcdef123456789…, another-odd-id-00998877… and 1 more");
        robot.clickOn("#unrecognisedDismiss");

        assertThat(onFx(() -> bar(robot).shownText())).isNull();
        assertThat(onFx(() -> fx.view.window().model().rows().size())).isZero();
    }

    // --- helpers -----------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static ComboBox<String> chooser(FxRobot robot) {
        return robot.lookup("#kindChooser").queryAs(ComboBox.class);
    }

    private static UnrecognisedBar bar(FxRobot robot) {
        return robot.lookup("#unrecognisedBar").queryAs(UnrecognisedBar.class);
    }

    private void paste(FxRobot robot, String text) throws Exception {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            return Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#pasteField").press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);
        if (text.lines().count() < 2) {
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER); // one line lands in the field; a block is added at once
        }
    }

    /** The text of the Kind cell drawn in this task's row (the few rows here are all drawn), or null. */
    private static String shownKind(FxRobot robot, String taskId) {
        return robot.lookup("#taskTable .table-row-cell")
                .match(n -> n instanceof TableRow<?> r && r.getItem() instanceof TaskRowViewModel t && t.taskId().equals(taskId))
                .queryAll().stream()
                .flatMap(row -> row.lookupAll(".table-cell").stream())
                .map(c -> (TableCell<?, ?>) c)
                .filter(c -> c.getTableColumn() != null && "kind".equals(c.getTableColumn().getId()))
                .map(TableCell::getText).findFirst().orElse(null);
    }
}
