package io.alephmonitor.tracking;

import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.store.TaskStore;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollCycle.Answer;
import io.alephmonitor.tracking.PollCycle.Request;
import io.alephmonitor.tracking.PollingState.Pause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/**
 * The poller without JavaFX: the tracked tasks, their schedule and the account-wide pause, and
 * {@link #runCycle()} which polls what is due (its in-memory steps are {@link PollRound}'s). Thread-safe; the lock is only held for in-memory
 * work, never across HTTP or SQLite.
 */
public final class PollEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PollEngine.class);

    private final Object lock = new Object();
    private final TaskRegistry tasks = new TaskRegistry();
    private final Map<String, TaskKind> kinds;
    private final Clock clock;
    private final PollSettings settings;
    private final PollPlanner planner;
    private final PollGate gate;
    private final PollRound round;
    private final PollCycle cycle;
    private final StoreWriter writer;
    private KieApi api;
    private final CreditsRefresh credits;
    private volatile boolean closed;

    /**
     * @param api    the kie.ai client; null when no API key is set (polling waits for one)
     * @param random uniform values in [0, 1) for backoff jitter
     */
    public PollEngine(TaskStore store, KieApi api, Collection<TaskKind> kinds, PollSettings settings,
                      Clock clock, DoubleSupplier random) {
        this.kinds = kinds.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(TaskKind::id, k -> k));
        this.clock = clock;
        this.settings = settings;
        Backoff backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), settings.jitter(), random);
        this.planner = new PollPlanner(settings.interval(), backoff);
        this.gate = new PollGate(backoff, settings.creditsProbe());
        this.cycle = new PollCycle(settings.maxInFlight());
        this.writer = new StoreWriter(store);
        this.credits = new CreditsRefresh(settings.creditsRefresh());
        this.round = new PollRound(tasks, this.kinds, planner, gate,
                new TokenBucket(settings.requestsPerSecond(), settings.requestBurst(), clock.instant()), credits);
        this.api = api;
        if (api == null) {
            gate.pause(Pause.NO_API_KEY, clock.instant());
        }
    }

    /** Takes over tasks loaded from the store (no write back); active ones are due when they were due. */
    public void load(List<TrackedTask> loaded) {
        Instant now = clock.instant();
        synchronized (lock) {
            for (TrackedTask task : loaded) {
                tasks.put(task);
                scheduleIfActive(task, now);
            }
        }
    }

    private void scheduleIfActive(TrackedTask task, Instant now) {
        if (!task.status().isFinal() && kinds.containsKey(task.kind())) {
            Instant due = task.nextPollAt() == null || task.nextPollAt().isBefore(now) ? now : task.nextPollAt();
            planner.schedule(task.taskId(), due);
        }
    }

    public TaskKind kind(String kindId) {
        TaskKind kind = kinds.get(kindId);
        if (kind == null) {
            throw new IllegalArgumentException("Unknown task kind: " + kindId);
        }
        return kind;
    }

    /** Tracks the IDs not tracked yet (due at once) and returns them; the write completes with the store. */
    public Added add(List<String> taskIds, String kindId) {
        kind(kindId);
        return addAnyKind(taskIds, kindId);
    }

    /**
     * {@link #add} for a kind this version may not know yet (a task just created on kie.ai must never be
     * lost): it is stored, and polled once its kind is known, like a stored task of an unknown kind.
     */
    public Added addAnyKind(List<String> taskIds, String kindId) {
        return addAnyKind(taskIds, kindId, null);
    }

    /** {@link #addAnyKind(List, String)} for tasks made from another one; they remember {@code origin} (null: none). */
    public Added addAnyKind(List<String> taskIds, String kindId, io.alephmonitor.model.TaskOrigin origin) {
        Instant now = clock.instant();
        synchronized (lock) {
            List<TrackedTask> added = new ArrayList<>();
            List<String> already = new ArrayList<>();
            for (String id : taskIds) {
                if (tasks.contains(id)) {
                    already.add(id);
                } else {
                    TrackedTask task = TrackedTask.added(id, kindId, now).withOrigin(origin);
                    tasks.append(task);
                    if (kinds.containsKey(kindId)) {
                        planner.schedule(id, now);
                    }
                    added.add(task);
                }
            }
            return new Added(added, already, writer.upsert(added));
        }
    }

    /** The outcome of {@link #add}. */
    public record Added(List<TrackedTask> added, List<String> alreadyTracked, CompletableFuture<Void> written) {
    }

    /**
     * Tracks imported tasks whose IDs are not tracked yet, as they are (a finished one is not
     * polled again, an unfinished one is due at its {@code nextPollAt}); returns what was added.
     */
    public Added importTasks(Collection<TrackedTask> imported) {
        Instant now = clock.instant();
        synchronized (lock) {
            List<TrackedTask> added = new ArrayList<>();
            List<String> already = new ArrayList<>();
            for (TrackedTask task : imported) {
                kind(task.kind());
                if (tasks.contains(task.taskId())) {
                    already.add(task.taskId());
                } else {
                    tasks.append(task);
                    scheduleIfActive(task, now);
                    added.add(task);
                }
            }
            return new Added(added, already, writer.upsert(added));
        }
    }

    /** Stops tracking; returns the store write. */
    public CompletableFuture<Void> remove(Collection<String> taskIds) {
        synchronized (lock) {
            List<String> removed = new ArrayList<>();
            for (String id : taskIds) {
                if (tasks.remove(id)) {
                    planner.forget(id);
                    removed.add(id);
                }
            }
            return writer.delete(removed);
        }
    }

    /** Puts tasks back as they were; returns the store write. */
    public CompletableFuture<Void> restore(Collection<TrackedTask> restored) {
        Instant now = clock.instant();
        synchronized (lock) {
            for (TrackedTask task : restored) {
                tasks.put(task);
                planner.forget(task.taskId());
                scheduleIfActive(task, now);
            }
            return writer.upsert(restored);
        }
    }

    /** Changes one task's record (e.g. where it was saved); returns the store write, or null when it is not tracked. */
    public CompletableFuture<Void> update(String taskId, UnaryOperator<TrackedTask> change) {
        synchronized (lock) {
            return tasks.get(taskId) == null ? null : updateAll(List.of(taskId), change).written();
        }
    }

    /**
     * Changes these tasks' records in one store write (e.g. the user's marks; schedules are untouched);
     * tasks not tracked are skipped, and only those the change did change are written and named.
     */
    public Updated updateAll(Collection<String> taskIds, UnaryOperator<TrackedTask> change) {
        synchronized (lock) {
            List<TrackedTask> changed = new ArrayList<>();
            for (String id : taskIds) {
                TrackedTask before = tasks.get(id);
                TrackedTask after = before == null ? null : change.apply(before);
                if (after != null && !after.equals(before)) {
                    tasks.put(after);
                    changed.add(after);
                }
            }
            return new Updated(changed.stream().map(TrackedTask::taskId).toList(), writer.upsert(changed));
        }
    }

    /** What {@link #updateAll} changed and its store write. */
    public record Updated(List<String> changed, CompletableFuture<Void> written) {
    }

    /**
     * Polls these tasks at the next cycle, finished ones included ("Check again"). A Not found or
     * Invalid ID task goes back to Pending, so kie.ai's next answer is read afresh (a record that
     * appeared late is found; a "not found" gets the late-record window again). Returns the store
     * write of the tasks that changed so (their IDs in {@link CheckedAgain#reset()}).
     */
    public CheckedAgain checkNow(Collection<String> taskIds) {
        Instant now = clock.instant();
        synchronized (lock) {
            List<TrackedTask> reset = new ArrayList<>();
            for (String id : taskIds) {
                TrackedTask task = tasks.get(id);
                if (task == null) {
                    continue;
                }
                if (task.status() instanceof TaskStatus.NotFound || task.status() instanceof TaskStatus.InvalidId) {
                    TrackedTask pending = task.withStatus(new TaskStatus.Pending()).withLastError(null).withSchedule(task.lastPolledAt(), now);
                    tasks.put(pending);
                    round.forgetNotFound(id);
                    reset.add(pending);
                }
                planner.checkNow(id, now);
            }
            gate.probeNow(now);
            return new CheckedAgain(reset.stream().map(TrackedTask::taskId).toList(), writer.upsert(reset));
        }
    }

    /** The tasks {@link #checkNow} put back to Pending, and the store write of them. */
    public record CheckedAgain(List<String> reset, CompletableFuture<Void> written) {
    }

    /** Polls every active task at the next cycle. */
    public void checkAllNow() {
        Instant now = clock.instant();
        synchronized (lock) {
            tasks.all().stream().filter(t -> !t.status().isFinal())
                    .forEach(t -> planner.checkNow(t.taskId(), now));
            gate.probeNow(now);
        }
    }

    /** New credentials or API base (null: no key): every pause is lifted and polling resumes. */
    public void updateApi(KieApi newApi) {
        synchronized (lock) {
            api = newApi;
            gate.lift();
            credits.forget();
            if (newApi == null) {
                gate.pause(Pause.NO_API_KEY, clock.instant());
            }
        }
    }

    /** Lifts any pause at once (the user says the problem is fixed). */
    public void resume() {
        updateApi(currentApi());
    }

    private KieApi currentApi() {
        synchronized (lock) {
            return api;
        }
    }

    /** Applies a new per-task interval; a shorter one takes effect at once. */
    public void setInterval(Duration interval) {
        synchronized (lock) {
            planner.setInterval(interval, clock.instant());
        }
    }

    /** All tracked tasks in the order they were added (a restored task back in its old place). */
    public List<TrackedTask> tasks() {
        synchronized (lock) {
            return tasks.inOrder();
        }
    }

    /** The current values of the tasks among these IDs that are still tracked. */
    public List<TrackedTask> current(Collection<String> taskIds) {
        synchronized (lock) {
            return tasks.current(taskIds);
        }
    }

    public TrackedTask task(String taskId) {
        synchronized (lock) {
            return tasks.get(taskId);
        }
    }

    public PollingState state() {
        synchronized (lock) {
            return round.state(clock.instant());
        }
    }

    /** One poll cycle: sends what is due (within the rate cap), applies and persists the answers. */
    public CycleResult runCycle() {
        Instant now = clock.instant();
        KieApi cycleApi;
        List<Request> requests;
        synchronized (lock) {
            round.followClock(now);
            cycleApi = api;
            requests = cycleApi == null || closed ? List.of() : round.pick(now);
        }
        if (requests.isEmpty()) {
            return new CycleResult(List.of(), List.of(), state(), 0);
        }
        List<Answer> answers = cycle.run(cycleApi, requests);
        Instant done = clock.instant();
        PollRound.Applied applied;
        CompletableFuture<Void> written;
        PollingState state;
        synchronized (lock) {
            applied = round.apply(answers, done);
            written = writer.upsert(applied.changed());
            state = round.state(done);
        }
        try {
            written.join();
        } catch (RuntimeException e) {
            LOG.warn("Poll results could not be saved; they are kept in memory and saved with the next change");
        }
        return new CycleResult(List.copyOf(applied.changed()), List.copyOf(applied.newlySucceeded()), state, applied.sent());
    }

    /** Stops polling and finishes pending store writes. */
    @Override
    public void close() {
        closed = true;
        writer.close();
    }
}
