package io.alephmonitor.ui.tasks;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The star column's header: a star with "Starred" as its tooltip and accessible text. */
final class StarHeader {

    private StarHeader() {
    }

    static Label graphic() {
        Label header = new Label(null, new FontIcon(MaterialDesignS.STAR_OUTLINE));
        header.setTooltip(new Tooltip("Starred (click to sort by star)"));
        header.setAccessibleText("Starred");
        header.getStyleClass().add("star-header");
        return header;
    }
}
