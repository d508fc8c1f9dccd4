package io.alephmonitor.ui.main;

import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.AddReport;
import io.alephmonitor.tracking.PollingState;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.tracking.TrackerListener;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The tracked tasks as the main window shows them: rows updated in place from the engine's
 * batches, a text and a status filter, the polling state and the last message for the user.
 */
public final class TaskListViewModel {

    private final TaskTracker tracker;
    private final Clock clock;
    private final KindNames kindNames;
    private final StringProperty defaultKind = new SimpleStringProperty(this, "defaultKind", TrackedTask.AUTO_KIND);
    private final ReadOnlyObjectWrapper<List<String>> unrecognised =
            new ReadOnlyObjectWrapper<>(this, "unrecognised", List.of());
    private final TaskRowList rows = new TaskRowList();
    private final Map<String, TaskRowViewModel> rowsById = new HashMap<>();
    private final FilteredList<TaskRowViewModel> filtered = new FilteredList<>(rows);
    private final SortedList<TaskRowViewModel> sorted = new SortedList<>(filtered);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<StatusFilter> statusFilter =
            new SimpleObjectProperty<>(this, "statusFilter", StatusFilter.ALL);
    private final ReadOnlyObjectWrapper<PollingState> pollingState = new ReadOnlyObjectWrapper<>(this, "pollingState");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final BooleanProperty orderFollowsTaskChanges =
            new SimpleBooleanProperty(this, "orderFollowsTaskChanges", true);
    private final Set<String> announcedFinished = new HashSet<>();
    private final List<Consumer<List<TrackedTask>>> finishListeners = new CopyOnWriteArrayList<>();
    /** Engine batches not applied yet, in order; the head may be partly applied (up to {@link #cursor}). */
    private final ArrayDeque<Batch> queue = new ArrayDeque<>();
    private final Executor nextSlice;
    private int cursor;
    private final List<TrackedTask> finishedInHead = new ArrayList<>();
    private boolean sliceScheduled;
    private int updatesLeft;
    private final TrackerListener listener = new TrackerListener() {
        @Override
        public void tasksChanged(List<TrackedTask> changed, List<String> removedIds) {
            queue.add(new Batch(changed, removedIds));
            if (!sliceScheduled) {
                applyQueued();
            }
        }

        @Override
        public void pollingStateChanged(PollingState state) {
            pollingState.set(state);
        }
    };

    /** A view model over every kind the app ships with. */
    public TaskListViewModel(TaskTracker tracker, Clock clock) {
        this(tracker, clock, KindNames.standard());
    }

    public TaskListViewModel(TaskTracker tracker, Clock clock, KindNames kindNames) {
        this(tracker, clock, kindNames, Platform::runLater);
    }

    /**
     * @param nextSlice runs the rest of a large batch later on the FX thread (after the events and the pulse
     *                  waiting meanwhile); {@code Platform::runLater} in the app
     */
    public TaskListViewModel(TaskTracker tracker, Clock clock, KindNames kindNames, Executor nextSlice) {
        this.tracker = tracker;
        this.nextSlice = nextSlice;
        this.clock = clock;
        this.kindNames = kindNames;
        this.now.set(clock.instant());
        defaultKind.addListener((obs, old, kind) -> {
            if (!kindNames.isChoice(kind)) {
                defaultKind.set(TrackedTask.AUTO_KIND); // e.g. a kind a newer version added, from the settings file
            }
        });
        filtered.predicateProperty().bind(Bindings.createObjectBinding(
                () -> matcher(filterText.get(), statusFilter.get()), filterText, statusFilter));
        listener.tasksChanged(tracker.tasks(), List.of()); // all new rows: applied at once
        pollingState.set(tracker.pollingState());
        tracker.addListener(listener);
    }

    /** Stops listening to the engine (the window is closing). */
    public void dispose() {
        tracker.removeListener(listener);
    }

