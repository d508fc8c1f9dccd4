package io.alephmonitor.tracking;

import io.alephmonitor.model.TrackedTask;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tracked tasks by ID, in the order they were added. A removed task keeps its place, so
 * undo puts it back where it was. Not thread-safe: the engine guards it with its lock.
 */
final class TaskRegistry {

    private final Map<String, TrackedTask> tasks = new HashMap<>();
    private final Map<String, Long> places = new HashMap<>();
    private long nextPlace;
    /** Tasks not in a final state, kept up to date on every change: the FX thread reads it after every batch. */
    private int active;

    /** Adds a task at the end of the list, or puts a removed one back in its old place; replaces a tracked one. */
    void put(TrackedTask task) {
        places.computeIfAbsent(task.taskId(), id -> nextPlace++);
        counted(tasks.put(task.taskId(), task), task);
    }

    /** Adds a task that is new to the list (a removed ID pasted again goes to the end). */
    void append(TrackedTask task) {
        places.put(task.taskId(), nextPlace++);
        counted(tasks.put(task.taskId(), task), task);
    }

    TrackedTask get(String taskId) {
        return tasks.get(taskId);
    }

    boolean contains(String taskId) {
        return tasks.containsKey(taskId);
    }

    /** Removes the task; true when it was tracked. */
    boolean remove(String taskId) {
        TrackedTask removed = tasks.remove(taskId);
        counted(removed, null);
        return removed != null;
    }

    private void counted(TrackedTask before, TrackedTask after) {
        if (before != null && !before.status().isFinal()) {
            active--;
        }
        if (after != null && !after.status().isFinal()) {
            active++;
        }
    }

    List<TrackedTask> inOrder() {
        return tasks.values().stream().sorted(Comparator.comparing(t -> places.get(t.taskId()))).toList();
    }

    /** The current values of those of these IDs still tracked. */
    List<TrackedTask> current(Collection<String> taskIds) {
        return taskIds.stream().map(tasks::get).filter(Objects::nonNull).toList();
    }

    /** Read only: a change must go through {@link #put}, {@link #append} or {@link #remove}. */
    Collection<TrackedTask> all() {
        return java.util.Collections.unmodifiableCollection(tasks.values());
    }

    int activeCount() {
        return active;
    }
}
