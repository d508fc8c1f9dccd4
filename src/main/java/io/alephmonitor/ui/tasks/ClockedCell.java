package io.alephmonitor.ui.tasks;

import io.alephmonitor.model.TrackedTask;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;

import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A cell whose text depends on the time: it re-renders when the shared clock ticks. Only the
 * few visible cells listen (weakly), so 10,000 rows cost nothing extra per second.
 */
final class ClockedCell<T> extends TableCell<T, TrackedTask> {

    private final ObservableValue<Instant> now;
    private final BiFunction<TrackedTask, Instant, String> text;
    private final InvalidationListener onTick = o -> render();
    private final HoverTooltip tooltip;
    private final Function<TrackedTask, PseudoClass> stateOf;
    private PseudoClass appliedState;

    ClockedCell(ObservableValue<Instant> now, BiFunction<TrackedTask, Instant, String> text) {
        this(now, text, t -> null);
    }

    /** {@code stateOf} picks a pseudo-class per task (e.g. {@code :result-error} for its colour), or null. */
    ClockedCell(ObservableValue<Instant> now, BiFunction<TrackedTask, Instant, String> text,
                Function<TrackedTask, PseudoClass> stateOf) {
        this(now, text, stateOf, t -> null);
    }

    /**
     * {@code noteOf} gives what the tooltip adds below the cell's text (kie.ai's notice), or null: then
     * the tooltip only repeats a text that is cut short.
     */
    ClockedCell(ObservableValue<Instant> now, BiFunction<TrackedTask, Instant, String> text,
                Function<TrackedTask, PseudoClass> stateOf, Function<TrackedTask, String> noteOf) {
        this.tooltip = HoverTooltip.forCutText(this, () -> {
            TrackedTask item = getItem();
            String note = item == null || isEmpty() ? null : noteOf.apply(item);
            return note == null ? null : getText() + "\n" + note;
        });
        this.now = now;
        this.text = text;
        this.stateOf = stateOf;
        now.addListener(new WeakInvalidationListener(onTick));
    }

    @Override
    protected void updateItem(TrackedTask item, boolean empty) {
        super.updateItem(item, empty);
        render();
    }

    /** Runs every second for every visible cell: the colour is a pseudo-class, only touched when it changes. */
    private void render() {
        TrackedTask item = getItem();
        boolean none = item == null || isEmpty();
        setText(none ? null : text.apply(item, now.getValue()));
        tooltip.refresh();
        PseudoClass wanted = none ? null : stateOf.apply(item);
        if (!Objects.equals(wanted, appliedState)) {
            if (appliedState != null) {
                pseudoClassStateChanged(appliedState, false);
            }
            if (wanted != null) {
                pseudoClassStateChanged(wanted, true);
            }
            appliedState = wanted;
        }
    }
}