    private Predicate<TaskRowViewModel> matcher(String text, StatusFilter status) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        StatusFilter statusOrAll = status == null ? StatusFilter.ALL : status;
        if (needle.isEmpty() && statusOrAll == StatusFilter.ALL) {
            return null;
        }
        return row -> statusOrAll.test(row.status())
                && (needle.isEmpty()
                || row.taskId().toLowerCase(Locale.ROOT).contains(needle)
                || promptOf(row).toLowerCase(Locale.ROOT).contains(needle)
                || kindNames.matches(row.task().kind(), needle));
    }

    private static String promptOf(TaskRowViewModel row) {
        TrackedTask t = row.task();
        return t.params() == null || t.params().prompt() == null ? "" : t.params().prompt();
    }

    /** One engine batch as the tracker published it. */
    private record Batch(List<TrackedTask> changed, List<String> removedIds) {
    }

    /**
     * Rows changed in one FX event at most: updating a row costs its cells' work in the next pulse too, so a
     * cycle of 10,000 answers applied at once held the FX thread for more than a frame. The rest follows in the
     * next events, batches strictly in order. New rows are not counted: they arrive as one list change.
     */
    static final int ROW_UPDATES_PER_EVENT = 1_000;

    /** Applies queued batches until the budget of row updates is spent, then lets the FX thread breathe. */
    private void applyQueued() {
        sliceScheduled = false;
        updatesLeft = ROW_UPDATES_PER_EVENT;
        while (!queue.isEmpty()) {
            Batch head = queue.peek();
            if (cursor == 0) {
                applyRemovals(head.removedIds());
            }
            cursor = applyChanges(head.changed(), cursor);
            if (cursor < head.changed().size()) {
                sliceScheduled = true;
                nextSlice.execute(this::applyQueued);
                return;
            }
            queue.remove();
            cursor = 0;
            if (!finishedInHead.isEmpty()) {
                List<TrackedTask> batch = List.copyOf(finishedInHead);
                finishedInHead.clear();
                finishListeners.forEach(l -> l.accept(batch));
            }
        }
    }

    private void applyRemovals(List<String> removedIds) {
        if (removedIds.isEmpty()) {
            return;
        }
        Set<TaskRowViewModel> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String id : removedIds) {
            TaskRowViewModel row = rowsById.remove(id);
            if (row != null) {
                gone.add(row);
            }
        }
        rows.removeAll(gone);
    }

    /**
     * Applies {@code changed} from {@code from} on while row updates are left in this event's budget: rows
     * updated in place, new ones appended, one list change each. Returns where it stopped.
     */
    private int applyChanges(List<TrackedTask> changed, int from) {
        List<TaskRowViewModel> added = new ArrayList<>();
        Set<TaskRowViewModel> updated = Collections.newSetFromMap(new IdentityHashMap<>());
        int i = from;
        for (; i < changed.size() && updatesLeft > 0; i++) {
            TrackedTask task = changed.get(i);
            TaskRowViewModel row = rowsById.get(task.taskId());
            if (row == null) {
                row = new TaskRowViewModel(task);
                rowsById.put(task.taskId(), row);
                added.add(row);
                if (task.status().isFinal()) {
                    announcedFinished.add(task.taskId()); // already final when first seen: nothing new to tell
                }
            } else if (!row.task().equals(task)) {
                updatesLeft--;
                // Only a task seen generating is news when it ends; a first poll that finds it done is not.
                boolean wasActive = row.status() instanceof io.alephmonitor.model.TaskStatus.Running;
                boolean listed = !onlyScheduleChanged(row.task(), task)
                        && (orderFollowsTaskChanges.get() || filtered.getPredicate() != null);
                row.update(task); // cells showing the row follow its properties by themselves
                if (listed) {
                    updated.add(row);
                }
                if (wasActive && task.status().isFinal() && announcedFinished.add(task.taskId())) {
                    finishedInHead.add(task);
                }
            }
        }
        rows.fireUpdated(updated);
        rows.addAll(added);
        return i;
    }

    /**
     * True when only the poll times moved (every answer of a task still running): they are shown nowhere
     * in the list and decide no sort or filter, so the list need not hear of it — 10,000 running tasks
     * would otherwise be re-filtered and re-sorted every interval for nothing.
     */
    private static boolean onlyScheduleChanged(TrackedTask before, TrackedTask after) {
        return before.withSchedule(null, null).equals(after.withSchedule(null, null));
    }

    /**
     * Adds every task ID found in the text as the {@linkplain #defaultKindProperty() chosen kind};
     * the summary becomes the message, and tokens that fit no format wait in
     * {@link #unrecognisedProperty()} for the user to add them as some kind or dismiss them.
     */
    public AddReport addFromText(String text) {
        AddReport report = tracker.addFromText(text == null ? "" : text, defaultKind.get());
        boolean onlyUnrecognised = report.added().isEmpty() && report.alreadyTracked().isEmpty()
                && !report.unrecognised().isEmpty();
        message.set(onlyUnrecognised ? "No task ID of a known format found. Add the IDs below as a kind you choose,"
                + " or dismiss them." : report.summary());
        if (text != null && !text.isBlank()) {
            unrecognised.set(report.unrecognised()); // an Add on an empty field leaves the offered tokens alone
        }
        return report;
    }

    /** Adds the waiting unrecognised tokens as this kind (a real kind: their format tells none). */
    public AddReport addUnrecognisedAs(String kind) {
        if (TrackedTask.AUTO_KIND.equals(kind) || !kindNames.kindIds().contains(kind)) {
            throw new IllegalArgumentException("Unrecognised IDs need a known kind, not " + kind);
        }
        AddReport report = tracker.addIds(unrecognised.get(), kind);
        unrecognised.set(List.of());
        message.set(report.added().size() + " added as " + kindNames.displayName(kind)
                + (report.alreadyTracked().isEmpty() ? "" : ", " + report.alreadyTracked().size() + " already tracked"));
        return report;
    }

    /** Forgets the waiting unrecognised tokens without adding them. */
    public void dismissUnrecognised() {
        unrecognised.set(List.of());
    }

    /** ID-looking tokens of the last add that fit no format (or not the chosen kind's), not added yet; empty when none. */
    public ReadOnlyObjectProperty<List<String>> unrecognisedProperty() {
        return unrecognised.getReadOnlyProperty();
    }

    /** The kind pasted, dropped and handed-over IDs are added as: a kind's id or {@link TrackedTask#AUTO_KIND}. */
    public StringProperty defaultKindProperty() {
        return defaultKind;
    }

    /** What the kinds are called on screen. */
    public KindNames kindNames() {
        return kindNames;
    }

    /** Stops tracking these rows and returns what was removed, for an undo. */
    public List<TrackedTask> remove(Collection<TaskRowViewModel> toRemove) {
        List<TrackedTask> removed = toRemove.stream().map(TaskRowViewModel::task).toList();
        if (!removed.isEmpty()) {
            tracker.remove(removed.stream().map(TrackedTask::taskId).toList());
            message.set(removed.size() == 1 ? "1 task removed" : removed.size() + " tasks removed");
        }
        return removed;
    }

    /** Puts removed tasks back exactly as they were. */
    public void undoRemove(List<TrackedTask> removed) {
        tracker.restore(removed);
        message.set(removed.size() == 1 ? "1 task restored" : removed.size() + " tasks restored");
    }

    public void checkNow(Collection<TaskRowViewModel> selection) {
        tracker.checkNow(selection.stream().map(TaskRowViewModel::taskId).toList());
    }

    public void checkAllNow() {
        tracker.checkAllNow();
        message.set("Checking every active task now");
    }

    /** Re-reads the clock; the window calls this once a second so elapsed times and "next check" move. */
    public void tick() {
        now.set(clock.instant());
    }

    /**
     * Called with the tasks that finished or failed while the app watched them, once per engine
     * batch (never empty); each task is announced once.
     */
    public void addFinishListener(Consumer<List<TrackedTask>> onFinished) {
        finishListeners.add(onFinished);
    }

    public TaskRowViewModel row(String taskId) {
        return rowsById.get(taskId);
    }

    /** Every row, in the order tasks were added. */
    public ObservableList<TaskRowViewModel> rows() {
        return rows;
    }

    /** The rows passing the filters (source of {@link #sortedRows()}). */
    public FilteredList<TaskRowViewModel> filteredRows() {
        return filtered;
    }

    /** The filtered rows in the table's sort order; bind its comparator to the table's. */
    public SortedList<TaskRowViewModel> sortedRows() {
        return sorted;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyObjectProperty<PollingState> pollingStateProperty() {
        return pollingState.getReadOnlyProperty();
    }

    /** The last thing the user should read: an add summary, a removal, a check. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void setMessage(String text) {
        message.set(text);
    }

    /**
     * Whether the sorted rows' order can change when a task does (true unless the table is sorted only by
     * what a task never changes). While it cannot and no filter is set, a batch updates the rows themselves
     * (cells follow their properties) and the lists hear nothing: no re-sort, no re-filter.
     */
    public BooleanProperty orderFollowsTaskChangesProperty() {
        return orderFollowsTaskChanges;
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return now.get();
    }
}
