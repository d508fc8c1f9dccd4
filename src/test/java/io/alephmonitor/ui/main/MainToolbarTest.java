package io.alephmonitor.ui.main;

import io.alephmonitor.ui.KindNames;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainToolbarTest {

    private MainToolbar toolbar;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage(); // its own window: resizing TestFX's shared primary stage would leak into other test classes
        toolbar = new MainToolbar(KindNames.standard());
        Scene scene = new Scene(new BorderPane(null, toolbar, null, null, null), 1700, 200);
        io.alephmonitor.ui.theme.ThemeController.style(scene); // the app's theme and fonts: widths as the user sees them
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    private List<javafx.scene.control.Control> buttons() {
        List<javafx.scene.control.Control> all = new java.util.ArrayList<>(toolbar.buttons());
        all.addFirst(toolbar.kindChooser);
        return all;
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> stage.setWidth(width));
        robot.interact(() -> { }); // one more pulse: the label switch lays the bar out again
    }

    @Test
    void aWideWindowShowsEveryLabelInFull(FxRobot robot) {
        resize(robot, 1700);

        assertThat(toolbar.compact()).isFalse();
        assertThat(buttons()).allSatisfy(b -> assertThat(b.getWidth()).as(b.getId()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5));
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1024, 1280, 1920})
    void atEveryUsualWindowWidthEveryButtonShowsItsLabelInFull(int width, FxRobot robot) {
        resize(robot, width);

        assertThat(toolbar.compact()).isFalse();
        assertThat(toolbar.buttons()).allSatisfy(b -> {
            assertThat(b.getContentDisplay()).as(b.getText()).isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(b.getText()).as(b.getId()).isNotBlank();
            assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        });
    }

    @Test
    void whatIsUsedNowAndThenIsInTheMoreMenuRatherThanUnlabelledIcons() {
        assertThat(toolbar.more.getItems()).extracting(MenuItem::getText).filteredOn(java.util.Objects::nonNull)
                .contains("Check all now (F5)", "Settings…", "Export tasks…", "Import tasks…", "Copy diagnostics",
                        "Open log folder", "About Aleph Monitor");
    }

    @Test
    void aNarrowWindowShowsIconsInsteadOfCutLabelsAndTheLabelsComeBack(FxRobot robot) {
        resize(robot, 800);

        assertThat(toolbar.compact()).isTrue();
        assertThat(buttons()).allSatisfy(b -> {
            assertThat(b.getWidth()).as(b.getId()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
            assertThat(b.getTooltip()).as(b.getId()).isNotNull();
        });
        assertThat(toolbar.pasteField.getWidth()).isGreaterThanOrEqualTo(toolbar.pasteField.getMinWidth() - 0.5);

        resize(robot, 1700);
        assertThat(toolbar.compact()).isFalse();
    }
}
