package io.alephmonitor.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A strip at the top of the window: "Aleph Monitor X.Y is available", what is new, and a link that
 * opens the release page. Nothing is downloaded or installed; the strip closes with its ×.
 */
public final class UpdateBanner extends HBox {

    /**
     * @param headline e.g. "Aleph Monitor 1.4 is available"
     * @param notes    what is new (may be empty)
     * @param openPage opens the release page in the browser
     */
    public UpdateBanner(String headline, String notes, Runnable openPage) {
        super(8);
        setId("update-banner");
        Label title = new Label(headline, new FontIcon("mdi2g-gift-outline"));
        title.setMinWidth(USE_PREF_SIZE);
        String firstLine = notes == null ? "" : notes.lines().findFirst().orElse("");
        Label whatsNew = new Label(firstLine.isEmpty() ? "" : "— " + firstLine);
        whatsNew.setId("update-notes");
        whatsNew.setMinWidth(0);
        if (notes != null && !notes.isBlank()) {
            whatsNew.setTooltip(new Tooltip(notes));
        }
        HBox.setHgrow(whatsNew, Priority.ALWAYS);
        whatsNew.setMaxWidth(Double.MAX_VALUE);
        Hyperlink page = new Hyperlink("Open the release page");
        page.setId("update-open-page");
        page.setMinWidth(USE_PREF_SIZE);
        page.setOnAction(e -> openPage.run());
        Button close = new Button("×");
        close.setId("update-close");
        close.getStyleClass().add("flat");
        close.setAccessibleText("Hide the update notice");
        close.setOnAction(e -> {
            if (getParent() instanceof javafx.scene.layout.Pane parent) {
                parent.getChildren().remove(this);
            }
        });
        getChildren().setAll(title, whatsNew, page, close);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("demo-banner");
        setMaxWidth(Double.MAX_VALUE);
    }
}
