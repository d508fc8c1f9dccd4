package io.alephmonitor.tracking;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Auto-saves succeeded tasks that are not saved yet into the library folder: a few at a time,
 * the link that expires first first. A task whose auto-save failed is not tried again until its
 * result changes (a fresh link) or auto-save is turned on again, so a dead link is never hammered.
 */
final class AutoSaveQueue {

    /** Saves running at once: enough to keep the line busy, few enough not to starve a manual save. */
    static final int AT_ONCE = 2;

    private record Waiting(String taskId, Instant expiresAt) {
    }

    private final Object lock = new Object();
    private final PriorityQueue<Waiting> waiting = new PriorityQueue<>(
            Comparator.comparing(Waiting::expiresAt).thenComparing(Waiting::taskId));
    private final Set<String> queued = new HashSet<>();
    private final Set<String> running = new HashSet<>();
    private final Map<String, TaskStatus> failedWith = new HashMap<>();
    private final Function<String, TrackedTask> currentTask;
    private final Function<TrackedTask, Instant> expiresAt;
    private final BiFunction<TrackedTask, Path, SaveJob> startSave;
    private Path folder;
    private boolean starting;

    /**
     * @param currentTask the task's current value by ID (null once removed)
     * @param expiresAt   when a task's result link expires ({@link Instant#MAX} when unknown)
     * @param startSave   starts saving a task into a folder and records its outcome on the task
     */
    AutoSaveQueue(Function<String, TrackedTask> currentTask, Function<TrackedTask, Instant> expiresAt,
                  BiFunction<TrackedTask, Path, SaveJob> startSave) {
        this.currentTask = currentTask;
        this.expiresAt = expiresAt;
        this.startSave = startSave;
    }

    /** Auto-saves into this folder from now on (null: off; waiting saves are dropped, running ones finish). */
    void setFolder(Path newFolder) {
        synchronized (lock) {
            folder = newFolder;
            failedWith.clear();
            if (newFolder == null) {
                waiting.clear();
                queued.clear();
            }
        }
    }

    Path folder() {
        synchronized (lock) {
            return folder;
        }
    }

    /** Queues those of these tasks that need saving; starts as many as may run. */
    void offer(Collection<TrackedTask> tasks) {
        synchronized (lock) {
            if (folder == null) {
                return;
            }
            for (TrackedTask task : tasks) {
                String id = task.taskId();
                if (needsSaving(task) && !queued.contains(id) && !running.contains(id)
                        && !Objects.equals(failedWith.get(id), task.status())) {
                    failedWith.remove(id);
                    queued.add(id);
                    waiting.add(new Waiting(task.taskId(), expiresAt.apply(task)));
                }
            }
        }
        startWhatFits();
    }

    /**
     * Has results not saved yet ({@link ResultsToSave}): a succeeded task, or a running one with
     * partial results, with fewer saved files than results. A saved file that went missing is
     * reported, not silently fetched again.
     */
    static boolean needsSaving(TrackedTask task) {
        return ResultsToSave.anyUnsaved(task);
    }

    // One thread at a time starts saves; saves that complete at once (refused links) loop here, never recurse.
    private void startWhatFits() {
        synchronized (lock) {
            if (starting) {
                return;
            }
            starting = true;
        }
        while (true) {
            TrackedTask task;
            Path into;
            synchronized (lock) {
                if (folder == null || running.size() >= AT_ONCE || waiting.isEmpty()) {
                    starting = false;
                    return;
                }
                String id = waiting.poll().taskId();
                queued.remove(id);
                task = currentTask.apply(id);
                if (!needsSaving(task)) { // removed or saved by hand meanwhile
                    continue;
                }
                running.add(id);
                into = folder;
            }
            SaveJob job;
            try {
                job = startSave.apply(task, into);
            } catch (RuntimeException e) {
                synchronized (lock) {
                    starting = false;
                }
                finished(task, e);
                throw e;
            }
            job.result().whenComplete((saved, failure) -> finished(task, failure));
        }
    }

    // A task whose results grew while it was saving (partly ready, then succeeded) is offered again:
    // the save records its files before this runs, so only the new results are fetched.
    private void finished(TrackedTask task, Throwable failure) {
        TrackedTask now = currentTask.apply(task.taskId());
        synchronized (lock) {
            running.remove(task.taskId());
            if (failure != null) {
                failedWith.put(task.taskId(), task.status());
            }
        }
        if (failure == null && now != null && !Objects.equals(now.status(), task.status())) {
            offer(List.of(now));
        } else {
            startWhatFits();
        }
    }
}
