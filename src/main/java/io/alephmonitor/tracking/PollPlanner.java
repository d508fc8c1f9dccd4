package io.alephmonitor.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which tasks are due when: each scheduled task has its own next-poll time, advanced by the poll
 * interval after an answer and by exponential backoff after a transient problem. Plain Java and
 * not thread-safe: the engine calls it under its lock.
 */
final class PollPlanner {

    private record Slot(Instant due, int failures) {
    }

    private static final Comparator<Map.Entry<String, Slot>> EARLIEST_FIRST =
            Comparator.comparing((Map.Entry<String, Slot> e) -> e.getValue().due()).thenComparing(Map.Entry::getKey);

    private final Map<String, Slot> slots = new HashMap<>();
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
        slots.put(taskId, new Slot(due, 0));
    }

    /** Stops polling a task (finished or removed). */
    void forget(String taskId) {
        slots.remove(taskId);
        recheckRequested.remove(taskId);
    }

    boolean isScheduled(String taskId) {
        return slots.containsKey(taskId);
    }

    /** Makes a task due now, finished ones included; a task being polled right now is polled once more. */
    void checkNow(String taskId, Instant now) {
        if (inFlight.contains(taskId)) {
            recheckRequested.add(taskId);
            return;
        }
        Slot slot = slots.get(taskId);
        slots.put(taskId, new Slot(now, slot == null ? 0 : slot.failures()));
    }

    /** Up to {@code limit} due tasks, most overdue first, marked as in flight. */
    List<String> takeDue(Instant now, int limit) {
        return take(limit, e -> !e.getValue().due().isAfter(now));
    }

    /** The {@code limit} tasks due soonest, due or not (a probe while paused), marked as in flight. */
    List<String> takeEarliest(int limit) {
        return take(limit, e -> true);
    }

    private List<String> take(int limit, java.util.function.Predicate<Map.Entry<String, Slot>> filter) {
        if (limit <= 0) {
            return List.of();
        }
        List<String> picked = slots.entrySet().stream()
                .filter(e -> !inFlight.contains(e.getKey()))
                .filter(filter)
                .sorted(EARLIEST_FIRST)
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
        inFlight.addAll(picked);
        return picked;
    }

    /** A picked task was not polled after all (polling paused mid-cycle): it stays due as it was. */
    void release(String taskId) {
        inFlight.remove(taskId);
        recheckRequested.remove(taskId);
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
            slots.remove(taskId);
            return null;
        }
        Instant next = again ? now : now.plus(interval);
        slots.put(taskId, new Slot(next, 0));
        return next;
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
        slots.put(taskId, new Slot(next, failures));
        return next;
    }

    /** The next time any task not in flight is due; empty when nothing is scheduled. */
    Optional<Instant> nextDue() {
        return slots.entrySet().stream()
                .filter(e -> !inFlight.contains(e.getKey()))
                .map(e -> e.getValue().due())
                .min(Comparator.naturalOrder());
    }

    /** When the task is due; null when not scheduled. */
    Instant dueAt(String taskId) {
        Slot slot = slots.get(taskId);
        return slot == null ? null : slot.due();
    }

    /** A shorter interval takes effect at once; a longer one from each task's next answer. */
    void setInterval(Duration newInterval, Instant now) {
        this.interval = newInterval;
        Instant latest = now.plus(newInterval);
        slots.replaceAll((id, slot) -> slot.failures() == 0 && slot.due().isAfter(latest)
                ? new Slot(latest, 0) : slot);
    }

    int scheduledCount() {
        return slots.size();
    }
}
