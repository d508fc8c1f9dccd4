package io.alephmonitor.ui.compare;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The words above one side: which result it is, and the first line of its prompt. */
final class SideCaption extends VBox {

    SideCaption(CompareSide side, String id) {
        super(2);
        Label title = new Label(side.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setId(id);
        Label prompt = new Label(side.prompt().isEmpty() ? "No prompt recorded" : side.prompt());
        prompt.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        prompt.setMinWidth(0);
        if (!side.prompt().isEmpty()) {
            prompt.setTooltip(new Tooltip(side.prompt()));
        }
        getChildren().addAll(title, prompt);
        getStyleClass().add("compare-caption");
        setMinWidth(0);
    }
}
