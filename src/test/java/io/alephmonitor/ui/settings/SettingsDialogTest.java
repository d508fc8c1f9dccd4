package io.alephmonitor.ui.settings;

import io.alephmonitor.settings.Theme;
import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

    private final SettingsViewModel model = new SettingsViewModel();
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        model.apiKeyProperty().set("sk-secret-123");
        model.apiKeyLocationProperty().set("Stored in the system keychain");
        model.pollIntervalSecondsProperty().set(30);
        model.nameTemplateProperty().set("{prompt}-{id}.{ext}");
        model.namePreviewerProperty().set(template -> {
            if (template.contains("{bad}")) {
                throw new IllegalArgumentException("Unknown field {bad}.");
            }
            return template.replace("{prompt}", "majestic-eagle").replace("{id}", "ee603959").replace("{ext}", "mp4");
        });
        dialog = new SettingsDialog(model);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog.initOwner(stage);
        dialog.show();
    }

    private Node ok() {
        return dialog.getDialogPane().lookupButton(ButtonType.OK);
    }

    private <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.from(dialog.getDialogPane()).lookup("#" + id).queryAs(type);
    }

    @Test
    void theKeyIsMaskedAndWhereItIsStoredIsSaid(FxRobot robot) {
        assertThat(find(robot, "settings-api-key", Node.class)).isInstanceOf(PasswordField.class);
        assertThat(robot.lookup("Stored in the system keychain").tryQuery()).isPresent();
        assertThat(ok().isDisabled()).isFalse();
    }

    @Test
    void removingTheKeyEmptiesItAndSaysWhatThatMeans(FxRobot robot) {
        robot.clickOn("#settings-remove-key");

        assertThat(model.apiKeyProperty().get()).isEmpty();
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("No key")).tryQuery()).isPresent();
    }

    @Test
    void anIntervalOutOfRangeIsExplainedAndDisablesOk(FxRobot robot) {
        Spinner<?> spinner = find(robot, "settings-poll-interval", Spinner.class);

        robot.interact(() -> spinner.getEditor().setText("5"));

        Label error = find(robot, "settings-poll-error", Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Check every 10 to 600 seconds.");
        assertThat(ok().isDisabled()).isTrue();

        robot.interact(() -> spinner.getEditor().setText("120"));

        assertThat(error.isVisible()).isFalse();
        assertThat(model.pollIntervalSecondsProperty().get()).isEqualTo(120);
        assertThat(ok().isDisabled()).isFalse();
    }

    @Test
    void plainHttpToAnotherMachineIsRejectedButLoopbackIsFine(FxRobot robot) {
        robot.clickOn("Advanced");
        TextField base = find(robot, "settings-api-base", TextField.class);

        robot.interact(() -> base.setText("http://proxy.example.com"));

        assertThat(find(robot, "settings-api-base-error", Label.class).getText()).contains("https");
        assertThat(ok().isDisabled()).isTrue();

        robot.interact(() -> base.setText("http://127.0.0.1:8787"));
        assertThat(ok().isDisabled()).isFalse();
        robot.interact(() -> base.setText("https://proxy.example.com/kie"));
        assertThat(ok().isDisabled()).isFalse();
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().contains("KIE_API_BASE")).tryQuery())
                .isPresent();
    }

    @Test
    void automaticSavingNeedsALibraryFolder(FxRobot robot) {
        robot.interact(() -> dialog.setFolderChooser((owner, current) -> Path.of("/videos/library")));

        robot.clickOn("#settings-auto-save");
        assertThat(model.autoSaveProperty().get()).isTrue();
        assertThat(ok().isDisabled()).isTrue();

        robot.clickOn("#settings-choose-folder");

        assertThat(model.libraryFolderProperty().get()).isEqualTo(Path.of("/videos/library"));
        assertThat(find(robot, "settings-library-folder", TextField.class).getText()).isEqualTo(Path.of("/videos/library").toString());
        assertThat(ok().isDisabled()).isFalse();
    }

    @Test
    void okGivesTheEditedModel(FxRobot robot) {
        robot.interact(() -> model.themeProperty().set(Theme.DARK));

        robot.clickOn((Node n) -> n == ok());

        assertThat(dialog.getResult()).isSameAs(model);
        assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void theModelsDescriptionNeverContainsTheKey() {
        assertThat(model.toString()).doesNotContain("sk-secret-123").contains("key=set");
    }

    @Test
    void theNamingTemplateShowsWhatASampleTaskWouldBeNamedAsYouType(FxRobot robot) {
        TextField template = find(robot, "settings-name-template", TextField.class);
        Label preview = find(robot, "settings-name-preview", Label.class);
        assertThat(preview.getText()).isEqualTo("For example: majestic-eagle-ee603959.mp4");

        robot.interact(() -> template.setText("videos/{id}.{ext}"));

        assertThat(preview.getText()).isEqualTo("For example: videos/ee603959.mp4");
        assertThat(ok().isDisabled()).isFalse();
    }

    @Test
    void aTemplateThatCannotWorkSaysWhyAndCannotBeAccepted(FxRobot robot) {
        TextField template = find(robot, "settings-name-template", TextField.class);

        robot.interact(() -> template.setText("{bad}-{id}.{ext}"));

        assertThat(robot.lookup((Label l) -> "Unknown field {bad}.".equals(l.getText())).tryQuery()).isPresent();
        assertThat(find(robot, "settings-name-preview", Label.class).getText()).isEmpty();
        assertThat(ok().isDisabled()).isTrue();
    }

    @Test
    void theSidecarSwitchIsOnByDefault(FxRobot robot) {
        assertThat(model.sidecarsProperty().get()).isTrue();
        assertThat(find(robot, "settings-sidecars", Node.class)).isNotNull();
    }

    @Test
    void whereTheDesktopHasNoTrayTheCloseToTraySwitchIsDisabledAndANoteSaysClosingQuits(FxRobot robot) {
        ToggleSwitch toTray = find(robot, "settings-close-to-tray", ToggleSwitch.class);
        Label note = find(robot, "settings-no-tray-note", Label.class);

        assertThat(toTray.isDisabled()).isTrue();
        assertThat(toTray.isSelected()).isFalse();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("This desktop has no tray, so closing the window quits the app.");
    }

    @Test
    void whereTheDesktopHasATrayClosingToItCanBeTurnedOnAndTheNoteIsGone(FxRobot robot) {
        robot.interact(() -> model.trayAvailableProperty().set(true));
        ToggleSwitch toTray = find(robot, "settings-close-to-tray", ToggleSwitch.class);

        robot.interact(() -> toTray.setSelected(true));

        assertThat(toTray.isDisabled()).isFalse();
        assertThat(model.closeToTrayProperty().get()).isTrue();
        assertThat(find(robot, "settings-no-tray-note", Label.class).isVisible()).isFalse();
    }
}
