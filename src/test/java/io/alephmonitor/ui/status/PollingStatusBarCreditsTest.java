package io.alephmonitor.ui.status;

import io.alephmonitor.tracking.PollingState;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The credits label in the status bar: the balance, a dash without a key, the last value kept after a failed check. */
@ExtendWith(ApplicationExtension.class)
class PollingStatusBarCreditsTest {

    private final SimpleObjectProperty<PollingState> state = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(Instant.parse("2025-12-08T08:00:00Z"));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new PollingStatusBar(state, now), 900, 40));
        stage.show();
    }

    private Label credits(FxRobot robot, PollingState shown) {
        WaitForAsyncUtils.asyncFx(() -> state.set(shown));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#creditsLabel").queryAs(Label.class);
    }

    @Test
    void theBalanceReadsCreditsWithThousandsSeparated(FxRobot robot) {
        Label label = credits(robot, new PollingState(2, null, null, null, 1234.5));

        assertThat(label.isVisible()).isTrue();
        assertThat(label.getText()).isEqualTo("Credits: 1,234.5");
    }

    @Test
    void withoutAKeyTheBalanceIsADashAndTheTooltipSaysWhy(FxRobot robot) {
        Label label = credits(robot, new PollingState(0, null, PollingState.Pause.NO_API_KEY, null, null));

        assertThat(label.getText()).isEqualTo("Credits: —");
        assertThat(label.getTooltip().getText()).contains("No API key");
    }

    @Test
    void afterAFailedCheckTheLastBalanceStaysWithTheReasonInTheTooltip(FxRobot robot) {
        Label label = credits(robot, new PollingState(1, null, null, null, 80.0,
                "kie.ai had a server problem (error 500) — the app will try again shortly."));

        assertThat(label.getText()).isEqualTo("Credits: 80");
        assertThat(label.getTooltip().getText()).contains("last one kie.ai reported", "error 500");
        assertThat(label.getStyleClass()).contains("credits-stale");
    }

    @Test
    void beforeTheFirstAnswerNoBalanceIsShown(FxRobot robot) {
        Label label = credits(robot, new PollingState(1, null, null, null, null));

        assertThat(label.isVisible()).isFalse();
    }
}
