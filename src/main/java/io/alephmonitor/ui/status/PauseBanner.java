package io.alephmonitor.ui.status;

import io.alephmonitor.ui.Controls;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.alephmonitor.tracking.PollingState;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The one prominent banner shown while polling is paused, saying why and offering the way out. */
public final class PauseBanner extends HBox {

    private final Message message = new Message();
    private final Button openSettings = new Button("Open Settings", new FontIcon(MaterialDesignC.COG_OUTLINE));

    public PauseBanner(ObservableValue<PollingState> state, Runnable onOpenSettings) {
        Controls.layOutBar(this, "pauseBanner", 12, new Insets(6, 12, 6, 12), "pause-banner");
        message.setGraphic(new FontIcon(MaterialDesignP.PAUSE_CIRCLE_OUTLINE));
        message.setTitle("Polling paused");
        message.getStyleClass().add(Styles.WARNING);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        openSettings.setId("pauseOpenSettings");
        openSettings.setTooltip(new Tooltip("Open Settings to fix this"));
        openSettings.setOnAction(e -> onOpenSettings.run());
        getChildren().addAll(message, openSettings);
        state.addListener((obs, old, now) -> render(now));
        render(state.getValue());
    }

    private void render(PollingState s) {
        PollingState.Pause pause = s == null ? null : s.pause();
        boolean shown = pause != null;
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        message.setDescription(pause.message());
        boolean settingsHelp = pause == PollingState.Pause.API_KEY_REJECTED || pause == PollingState.Pause.NO_API_KEY;
        openSettings.setVisible(settingsHelp);
        openSettings.setManaged(settingsHelp);
        message.getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
        message.getStyleClass().add(pause == PollingState.Pause.MAINTENANCE ? Styles.WARNING : Styles.DANGER);
    }

    /** The text shown, for tests and screen readers. */
    public String text() {
        return isVisible() ? message.getDescription() : null;
    }
}
