package io.alephmonitor.ui;

import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.AddReport;
import io.alephmonitor.tracking.PollingState;
import io.alephmonitor.tracking.SaveJob;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.tracking.TrackerListener;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An in-memory engine for UI tests and previews: tests push status changes as batches, listeners run on the FX thread. */
public final class FakeTaskTracker implements TaskTracker {

    private static final Pattern TASK_ID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b", Pattern.CASE_INSENSITIVE);

    private final Clock clock;
    private final Map<String, TrackedTask> tasks = new LinkedHashMap<>();
    private final List<TrackerListener> listeners = new CopyOnWriteArrayList<>();
    private PollingState pollingState = new PollingState(0, null, null, null, null);
    public final List<Collection<String>> checkNowCalls = new CopyOnWriteArrayList<>();
    public final List<String> savedTaskIds = new CopyOnWriteArrayList<>();
    public int checkAllNowCalls;

    private final java.util.concurrent.Executor delivery;

    /** A fake whose listeners run on the FX thread, like the real engine's. */
    /** Every search asked for, in order, with the answer the test completes (or never does). */
    public final List<Search> searches = new CopyOnWriteArrayList<>();

    /** One search the view asked for; complete {@code answer} to deliver it. */
    public record Search(io.alephmonitor.model.SearchQuery query,
                         java.util.concurrent.CompletableFuture<List<String>> answer) {
    }

    @Override
    public java.util.concurrent.CompletableFuture<List<String>> search(io.alephmonitor.model.SearchQuery query) {
        Search search = new Search(query, new java.util.concurrent.CompletableFuture<>());
        searches.add(search);
        return search.answer();
    }

    public FakeTaskTracker(Clock clock) {
        this(clock, FakeTaskTracker::onFx);
    }

    /** A fake that calls listeners through {@code delivery} (e.g. directly, for view-model tests off the FX thread). */
    public FakeTaskTracker(Clock clock, java.util.concurrent.Executor delivery) {
        this.clock = clock;
        this.delivery = delivery;
    }

    /** Puts tasks in place before the window exists, as if loaded from the store. */
    public synchronized void preload(TrackedTask... initial) {
        for (TrackedTask t : initial) {
            tasks.put(t.taskId(), t);
        }
    }

    /** Replaces some tasks' values and tells listeners in one batch, as one poll cycle would. */
    public void pushBatch(List<TrackedTask> changed) {
        synchronized (this) {
            changed.forEach(t -> tasks.put(t.taskId(), t));
        }
        publish(List.copyOf(changed), List.of());
    }

    /** Applies a change to every given task and publishes them as one batch. */
    public void update(Collection<String> ids, UnaryOperator<TrackedTask> change) {
        List<TrackedTask> next = new ArrayList<>();
        synchronized (this) {
            ids.forEach(id -> next.add(change.apply(tasks.get(id))));
        }
        pushBatch(next);
    }

    public void setPollingState(PollingState state) {
        synchronized (this) {
            pollingState = state;
        }
        delivery.execute(() -> listeners.forEach(l -> l.pollingStateChanged(state)));
    }

    private void publish(List<TrackedTask> changed, List<String> removed) {
        delivery.execute(() -> listeners.forEach(l -> l.tasksChanged(changed, removed)));
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public AddReport addIds(List<String> taskIds, String kind) {
        lastAddedKind = kind;
        return addFromText(String.join("\n", taskIds), kind);
    }

    /** The kind of the last add, as the UI passed it. */
    public volatile String lastAddedKind;

    @Override
    public AddReport addFromText(String text, String kind) {
        lastAddedKind = kind;
        List<String> added = new ArrayList<>();
        List<String> already = new ArrayList<>();
        int linesWithoutId = 0;
        List<TrackedTask> fresh = new ArrayList<>();
        synchronized (this) {
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = TASK_ID.matcher(line);
                boolean any = false;
                while (m.find()) {
                    any = true;
                    String id = m.group().toLowerCase();
                    if (tasks.containsKey(id) || added.contains(id)) {
                        if (!already.contains(id) && !added.contains(id)) {
                            already.add(id);
                        }
                    } else {
                        added.add(id);
                        TrackedTask t = TrackedTask.added(id, kind, clock.instant());
                        tasks.put(id, t);
                        fresh.add(t);
                    }
                }
                if (!any) {
                    linesWithoutId++;
                }
            }
        }
        if (!fresh.isEmpty()) {
            publish(fresh, List.of());
        }
        return new AddReport(added, already, linesWithoutId);
    }

