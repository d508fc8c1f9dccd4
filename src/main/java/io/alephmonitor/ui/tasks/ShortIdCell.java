package io.alephmonitor.ui.tasks;

import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.ui.TaskText;

import javafx.scene.control.TableCell;

/** A short form of the ID (see {@link TaskText#shortId}); the full ID in the tooltip. */
final class ShortIdCell extends TableCell<TaskRowViewModel, String> {
    private final HoverTooltip tooltip = new HoverTooltip(this, () -> isEmpty() ? null : getItem());
    ShortIdCell() {
        getStyleClass().add("task-id-cell");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : TaskText.shortId(item));
        tooltip.refresh();
    }
}
