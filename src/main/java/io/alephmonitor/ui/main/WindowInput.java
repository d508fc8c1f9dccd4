package io.alephmonitor.ui.main;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/** The main window's keyboard shortcuts, and text dropped on it (task IDs to add). */
final class WindowInput {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CHECK_ALL = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination STAR = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);

    private WindowInput() {
    }

    /**
     * Ctrl/Cmd+V adds the clipboard's task IDs and Delete removes the selection (both only while no text
     * field has the focus), Ctrl/Cmd+F goes to the filter, Ctrl/Cmd+S saves, Ctrl/Cmd+D stars (or unstars)
     * the selection, F5 checks every active task.
     */
    static void installShortcuts(Region window, TaskListViewModel model, TaskActions actions, FilterBar filterBar) {
        window.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = window.getScene() != null && window.getScene().getFocusOwner() instanceof TextInputControl;
            if (PASTE.match(e) && !typing) {
                actions.addFromClipboard();
            } else if (REMOVE.match(e) && !typing) {
                actions.removeSelected();
            } else if (FIND.match(e)) {
                filterBar.filterField.requestFocus();
                filterBar.filterField.selectAll();
            } else if (STAR.match(e) && !typing) {
                actions.toggleStarSelected();
            } else if (SAVE.match(e)) {
                actions.saveSelected();
            } else if (CHECK_ALL.match(e)) {
                model.checkAllNow();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Text dragged in from another application is offered as task IDs; the window lights up while it hovers. */
    static void acceptDroppedText(Region window, TaskListViewModel model) {
        window.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        window.setOnDragEntered(e -> {
            if (e.getDragboard().hasString()) {
                window.getStyleClass().add("drop-target");
            }
        });
        window.setOnDragExited(e -> window.getStyleClass().remove("drop-target"));
        window.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasString();
            if (ok) {
                model.addFromText(e.getDragboard().getString());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
