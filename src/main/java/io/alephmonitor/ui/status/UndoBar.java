package io.alephmonitor.ui.status;

import io.alephmonitor.ui.Controls;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** A snackbar under the content: "3 tasks removed — Undo" or a plain notice, hiding itself after a few seconds. */
public final class UndoBar extends HBox {

    private static final Duration SHOWN_FOR = Duration.seconds(12);

    private final Label text = new Label();
    private final Button undo = new Button("Undo", new FontIcon(MaterialDesignU.UNDO));
    private final PauseTransition autoHide = new PauseTransition(SHOWN_FOR);
    private Runnable undoAction;

    public UndoBar() {
        Controls.layOutBar(this, "undoBar", 12, new Insets(6, 12, 6, 12), "undo-bar");
        undo.setId("undoButton");
        undo.getStyleClass().addAll(Styles.ACCENT, Styles.FLAT);
        undo.setTooltip(new Tooltip("Put the removed tasks back"));
        undo.setOnAction(e -> {
            Runnable action = undoAction;
            hide();
            if (action != null) {
                action.run();
            }
        });
        Button close = Controls.iconButton(MaterialDesignC.CLOSE, "Dismiss");
        close.setOnAction(e -> hide());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(text, undo, close);
        autoHide.setOnFinished(e -> hide());
        hide();
    }

    /** Shows the message with an Undo button that runs {@code action} once (no button for a null action). */
    public void show(String message, Runnable action) {
        text.setText(message);
        undoAction = action;
        undo.setVisible(action != null);
        undo.setManaged(action != null);
        setVisible(true);
        setManaged(true);
        autoHide.playFromStart();
    }

    public void hide() {
        autoHide.stop();
        undoAction = null;
        setVisible(false);
        setManaged(false);
    }
}
