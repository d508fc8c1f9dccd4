package io.alephmonitor.ui.main;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.TaskRowViewModel;
import javafx.collections.ObservableList;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The rows of the task list, kept up to date from the engine's batches: batches are applied strictly in
 * order, sliced into at most {@link #ROW_UPDATES_PER_EVENT} row updates per FX event, rows updated in place,
 * and the tasks that finished while watched announced once per batch.
 */
final class RowBatches {

    /**
     * Rows changed in one FX event at most: updating a row costs its cells' work in the next pulse too, so a
     * cycle of 10,000 answers applied at once held the FX thread for more than a frame. The rest follows in the
     * next events, batches strictly in order. New rows are not counted: they arrive as one list change.
     */
    static final int ROW_UPDATES_PER_EVENT = 1_000;

    private final TaskRowList rows = new TaskRowList();
    private final Map<String, TaskRowViewModel> rowsById = new HashMap<>();
    private final Set<String> announcedFinished = new HashSet<>();
    /** Engine batches not applied yet, in order; the head may be partly applied (up to {@link #cursor}). */
    private final ArrayDeque<Batch> queue = new ArrayDeque<>();
    private final List<TrackedTask> finishedInHead = new ArrayList<>();
    private final Executor nextSlice;
    private final BooleanSupplier listsFollowUpdates;
    private final Consumer<List<TrackedTask>> onFinished;
    private int cursor;
    private boolean sliceScheduled;
    private int updatesLeft;

    /**
     * @param nextSlice          runs the rest of a large batch later on the FX thread
     * @param listsFollowUpdates whether the lists over the rows (filter, sort) must hear of a row's update
     * @param onFinished         called with the tasks of one batch that finished while watched (never empty)
     */
    RowBatches(Executor nextSlice, BooleanSupplier listsFollowUpdates, Consumer<List<TrackedTask>> onFinished) {
        this.nextSlice = nextSlice;
        this.listsFollowUpdates = listsFollowUpdates;
        this.onFinished = onFinished;
    }

    /** One engine batch as the tracker published it. */
    private record Batch(List<TrackedTask> changed, List<String> removedIds) {
    }

    /** Every row, in the order tasks were added. */
    ObservableList<TaskRowViewModel> rows() {
        return rows;
    }

    TaskRowViewModel row(String taskId) {
        return rowsById.get(taskId);
    }

    /** Queues a batch; applied now unless earlier ones are still being sliced. */
    void add(List<TrackedTask> changed, List<String> removedIds) {
        queue.add(new Batch(changed, removedIds));
        if (!sliceScheduled) {
            applyQueued();
        }
    }

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
                onFinished.accept(batch);
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
                boolean wasActive = row.status() instanceof TaskStatus.Running;
                boolean listed = !onlyScheduleChanged(row.task(), task) && listsFollowUpdates.getAsBoolean();
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
}
