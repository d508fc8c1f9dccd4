package io.alephmonitor.ui.gallery;

import io.alephmonitor.model.TaskMarks;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A tile's marks in its top-left corner: a filled star when starred, then up to two tag chips and "+N". */
final class MarksBadge extends HBox {

    private static final int TAG_ROOM = 2;
    private final Label star = new Label(null, new FontIcon(MaterialDesignS.STAR));

    MarksBadge() {
        super(4);
        getStyleClass().add("gallery-marks");
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(TaskGallery.CELL_WIDTH - 8);
        setMaxHeight(USE_PREF_SIZE);
        setPickOnBounds(false);
        setMouseTransparent(true);
        star.getStyleClass().add("gallery-star");
        star.setAccessibleText("Starred");
    }

    void show(TaskMarks marks) {
        getChildren().clear();
        if (marks.starred()) {
            getChildren().add(star);
        }
        for (String tag : TileText.tagChips(marks.tags(), TAG_ROOM)) {
            Label chip = new Label(tag);
            chip.getStyleClass().add("gallery-tag");
            chip.setMaxWidth(90);
            getChildren().add(chip);
        }
        setVisible(!getChildren().isEmpty());
        setAccessibleText(marks.isEmpty() ? null : TileText.marksLine(marks).strip());
    }
}
