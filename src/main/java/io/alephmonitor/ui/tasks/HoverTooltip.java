package io.alephmonitor.ui.tasks;

import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * A table cell's tooltip, built when the pointer first enters the cell: a Tooltip is a whole popup
 * window, and building one for every cell made each batch of new rows stall the FX thread. A cell
 * whose tooltip would only repeat its text gets one only while that text is cut short.
 */
final class HoverTooltip {

    private final Control owner;
    private final Supplier<String> text;
    private final boolean onlyWhenTruncated;
    /** For a cut-text tooltip: a fuller text shown whether or not the text is cut (null: none). */
    private final Supplier<String> fuller;
    private Tooltip tooltip;

    /** {@code text} gives the tooltip for the owner's current content; null or empty means none. */
    HoverTooltip(Control owner, Supplier<String> text) {
        this(owner, text, false);
    }

    /** A tooltip repeating a labeled control's own text, shown only while that text does not fit. */
    static HoverTooltip forCutText(Labeled owner) {
        return new HoverTooltip(owner, owner::getText, true, () -> null);
    }

    /** {@link #forCutText(Labeled)}, but shown always while {@code fuller} has something to add (non-null). */
    static HoverTooltip forCutText(Labeled owner, Supplier<String> fuller) {
        return new HoverTooltip(owner, owner::getText, true, fuller);
    }

    private HoverTooltip(Control owner, Supplier<String> text, boolean onlyWhenTruncated) {
        this(owner, text, onlyWhenTruncated, () -> null);
    }

    private HoverTooltip(Control owner, Supplier<String> text, boolean onlyWhenTruncated, Supplier<String> fuller) {
        this.owner = owner;
        this.text = text;
        this.onlyWhenTruncated = onlyWhenTruncated;
        this.fuller = fuller;
        // Installed on entering, the tooltip still opens: JavaFX starts its timer on the following mouse moves.
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> update(true));
    }

    /** Call whenever the owner's content changed. */
    void refresh() {
        update(false);
    }

    private void update(boolean hovered) {
        String full = fuller.get();
        String s = full != null ? full : text.get();
        boolean fits = full == null && onlyWhenTruncated && !((Labeled) owner).isTextTruncated();
        if (s == null || s.isEmpty() || fits) {
            owner.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            if (!hovered) {
                return;
            }
            tooltip = new Tooltip();
        }
        tooltip.setText(s);
        owner.setTooltip(tooltip);
    }
}
