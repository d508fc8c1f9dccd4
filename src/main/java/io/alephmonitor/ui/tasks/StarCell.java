package io.alephmonitor.ui.tasks;

import atlantafx.base.theme.Styles;
import io.alephmonitor.ui.TaskRowViewModel;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The star column's cell: a filled star on a starred task, an outline on the others (shape, not colour
 * alone, tells them apart); a click toggles it. Its accessible text and tooltip say what it is and what a
 * click does; from the keyboard, Ctrl/Cmd+D stars the selection.
 */
final class StarCell extends TableCell<TaskRowViewModel, Boolean> {

    private final FontIcon icon = new FontIcon(MaterialDesignS.STAR_OUTLINE);
    private final Button button = new Button(null, icon);
    private final Tooltip tooltip = new Tooltip();

    StarCell(Supplier<Consumer<TaskRowViewModel>> toggle) {
        getStyleClass().add("star-cell");
        button.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, "star-toggle");
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        button.setFocusTraversable(false); // the table keeps the keyboard; Ctrl/Cmd+D is the star's key
        button.setTooltip(tooltip);
        button.setOnAction(e -> {
            TaskRowViewModel row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                toggle.get().accept(row);
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Boolean starred, boolean empty) {
        super.updateItem(starred, empty);
        if (empty || starred == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        icon.setIconCode(starred ? MaterialDesignS.STAR : MaterialDesignS.STAR_OUTLINE);
        button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("starred"), starred);
        String words = starred ? "Starred. Click to unstar (Ctrl+D)." : "Not starred. Click to star (Ctrl+D).";
        button.setAccessibleText(starred ? "Starred" : "Not starred");
        button.setAccessibleHelp(words);
        setAccessibleText(starred ? "Starred" : "Not starred");
        tooltip.setText(words);
        setGraphic(button);
    }
}
