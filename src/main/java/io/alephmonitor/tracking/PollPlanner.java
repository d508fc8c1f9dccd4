package io.alephmonitor.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tasks are due when: each scheduled task has its own next-poll time, advanced by the poll
 * interval after an answer and by exponential backoff after a transient problem. Tasks waiting
 * to be polled are kept ordered by due time, so a tick costs O(k log n) for k due tasks even with
 * 10,000 tracked. Plain Java and not thread-safe: the engine calls it under its lock.
 */
final class PollPlanner {

    private record Slot(Instant due, int failures) {
    }

    private record Waiting(Instant due, String taskId) {
        static final Comparator<Waiting> ORDER =
                Comparator.comparing(Waiting::due).thenComparing(Waiting::taskId);
    }

    private final Map<String, Slot> slots = new HashMap<>();
    private final NavigableSet<Waiting> waiting = new TreeSet<>(Waiting.ORDER);
    private final Set<String> inFlight = new HashSet<>();
    private final Set<String> recheckRequested = new HashSet<>();
    private final Backoff backoff;
    private Duration interval;

    PollPlanner(Duration interval, Backoff backoff) {
        this.interval = interval;
        this.backoff = backoff;
    }

    /** Schedules a task to be polled at {@code due} (and every interval after that). */
    void schedule(String taskId, Instant due) {
        put(taskId, new Slot(due, 0));
    }

    /** Stops polling a task (finished or removed). */
    void forget(String taskId) {
        Slot old = slots.remove(taskId);
        if (old != null) {
            waiting.remove(new Waiting(old.due(), taskId));
        }
        recheckRequested.remove(taskId);
    }

    /** Makes a task due now, finished ones included; a task being polled right now is polled once more. */
    void checkNow(String taskId, Instant now) {
        if (inFlight.contains(taskId)) {
            recheckRequested.add(taskId);
            return;
        }
        Slot slot = slots.get(taskId);
        put(taskId, new Slot(now, slot == null ? 0 : slot.failures()));
    }

    /** Up to {@code limit} due tasks, most overdue first, marked as in flight. */
    List<String> takeDue(Instant now, int limit) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < limit && !waiting.isEmpty() && !waiting.first().due().isAfter(now)) {
            picked.add(markInFlight(waiting.pollFirst()));
        }
        return picked;
    }

    /** The {@code limit} tasks due soonest, due or not (a probe while paused), marked as in flight. */
    List<String> takeEarliest(int limit) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < limit && !waiting.isEmpty()) {
            picked.add(markInFlight(waiting.pollFirst()));
        }
        return picked;
    }

    private String markInFlight(Waiting next) {
        inFlight.add(next.taskId());
        return next.taskId();
    }

    /** A picked task was not polled after all (polling paused mid-cycle): it stays due as it was. */
    void release(String taskId) {
        inFlight.remove(taskId);
        recheckRequested.remove(taskId);
        Slot slot = slots.get(taskId);
        if (slot != null) {
            waiting.add(new Waiting(slot.due(), taskId));
        }
    }

    /**
     * The task answered. A final task is forgotten (unless someone asked to check it again
     * meanwhile); an active one is due again after the interval. Returns the next poll time or null.
     */
    Instant answered(String taskId, Instant now, boolean isFinal) {
        inFlight.remove(taskId);
        boolean again = recheckRequested.remove(taskId);
        if (!slots.containsKey(taskId)) {
            return null;
        }
        if (isFinal && !again) {
            forget(taskId);
            return null;
        }
        Instant next = again ? now : now.plus(interval);
        put(taskId, new Slot(next, 0));
        return next;
    }

    /** The task answered and is to be asked again at {@code due} (not after the interval). Returns {@code due}, or null when it is not scheduled. */
    Instant retryAt(String taskId, Instant due) {
        inFlight.remove(taskId);
        recheckRequested.remove(taskId);
        if (!slots.containsKey(taskId)) {
            return null;
        }
        put(taskId, new Slot(due, 0));
        return due;
    }

    /** A transient problem: retried after an exponentially growing, jittered delay. Returns the retry time. */
    Instant failed(String taskId, Instant now) {
        inFlight.remove(taskId);
        recheckRequested.remove(taskId);
        Slot slot = slots.get(taskId);
        if (slot == null) {
            return null;
        }
        int failures = slot.failures() + 1;
        Instant next = now.plus(backoff.delay(failures));
        put(taskId, new Slot(next, failures));
        return next;
    }

    /** The next time any task not in flight is due; empty when nothing is waiting. */
    Optional<Instant> nextDue() {
        return waiting.isEmpty() ? Optional.empty() : Optional.of(waiting.first().due());
    }

    /**
     * The wall clock was set back by {@code by}: every due time moves back as much, so each task
     * waits what it had left to wait (not hours until the clock catches up).
     */
    void clockSetBack(Duration by) {
        List<Map.Entry<String, Slot>> all = List.copyOf(slots.entrySet());
        waiting.clear();
        for (Map.Entry<String, Slot> e : all) {
            Slot moved = new Slot(e.getValue().due().minus(by), e.getValue().failures());
            slots.put(e.getKey(), moved);
            if (!inFlight.contains(e.getKey())) {
                waiting.add(new Waiting(moved.due(), e.getKey()));
            }
        }
    }

    /** A shorter interval takes effect at once; a longer one from each task's next answer. */
    void setInterval(Duration newInterval, Instant now) {
        this.interval = newInterval;
        Instant latest = now.plus(newInterval);
        List<String> tooLate = slots.entrySet().stream()
                .filter(e -> e.getValue().failures() == 0 && e.getValue().due().isAfter(latest))
                .map(Map.Entry::getKey)
                .toList();
        tooLate.forEach(id -> put(id, new Slot(latest, 0)));
    }

    private void put(String taskId, Slot slot) {
        Slot old = slots.put(taskId, slot);
        if (!inFlight.contains(taskId)) {
            if (old != null) {
                waiting.remove(new Waiting(old.due(), taskId));
            }
            waiting.add(new Waiting(slot.due(), taskId));
        }
    }
}
