package io.alephmonitor.ui.tasks;

import io.alephmonitor.store.TrackedTask;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

import java.time.Instant;
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
    private final Tooltip tooltip = new Tooltip();
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

    private void render() {
        TrackedTask item = getItem();
        if (appliedStyleClass != null) {
            getStyleClass().remove(appliedStyleClass);
            appliedStyleClass = null;
        }
        if (item == null || isEmpty()) {
            setText(null);
            setTooltip(null);
            return;
        }
        String s = text.apply(item, now.getValue());
        setText(s);
        tooltip.setText(s);
        setTooltip(s.isEmpty() ? null : tooltip);
        appliedStyleClass = styleClassOf.apply(item);
        if (appliedStyleClass != null) {
            getStyleClass().add(appliedStyleClass);
        }
    }
}
