package io.alephmonitor.ui.preview;

import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Timers driven by hand: nothing runs until the test moves the clock on with {@link #advance}. */
public final class ManualTimers implements PlayerTiming.Timers {

    private static final class Entry {
        final double due;
        final long order;
        final Runnable action;
        boolean cancelled;

        Entry(double due, long order, Runnable action) {
            this.due = due;
            this.order = order;
            this.action = action;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private double now;
    private long scheduled;

    @Override
    public PlayerTiming.Scheduled after(Duration delay, Runnable action) {
        Entry entry = new Entry(now + delay.toMillis(), scheduled++, action);
        entries.add(entry);
        return () -> entry.cancelled = true;
    }

    /** Moves the clock on and runs, in order, whatever falls due meanwhile; call it on the FX thread. */
    public void advance(Duration by) {
        double until = now + by.toMillis();
        while (true) {
            entries.removeIf(e -> e.cancelled);
            Entry next = entries.stream().filter(e -> e.due <= until)
                    .min(Comparator.<Entry>comparingDouble(e -> e.due).thenComparingLong(e -> e.order)).orElse(null);
            if (next == null) {
                break;
            }
            entries.remove(next);
            now = Math.max(now, next.due);
            next.action.run();
        }
        now = until;
    }

    /** A timing that uses these timers. */
    public PlayerTiming timing(Duration settle, Duration readyTimeout) {
        return new PlayerTiming(settle, readyTimeout, this);
    }
}
