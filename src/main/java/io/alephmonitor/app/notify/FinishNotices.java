package io.alephmonitor.app.notify;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.KindNames;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns the tasks the window saw finish (its finish listener, called on the FX thread once per batch)
 * into desktop notices: the tasks finishing within {@link #GATHER} of the first are told together, one
 * notice each when they are few, one summary ("12 tasks finished, 1 failed") when they are more.
 * Only tasks that finished while watched reach it (the list never announces a task final at start).
 */
public final class FinishNotices implements Consumer<List<TrackedTask>> {

    /** How long after a first finish the ones that follow are gathered with it. */
    public static final Duration GATHER = Duration.ofSeconds(2);
    /** Up to this many tasks gathered get a notice each; more get one summary. */
    public static final int SINGLE_NOTICES = 3;

    /** Runs a job once after a delay (a timer in the app, a hand-turned one in tests). */
    @FunctionalInterface
    public interface Later {
        void after(Duration delay, Runnable job);
    }

    private final NoticeSink sink;
    private final Later later;
    private final BooleanSupplier enabled;
    private final KindNames kinds;
    private final Supplier<Instant> now;
    private final Consumer<FinishNotice> onOpen;
    private final Map<String, TrackedTask> gathered = new LinkedHashMap<>();
    private boolean gathering;

    public FinishNotices(NoticeSink sink, Later later, BooleanSupplier enabled, KindNames kinds,
                         Supplier<Instant> now, Consumer<FinishNotice> onOpen) {
        this.sink = sink;
        this.later = later;
        this.enabled = enabled;
        this.kinds = kinds;
        this.now = now;
        this.onOpen = onOpen;
    }

    @Override
    public synchronized void accept(List<TrackedTask> finished) {
        if (!enabled.getAsBoolean() || finished.isEmpty()) {
            return;
        }
        finished.forEach(task -> gathered.put(task.taskId(), task));
        if (!gathering) {
            gathering = true;
            later.after(GATHER, this::tell);
        }
    }

    private void tell() {
        List<TrackedTask> tasks;
        synchronized (this) {
            tasks = new ArrayList<>(gathered.values());
            gathered.clear();
            gathering = false;
        }
        if (tasks.isEmpty() || !enabled.getAsBoolean()) {
            return;
        }
        if (tasks.size() > SINGLE_NOTICES) {
            sink.show(FinishNotice.summary(tasks), onOpen);
            return;
        }
        for (TrackedTask task : tasks) {
            sink.show(FinishNotice.of(task, kinds, now.get()), onOpen);
        }
    }
}
