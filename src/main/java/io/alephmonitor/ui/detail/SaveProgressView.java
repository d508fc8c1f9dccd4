package io.alephmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/** Progress of one running save: bar, bytes and percent, and Cancel. Has the model read the job a few times a second. */
final class SaveProgressView extends HBox {

    private final ProgressBar bar = new ProgressBar(0);
    private final Label amount = new Label();
    private final Button cancel = new Button("Cancel");

    SaveProgressView(SaveProgressViewModel model) {
        super(8);
        setId("detail-save-progress");
        setAlignment(Pos.CENTER_LEFT);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(model.fractionProperty());
        amount.getStyleClass().add(Styles.TEXT_SMALL);
        amount.setMinWidth(USE_PREF_SIZE);
        amount.textProperty().bind(model.textProperty());
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> model.cancel());
        getChildren().setAll(bar, amount, cancel);

        Timeline refresh = new Timeline(new KeyFrame(Duration.millis(150), e -> model.refresh()));
        refresh.setCycleCount(Timeline.INDEFINITE);
        visibleProperty().bind(model.jobProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        visibleProperty().addListener((obs, was, active) -> {
            if (active) {
                refresh.play();
            } else {
                refresh.stop();
            }
        });
    }
}
