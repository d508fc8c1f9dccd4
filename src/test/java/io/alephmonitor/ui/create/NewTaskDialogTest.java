package io.alephmonitor.ui.create;

import static io.alephmonitor.ui.create.NewTaskWindow.label;
import static io.alephmonitor.ui.create.NewTaskWindow.type;

import io.alephmonitor.sim.GlobalFault;
import io.alephmonitor.model.TrackedTask;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The New task dialog over real HTTP against the simulator: live validation, creation, refusals kept in the dialog. */
@ExtendWith(ApplicationExtension.class)
class NewTaskDialogTest {

    private final NewTaskWindow app = new NewTaskWindow(Instant.parse("2025-12-08T08:00:00Z"));

    @Start
    void start(Stage stage) {
        app.show(stage, 1200, 760);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void open(FxRobot robot) {
        // No longer on the toolbar (the generated CreateTaskDialog is); opened as the window opened it.
        robot.interact(() -> {
            NewTaskDialog dialog = new NewTaskDialog(app.creator);
            dialog.initOwner(app.window.getScene().getWindow());
            dialog.setOnHidden(e -> {
                if (dialog.getResult() != null) {
                    app.window.select(dialog.getResult().taskId());
                }
            });
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button create(FxRobot robot) {
        return robot.lookup("#createButton").queryButton();
    }

    private boolean dialogOpen(FxRobot robot) {
        return robot.lookup("#newTaskDialog").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    private void awaitDialogClosed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogOpen(robot));
    }

    @Test
    void marketInputThatIsNotJsonShowsWhereItBrokeAndCreateStaysDisabled(FxRobot robot) {
        open(robot);
        type(robot, "#marketInput", "{\n  \"prompt\": \"A paper boat\",\n  \"duration\": 5,\n}");

        assertThat(label(robot, "#marketInputError").isVisible()).isTrue();
        assertThat(label(robot, "#marketInputError").getText()).startsWith("Line 4, column 1:").contains("double-quote");
        assertThat(create(robot).isDisabled()).isTrue();

        type(robot, "#marketInput", "[\"prompt\"]");
        assertThat(label(robot, "#marketInputError").getText()).contains("must be a JSON object");
        assertThat(create(robot).isDisabled()).isTrue();
    }

    @Test
    void aValidMarketTaskIsCreatedAndAppearsSelectedInTheTable(FxRobot robot) throws Exception {
        open(robot);
        type(robot, "#marketInput", "{\"prompt\": \"A paper boat on a rainy street\", \"duration\": \"5\"}");
        assertThat(label(robot, "#marketInputError").isVisible()).isFalse();
        assertThat(create(robot).isDisabled()).isFalse();

        robot.clickOn("#createButton");
        awaitDialogClosed(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window.selectedTaskProperty().get() != null);

        TrackedTask selected = app.window.selectedTaskProperty().get();
        assertThat(selected.taskId()).startsWith("task_kling-2.6_");
        assertThat(selected.kind()).isEqualTo("market");
        assertThat(app.sim.createdMarketTask(selected.taskId()).get("input").get("prompt").asText())
                .isEqualTo("A paper boat on a rainy street");
    }

    @Test
    void alephNeedsAPromptAndAPublicHttpsVideoBeforeCreateIsEnabled(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("Runway Aleph");
        assertThat(label(robot, "#alephDiscontinued").getText()).contains("discontinued");
        assertThat(create(robot).isDisabled()).isTrue();

        type(robot, "#alephPrompt", "Turn the street into a snowy night");
        type(robot, "#alephVideoUrl", "http://example.com/street.mp4");
        assertThat(label(robot, "#alephVideoUrlError").getText()).contains("https");
        type(robot, "#alephVideoUrl", "https://192.168.1.20/street.mp4");
        assertThat(label(robot, "#alephVideoUrlError").getText()).contains("public link");
        type(robot, "#alephSeed", "forty-two");
        assertThat(label(robot, "#alephSeedError").getText()).contains("whole number");
        assertThat(create(robot).isDisabled()).isTrue();

        type(robot, "#alephVideoUrl", "https://example.com/street.mp4");
        type(robot, "#alephSeed", "42");
        assertThat(create(robot).isDisabled()).isFalse();
        robot.clickOn("#createButton");
        awaitDialogClosed(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window.selectedTaskProperty().get() != null);

        assertThat(app.window.selectedTaskProperty().get().kind()).isEqualTo("aleph");
        assertThat(app.tracker.tasks()).hasSize(1);
    }

    @Test
    void aRefusalFromKieAiIsShownAsASentenceAndEverythingTypedIsKept(FxRobot robot) throws Exception {
        app.sim.setGlobalFault(GlobalFault.NO_CREDITS);
        open(robot);
        String input = "{\"prompt\": \"A lighthouse at dusk\"}";
        type(robot, "#marketInput", input);

        robot.clickOn("#createButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label(robot, "#createError").isVisible());

        assertThat(label(robot, "#createError").getText()).contains("run out of credits");
        assertThat(dialogOpen(robot)).isTrue();
        assertThat(robot.lookup("#marketInput").queryAs(TextInputControl.class).getText()).isEqualTo(input);
        assertThat(create(robot).isDisabled()).isFalse();
        assertThat(app.tracker.tasks()).isEmpty();
    }
}
