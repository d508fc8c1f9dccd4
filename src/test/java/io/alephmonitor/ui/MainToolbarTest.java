package io.alephmonitor.ui;

import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
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
    void start(Stage stage) {
        this.stage = stage;
        toolbar = new MainToolbar();
        stage.setScene(new Scene(new BorderPane(null, toolbar, null, null, null), 1700, 200));
        stage.show();
    }

    private List<ButtonBase> buttons() {
        return List.of(toolbar.add, toolbar.newTask, toolbar.checkAll, toolbar.save, toolbar.remove,
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
        assertThat(buttons()).allSatisfy(b -> assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5));
    }

    @Test
    void aNarrowWindowShowsIconsInsteadOfCutLabelsAndTheLabelsComeBack(FxRobot robot) {
        resize(robot, 1000);

        assertThat(toolbar.compact()).isTrue();
        assertThat(buttons()).allSatisfy(b -> {
            assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
            assertThat(b.getTooltip()).as(b.getText()).isNotNull();
        });
        assertThat(toolbar.pasteField.getWidth()).isGreaterThanOrEqualTo(toolbar.pasteField.getMinWidth() - 0.5);

        resize(robot, 1700);
        assertThat(toolbar.compact()).isFalse();
    }
}
