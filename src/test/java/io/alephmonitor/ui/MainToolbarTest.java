package io.alephmonitor.ui;

import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
        stage.setScene(new Scene(new BorderPane(null, toolbar, null, null, null), 1700, 200));
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    private List<javafx.scene.control.Control> buttons() {
        return List.of(toolbar.kindChooser, toolbar.add, toolbar.newTask, toolbar.checkAll, toolbar.save, toolbar.remove,
                toolbar.tableView, toolbar.galleryView, toolbar.settings, toolbar.help);
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

    @Test
    void aNarrowWindowShowsIconsInsteadOfCutLabelsAndTheLabelsComeBack(FxRobot robot) {
        resize(robot, 1000);

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
