package io.alephmonitor.app;

import io.alephmonitor.settings.FileApiKeyStore;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.ui.settings.NamingFamily;
import io.alephmonitor.ui.settings.SettingsDialog;
import io.alephmonitor.ui.settings.SettingsViewModel;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Settings dialog with the app's own families and previews: a naming template per kind. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogKindTemplatesTest {

    private SettingsViewModel model;
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        Settings settings = Settings.DEFAULTS.withNameTemplates(Map.of("veo", "{nonsense}.{ext}"));
        model = SettingsFlow.toViewModel(settings, "", new FileApiKeyStore(Path.of("/nonexistent-aleph-test")),
                Path.of("/lib"), "");
        dialog = new SettingsDialog(model);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog.initOwner(stage);
        dialog.show();
    }

    private <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.from(dialog.getDialogPane()).lookup("#" + id).queryAs(type);
    }

    private boolean okDisabled() {
        return dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled();
    }

    @Test
    void aTemplateForSunoPreviewsASunoTrackAndAllKindsKeepsItsOwn(FxRobot robot) {
        TextField template = find(robot, "settings-name-template", TextField.class);
        Label preview = find(robot, "settings-name-preview", Label.class);
        robot.interact(() -> model.kindTemplates().remove("veo")); // the broken one is the other test's

        robot.clickOn("#settings-name-family").clickOn("Suno");
        assertThat(template.getText()).isEmpty();
        assertThat(preview.getText()).as("no own template yet").endsWith("(uses the All kinds template)");

        robot.clickOn(template).write("{track}-{id:8}.{ext}");

        assertThat(preview.getText()).isEqualTo("For example: neon-highway-5c79a5e1.mp3");
        assertThat(okDisabled()).isFalse();

        robot.clickOn("#settings-name-family").clickOn("All kinds");
        assertThat(template.getText()).isEqualTo("{prompt}-{id}.{ext}");
        assertThat(preview.getText()).isEqualTo("For example: majestic-eagle-soaring-through-ee603959.mp4");

        Settings accepted = SettingsFlow.fromViewModel(Settings.DEFAULTS, model);
        assertThat(accepted.nameTemplates()).containsExactly(Map.entry("suno", "{track}-{id:8}.{ext}"));
        assertThat(accepted.nameTemplate()).isNull();
    }

    @Test
    void aFamilysTemplateThatCannotWorkIsShownOnOpeningWithTheFamilyNamedAndOkDisabled(FxRobot robot) {
        Label error = find(robot, "settings-name-template-error", Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Veo template: Unknown field {nonsense}");
        assertThat(okDisabled()).isTrue();

        ComboBox<?> family = find(robot, "settings-name-family", ComboBox.class);
        robot.clickOn(family);
        robot.clickOn("Veo");
        assertThat(find(robot, "settings-name-template", TextField.class).getText()).isEqualTo("{nonsense}.{ext}");
        robot.clickOn("#settings-name-suggested");

        assertThat(model.kindTemplates()).containsEntry("veo", "{prompt:40}-{id:8}.{ext}");
        assertThat(error.isVisible()).isFalse();
        assertThat(okDisabled()).isFalse();
    }

    @Test
    void theFamilyChooserIsReachedByKeyboardAndSaysWhatItIsFor(FxRobot robot) {
        ComboBox<?> family = find(robot, "settings-name-family", ComboBox.class);
        assertThat(family.getAccessibleText()).isNotBlank();
        assertThat(family.isFocusTraversable()).isTrue();
        assertThat(family.getItems()).hasSizeGreaterThan(5).first().isEqualTo(NamingFamily.ALL_KINDS);

        robot.interact(family::requestFocus);
        robot.type(KeyCode.DOWN);

        assertThat(find(robot, "settings-name-template", TextField.class).getAccessibleText())
                .isEqualTo("File name template for " + ((NamingFamily) family.getValue()).label());
    }
}