    /** Tracks exactly this ID as the real tracker's addCreated does (no text scanning); listeners hear of it. */
    public void addCreated(String taskId, String kind) {
        addCreatedFrom(taskId, kind, null);
    }

    /** {@link #addCreated} for a task made from another one, as the real tracker's addCreatedFrom does. */
    public void addCreatedFrom(String taskId, String kind, io.alephmonitor.model.TaskOrigin origin) {
        TrackedTask fresh = TrackedTask.added(taskId, kind, clock.instant()).withOrigin(origin);
        synchronized (this) {
            tasks.put(taskId, fresh);
        }
        publish(List.of(fresh), List.of());
    }

    @Override
    public AddReport importTasks(Collection<TrackedTask> imported) {
        List<String> added = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<TrackedTask> fresh = new ArrayList<>();
        synchronized (this) {
            for (TrackedTask t : imported) {
                if (tasks.putIfAbsent(t.taskId(), t) == null) {
                    added.add(t.taskId());
                    fresh.add(t);
                } else {
                    already.add(t.taskId());
                }
            }
        }
        if (!fresh.isEmpty()) {
            publish(fresh, List.of());
        }
        return new AddReport(added, already, 0);
    }

    @Override
    public void remove(Collection<String> taskIds) {
        List<String> removed = new ArrayList<>();
        synchronized (this) {
            taskIds.forEach(id -> {
                if (tasks.remove(id) != null) {
                    removed.add(id);
                }
            });
        }
        publish(List.of(), removed);
    }

    @Override
    public void restore(Collection<TrackedTask> restored) {
        synchronized (this) {
            restored.forEach(t -> tasks.put(t.taskId(), t));
        }
        publish(List.copyOf(restored), List.of());
    }

    /** Every mark call, as the task IDs it was asked for. */
    public final List<Collection<String>> markCalls = new CopyOnWriteArrayList<>();

    @Override
    public void mark(Collection<String> taskIds, UnaryOperator<TaskMarks> change) {
        markCalls.add(List.copyOf(taskIds));
        List<TrackedTask> changed = new ArrayList<>();
        synchronized (this) {
            for (String id : taskIds) {
                TrackedTask before = tasks.get(id);
                if (before != null && !before.marks().equals(change.apply(before.marks()))) {
                    TrackedTask after = before.withMarks(change.apply(before.marks()));
                    tasks.put(id, after);
                    changed.add(after);
                }
            }
        }
        if (!changed.isEmpty()) {
            publish(changed, List.of());
        }
    }

    @Override
    public void checkNow(Collection<String> taskIds) {
        checkNowCalls.add(List.copyOf(taskIds));
    }

    @Override
    public void checkAllNow() {
        checkAllNowCalls++;
    }

    @Override
    public synchronized List<TrackedTask> tasks() {
        return List.copyOf(tasks.values());
    }

    public synchronized TrackedTask task(String id) {
        return tasks.get(id);
    }

    @Override
    public synchronized PollingState pollingState() {
        return pollingState;
    }

    @Override
    public SaveJob save(String taskId, Path target) {
        savedTaskIds.add(taskId);
        return new SaveJob() {
            public long bytesDone() { return 0; }
            public long bytesTotal() { return -1; }
            public void cancel() { }
            public CompletableFuture<Path> result() { return CompletableFuture.completedFuture(target); }
        };
    }

    @Override
    public void addListener(TrackerListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(TrackerListener listener) {
        listeners.remove(listener);
    }

    /** Convenience: a status change for one task. */
    public static UnaryOperator<TrackedTask> to(TaskStatus status) {
        return t -> t.withStatus(status);
    }
}
