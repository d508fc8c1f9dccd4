package io.alephmonitor.ui.welcome;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class WelcomeDialogTest {

    private final List<String> checkedKeys = new ArrayList<>();
    private CompletableFuture<KeyVerdict> pending = new CompletableFuture<>();
    private WelcomeDialog dialog;

    @Start
    void start(Stage stage) {
        dialog = new WelcomeDialog(key -> {
            checkedKeys.add(key);
            return pending;
        }, Locale.US);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog.initOwner(stage);
        dialog.show();
    }

    private Label verdict(FxRobot robot) {
        return robot.from(dialog.getDialogPane()).lookup("#welcome-verdict").queryAs(Label.class);
    }

    private Node button(javafx.scene.control.ButtonType type) {
        return dialog.getDialogPane().lookupButton(type);
    }

    private void pasteKeyAndCheck(FxRobot robot, String key) {
        robot.interact(() -> robot.lookup("#welcome-api-key").queryAs(PasswordField.class).setText(key));
        robot.clickOn("#welcome-check-key");
    }

    @Test
    void theKeyFieldIsMaskedAndSaveNeedsAKey(FxRobot robot) {
        assertThat(robot.lookup("#welcome-api-key").queryAs(Node.class)).isInstanceOf(PasswordField.class);
        assertThat(button(WelcomeDialog.SAVE_AND_START).isDisabled()).isTrue();
        assertThat(button(WelcomeDialog.TRY_DEMO).isDisabled()).isFalse();
    }

    @Test
    void theDialogSaysWhereTheKeyWillBeKept(FxRobot robot) {
        Label where = robot.from(dialog.getDialogPane()).lookup("#welcome-key-location").queryAs(Label.class);
        assertThat(where.isVisible()).as("nothing to say yet").isFalse();

        String note = "Saved in a file only your user can read (/home/u/.config/aleph-monitor/api-key)"
                + " because no system keyring is available.";
        robot.interact(() -> dialog.setKeyLocation(note));

        assertThat(where.getText()).isEqualTo(note);
        assertThat(where.isVisible()).isTrue();
    }

    @Test
    void anAcceptedKeyShowsTheCreditsLeft(FxRobot robot) {
        pasteKeyAndCheck(robot, "  good-key  ");
        assertThat(robot.lookup("#welcome-checking").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#welcome-api-key").queryAs(Node.class).isDisabled()).isFalse();

        pending.complete(new KeyVerdict.Accepted(new BigDecimal("1234")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(checkedKeys).containsExactly("good-key");
        assertThat(verdict(robot).getText()).isEqualTo("Key accepted — 1,234 credits left.");
        assertThat(robot.lookup("#welcome-checking").queryAs(Node.class).isVisible()).isFalse();
        assertThat(button(WelcomeDialog.SAVE_AND_START).isDisabled()).isFalse();
    }

    @Test
    void aRejectedKeySaysSoAndCannotBeSaved(FxRobot robot) {
        pasteKeyAndCheck(robot, "bad-key");
        pending.complete(new KeyVerdict.Rejected());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(verdict(robot).getText()).startsWith("kie.ai rejected this key.");
        assertThat(button(WelcomeDialog.SAVE_AND_START).isDisabled()).isTrue();
    }

    @Test
    void noNetworkIsAClearSentenceAndTheKeyCanStillBeSaved(FxRobot robot) {
        pasteKeyAndCheck(robot, "offline-key");
        pending.complete(new KeyVerdict.NoNetwork());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(verdict(robot).getText()).startsWith("kie.ai can't be reached");
        assertThat(button(WelcomeDialog.SAVE_AND_START).isDisabled()).isFalse();
    }

    @Test
    void aBrokenCheckStillEndsWithASentence(FxRobot robot) {
        pasteKeyAndCheck(robot, "any-key");
        pending.completeExceptionally(new IllegalStateException("boom"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(verdict(robot).getText()).startsWith("The key could not be checked").doesNotContain("boom");
    }

    @Test
    void anAnswerForAKeyThatWasChangedMeanwhileIsIgnored(FxRobot robot) {
        pasteKeyAndCheck(robot, "first-key");
        robot.interact(() -> robot.lookup("#welcome-api-key").queryAs(PasswordField.class).setText("second-key"));

        pending.complete(new KeyVerdict.Rejected());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(verdict(robot).getText()).isEmpty();
        assertThat(button(WelcomeDialog.SAVE_AND_START).isDisabled()).isFalse();
    }

    @Test
    void saveAndStartGivesTheKey(FxRobot robot) {
        robot.interact(() -> robot.lookup("#welcome-api-key").queryAs(PasswordField.class).setText("my-key"));

        robot.clickOn("Save and start");

        assertThat(dialog.getResult()).isEqualTo(WelcomeChoice.useKey("my-key"));
        assertThat(dialog.getResult().toString()).doesNotContain("my-key");
    }

    @Test
    void tryTheDemoNeedsNoKey(FxRobot robot) {
        robot.clickOn("Try the demo");

        assertThat(dialog.getResult().choice()).isEqualTo(WelcomeChoice.Choice.DEMO);
        assertThat(dialog.getResult().apiKey()).isNull();
    }
}
