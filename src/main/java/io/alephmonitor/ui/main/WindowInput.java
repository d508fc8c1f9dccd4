package io.alephmonitor.ui.main;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

/** The main window's keyboard shortcuts, and what is dropped on it (task IDs to add, saved files to bring back). */
final class WindowInput {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CHECK_ALL = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination STAR = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COMPARE = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);

    private WindowInput() {
    }

    /**
     * Ctrl/Cmd+V adds the clipboard's task IDs and Delete removes the selection (both only while no text
     * field has the focus), Ctrl/Cmd+F goes to the filter, Ctrl/Cmd+S saves, Ctrl/Cmd+D stars (or unstars)
     * the selection, Ctrl/Cmd+Shift+C compares the two selected results, F5 checks every active task.
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
            } else if (COMPARE.match(e) && !typing) {
                actions.compareSelected();
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

    /**
     * Files and folders dragged in from another application bring their tasks back (through {@code drops});
     * text is offered as task IDs; the window lights up while either hovers.
     */
    static void acceptDrops(Region window, TaskListViewModel model, Supplier<LibraryDrops> drops) {
        window.setOnDragOver(e -> {
            if ((e.getDragboard().hasFiles() || e.getDragboard().hasString()) && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        window.setOnDragEntered(e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasString()) {
                window.getStyleClass().add("drop-target");
            }
        });
        window.setOnDragExited(e -> window.getStyleClass().remove("drop-target"));
        window.setOnDragDropped(e -> {
            boolean ok = drop(e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of(),
                    e.getDragboard().hasString() ? e.getDragboard().getString() : null, model, drops.get());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /**
     * What a drop does: files and folders go to {@code drops} (a file manager's drop may carry their paths as
     * text too: the files win), text is added as task IDs; false when there was neither.
     */
    static boolean drop(List<File> files, String text, TaskListViewModel model, LibraryDrops drops) {
        if (!files.isEmpty()) {
            drops.bringBack(files.stream().map(File::toPath).toList());
            return true;
        }
        if (text != null) {
            model.addFromText(text);
            return true;
        }
        return false;
    }
}
