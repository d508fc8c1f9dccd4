package io.alephmonitor.ui.settings;

import io.alephmonitor.settings.ProxySetting;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → Advanced: the proxy (System / None / HTTP, SOCKS shown as unsupported) and the update-check switch. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogNetworkTest {

    private final SettingsViewModel model = new SettingsViewModel();
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        model.pollIntervalSecondsProperty().set(30);
        model.network().show(ProxySetting.SYSTEM);
        model.network().passwordLocationProperty().set("The proxy password is kept in the fake keyring, never in the settings file.");
        dialog = new SettingsDialog(model);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog.initOwner(stage);
        dialog.show();
    }

    private <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.from(dialog.getDialogPane()).lookup("#" + id).queryAs(type);
    }

    @Test
    void theSystemsProxyIsTheDefaultAndTheHttpFieldsWaitUntilHttpIsChosen(FxRobot robot) {
        assertThat(find(robot, "settings-proxy-system", RadioButton.class).isSelected()).isTrue();
        assertThat(find(robot, "settings-proxy-host", TextField.class).isDisabled()).isTrue();

        robot.interact(() -> find(robot, "settings-proxy-http", RadioButton.class).fire());

        assertThat(find(robot, "settings-proxy-host", TextField.class).isDisabled()).isFalse();
        assertThat(find(robot, "settings-proxy-password", Node.class)).isInstanceOf(PasswordField.class);
        assertThat(model.network().modeProperty().get()).isEqualTo(ProxySetting.Mode.HTTP);
    }

    @Test
    void anHttpProxyWithoutAPortIsExplainedAndDisablesOk(FxRobot robot) {
        robot.interact(() -> {
            find(robot, "settings-proxy-http", RadioButton.class).fire();
            find(robot, "settings-proxy-host", TextField.class).setText("corp.proxy");
            find(robot, "settings-proxy-port", TextField.class).setText("80a");
        });

        assertThat(find(robot, "settings-proxy-error", Label.class).getText()).isEqualTo("The port is a number from 1 to 65535.");
        assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled()).isTrue();

        robot.interact(() -> find(robot, "settings-proxy-port", TextField.class).setText("8080"));

        assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled()).isFalse();
        assertThat(model.network().toSetting()).isEqualTo(ProxySetting.http("corp.proxy", 8080, null));
    }

    @Test
    void socksIsShownAsUnsupportedWithTheReason(FxRobot robot) {
        RadioButton socks = find(robot, "settings-proxy-socks", RadioButton.class);

        assertThat(socks.isDisabled()).isTrue();
        assertThat(socks.getTooltip().getText()).isEqualTo(ProxySetting.SOCKS_UNSUPPORTED);
        assertThat(robot.lookup(ProxySetting.SOCKS_UNSUPPORTED).tryQuery()).isPresent();
    }

    @Test
    void theUpdateCheckIsOffUntilTheUserTurnsItOn(FxRobot robot) {
        assertThat(model.network().updateChecksProperty().get()).isFalse();
        assertThat(robot.lookup((Label l) -> l.getText() != null
                && l.getText().startsWith("Asks the project's release page only")).tryQuery()).isPresent();
    }
}
