package io.alephmonitor.ui.tasks;

import io.alephmonitor.store.TrackedTask;
import javafx.beans.InvalidationListener;
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
    private final HoverTooltip tooltip = HoverTooltip.forCutText(this);
    private final Function<TrackedTask, String> styleClassOf;
    private String appliedStyleClass;

    ClockedCell(ObservableValue<Instant> now, BiFunction<TrackedTask, Instant, String> text) {
        this(now, text, t -> null);
    }

    /** {@code styleClassOf} picks an extra style class per task (e.g. the error colour), or null. */
    ClockedCell(ObservableValue<Instant> now, BiFunction<TrackedTask, Instant, String> text,
                Function<TrackedTask, String> styleClassOf) {
        this.now = now;
        this.text = text;
        this.styleClassOf = styleClassOf;
        now.addListener(new WeakInvalidationListener(onTick));
    }

    @Override
    protected void updateItem(TrackedTask item, boolean empty) {
        super.updateItem(item, empty);
        render();
    }

    /** Runs every second for every visible cell: the style class is only touched when it changes (each change re-runs CSS). */
    private void render() {
        TrackedTask item = getItem();
        boolean none = item == null || isEmpty();
        setText(none ? null : text.apply(item, now.getValue()));
        tooltip.refresh();
        String wanted = none ? null : styleClassOf.apply(item);
        if (!Objects.equals(wanted, appliedStyleClass)) {
            if (appliedStyleClass != null) {
                getStyleClass().remove(appliedStyleClass);
            }
            if (wanted != null) {
                getStyleClass().add(wanted);
            }
            appliedStyleClass = wanted;
        }
    }
}
