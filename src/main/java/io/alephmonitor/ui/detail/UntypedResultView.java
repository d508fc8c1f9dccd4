package io.alephmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

import java.util.function.Consumer;

/** A result link whose type is not known yet: says it is being found out, with the link to open or copy. */
final class UntypedResultView extends VBox {

    private final Label finding = new Label("Finding out what this link holds…");
    private final TextField link = DetailControls.selectableLine("detail-untyped-link");
    private final Button open = new Button("Open", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
    private final Button copy = new Button("Copy link", new FontIcon(MaterialDesignC.CONTENT_COPY));

    UntypedResultView(Consumer<String> onOpen, Consumer<String> onCopy) {
        setId("detail-untyped");
        setSpacing(6);
        finding.getStyleClass().add(Styles.TEXT_MUTED);
        finding.setWrapText(true);
        open.setId("detail-untyped-open");
        open.setOnAction(e -> onOpen.accept(link.getText()));
        copy.setId("detail-untyped-copy");
        copy.setOnAction(e -> onCopy.accept(link.getText()));
        getChildren().setAll(finding, DetailControls.row(8, link, open, copy));
    }

    /** Shows this link (null: nothing). */
    void show(String url) {
        link.setText(url == null ? "" : url);
    }
}
