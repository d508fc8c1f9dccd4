package io.alephmonitor.tracking;

import io.alephmonitor.store.TrackedTask;

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
final class TaskList {

    private final Map<String, TrackedTask> tasks = new HashMap<>();
    private final Map<String, Long> places = new HashMap<>();
    private long nextPlace;

    /** Adds a task at the end of the list, or puts a removed one back in its old place; replaces a tracked one. */
    void put(TrackedTask task) {
        places.computeIfAbsent(task.taskId(), id -> nextPlace++);
        tasks.put(task.taskId(), task);
    }

    /** Adds a task that is new to the list (a removed ID pasted again goes to the end). */
    void append(TrackedTask task) {
        places.put(task.taskId(), nextPlace++);
        tasks.put(task.taskId(), task);
    }

    TrackedTask get(String taskId) {
        return tasks.get(taskId);
    }

    boolean contains(String taskId) {
        return tasks.containsKey(taskId);
    }

    /** Removes the task; true when it was tracked. */
    boolean remove(String taskId) {
        return tasks.remove(taskId) != null;
    }

    List<TrackedTask> inOrder() {
        return tasks.values().stream().sorted(Comparator.comparing(t -> places.get(t.taskId()))).toList();
    }

    /** The current values of those of these IDs still tracked. */
    List<TrackedTask> current(Collection<String> taskIds) {
        return taskIds.stream().map(tasks::get).filter(Objects::nonNull).toList();
    }

    Collection<TrackedTask> all() {
        return tasks.values();
    }

    int activeCount() {
        return (int) tasks.values().stream().filter(t -> !t.status().isFinal()).count();
    }
}
