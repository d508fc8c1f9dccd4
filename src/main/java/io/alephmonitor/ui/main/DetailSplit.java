package io.alephmonitor.ui.main;

import io.alephmonitor.ui.detail.DetailPane;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

import java.util.Objects;

/**
 * The task list beside the detail side. While nothing is selected the list has the whole width; the
 * detail side opens on the first selection, at the remembered divider position, and closes again
 * when the selection is cleared.
 */
final class DetailSplit {

    /** Where the divider sits the first time the detail side opens: the list keeps about 60 %. */
    static final double DEFAULT_DIVIDER = 0.6;

    private final SplitPane split = new SplitPane();
    private final StackPane listHolder;
    private final StackPane detailHolder = new StackPane();
    private final DoubleProperty dividerPosition = new SimpleDoubleProperty(this, "dividerPosition", DEFAULT_DIVIDER);
    private final ChangeListener<Number> followDivider = (obs, old, now) -> dividerPosition.set(now.doubleValue());

    DetailSplit(StackPane listHolder) {
        this.listHolder = listHolder;
        detailHolder.getChildren().setAll(DetailPane.placeholder()); // until the detail pane is built, on first selection
        detailHolder.setAlignment(Pos.CENTER);
        detailHolder.getStyleClass().add("detail-holder");
        detailHolder.setMinWidth(240); // with the table's own minimum, both fit a 1024 px window
        split.getItems().setAll(listHolder);
        SplitPane.setResizableWithParent(detailHolder, false);
        dividerPosition.addListener((obs, old, now) -> {
            if (shown() && split.getDividers().getFirst().getPosition() != now.doubleValue()) {
                split.getDividers().getFirst().setPosition(now.doubleValue());
            }
        });
    }

    SplitPane node() {
        return split;
    }

    /** Opens or closes the detail side; its divider comes back where it was left. */
    void show(boolean show) {
        if (show == shown()) {
            return;
        }
        if (show) {
            split.getItems().setAll(listHolder, detailHolder);
            SplitPane.Divider divider = split.getDividers().getFirst();
            divider.setPosition(dividerPosition.get());
            divider.positionProperty().addListener(followDivider);
        } else {
            split.getDividers().getFirst().positionProperty().removeListener(followDivider);
            split.getItems().setAll(listHolder);
        }
    }

    boolean shown() {
        return split.getItems().contains(detailHolder);
    }

    void setDetailPane(Node detailPane) {
        detailHolder.getChildren().setAll(Objects.requireNonNull(detailPane));
    }

    DoubleProperty dividerPositionProperty() {
        return dividerPosition;
    }
}
