package io.alephmonitor.ui.tasks;

import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.ui.TaskText;

import javafx.scene.control.TableCell;

/**
 * A short form of the ID (see {@link TaskText#shortId}), the full ID in the tooltip; while families are grouped, a
 * child's ID is led by a tree glyph ("└ ", indented per generation).
 */
final class ShortIdCell extends TableCell<TaskRowViewModel, String> {
    private final HoverTooltip tooltip = new HoverTooltip(this, () -> isEmpty() ? null : getItem());
    private final FamilyOrder families;

    ShortIdCell(FamilyOrder families) {
        this.families = families;
        getStyleClass().add("task-id-cell");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        TaskRowViewModel row = empty || getTableRow() == null ? null : getTableRow().getItem();
        setText(empty || item == null ? null : families.glyph(row) + TaskText.shortId(item));
        tooltip.refresh();
    }
}
