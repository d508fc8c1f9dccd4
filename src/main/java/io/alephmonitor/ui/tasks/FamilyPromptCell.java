package io.alephmonitor.ui.tasks;

import io.alephmonitor.ui.TaskRowViewModel;

import javafx.scene.control.TableCell;

/**
 * The prompt's first line; while families are grouped, a child's is led by a tree glyph ("└ ", indented per
 * generation). In the prompt column, the one that gives way, so the glyph never widens the table.
 */
final class FamilyPromptCell extends TableCell<TaskRowViewModel, String> {
    private final FamilyOrder families;

    FamilyPromptCell(FamilyOrder families) {
        this.families = families;
        getStyleClass().add("family-prompt-cell");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        TaskRowViewModel row = empty || getTableRow() == null ? null : getTableRow().getItem();
        setText(empty ? null : families.glyph(row) + (item == null ? "" : item));
    }
}
