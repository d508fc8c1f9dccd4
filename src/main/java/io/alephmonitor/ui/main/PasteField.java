package io.alephmonitor.ui.main;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.input.Clipboard;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * The paste field. A one-line field would glue the lines of a pasted block together (and the IDs
 * with them), so a multi-line paste goes straight to the add action with its lines intact; only
 * when it holds no task ID does the text land in the field, for correction.
 */
final class PasteField extends CustomTextField {

    private Predicate<String> onBlockPaste = block -> false;

    /** Gets the raw multi-line text; returns true when it was taken (IDs found), false to show it in the field. */
    void setOnBlockPaste(Predicate<String> handler) {
        this.onBlockPaste = Objects.requireNonNull(handler);
    }

    @Override
    public void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.lines().filter(l -> !l.isBlank()).count() < 2) {
            super.paste();
            return;
        }
        if (!onBlockPaste.test(text)) {
            replaceSelection(String.join("  ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
        }
    }
}
