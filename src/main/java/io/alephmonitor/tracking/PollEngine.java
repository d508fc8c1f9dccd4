package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.kie.TaskSnapshot;
import io.alephmonitor.kie.TaskStatus;
import io.alephmonitor.store.TaskStore;
import io.alephmonitor.store.TrackedTask;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/**
 * The poller without JavaFX: the tracked tasks, their schedule and the account-wide pause, and
 * {@link #runCycle()} which polls what is due. Thread-safe; the lock is only held for in-memory
 * work, never across HTTP or SQLite.
 */
public final class PollEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PollEngine.class);

    private final Object lock = new Object();
    private final Map<String, TrackedTask> tasks = new LinkedHashMap<>();
    /** Each task's place in the list; kept after removal so that undo puts a task back where it was. */
    private final Map<String, Long> places = new java.util.HashMap<>();
    private long nextPlace;
    private final Map<String, TaskKind> kinds;
    private final Clock clock;
    private final PollSettings settings;
    private final PollPlanner planner;
    private final PollGate gate;
    private final TokenBucket bucket;
    private final PollCycle cycle;
    private final StoreWriter writer;
    private KieApi api;
    private Double credits;
    private Instant creditsCheckedAt;
    private String lastProblem;

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
        this.bucket = new TokenBucket(settings.requestsPerSecond(), clock.instant());
        this.cycle = new PollCycle(settings.maxInFlight());
        this.writer = new StoreWriter(store);
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
                tasks.put(task.taskId(), task);
                places.put(task.taskId(), nextPlace++);
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
        Instant now = clock.instant();
        synchronized (lock) {
            List<TrackedTask> added = new ArrayList<>();
            List<String> already = new ArrayList<>();
            for (String id : taskIds) {
                if (tasks.containsKey(id)) {
                    already.add(id);
                } else {
                    TrackedTask task = TrackedTask.added(id, kindId, now);
                    tasks.put(id, task);
                    places.put(id, nextPlace++);
                    planner.schedule(id, now);
                    added.add(task);
                }
            }
            return new Added(added, already, writer.upsert(added));
        }
    }

    /** The outcome of {@link #add}. */
    public record Added(List<TrackedTask> added, List<String> alreadyTracked, CompletableFuture<Void> written) {
    }

    /** Stops tracking; returns the store write. */
    public CompletableFuture<Void> remove(Collection<String> taskIds) {
        synchronized (lock) {
            List<String> removed = new ArrayList<>();
            for (String id : taskIds) {
                if (tasks.remove(id) != null) {
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
                tasks.put(task.taskId(), task);
                places.computeIfAbsent(task.taskId(), id -> nextPlace++);
                planner.forget(task.taskId());
                scheduleIfActive(task, now);
            }
            return writer.upsert(restored);
        }
    }

    /** Changes one task's record (e.g. where it was saved); returns the store write, or null when it is not tracked. */
    public CompletableFuture<Void> update(String taskId, UnaryOperator<TrackedTask> change) {
        synchronized (lock) {
            TrackedTask before = tasks.get(taskId);
            if (before == null) {
                return null;
            }
            TrackedTask after = change.apply(before);
            tasks.put(taskId, after);
            return writer.upsert(List.of(after));
        }
    }

    /** Polls these tasks at the next cycle, finished ones included ("Check again"). */
    public void checkNow(Collection<String> taskIds) {
        Instant now = clock.instant();
        synchronized (lock) {
            taskIds.stream().filter(tasks::containsKey).forEach(id -> planner.checkNow(id, now));
            gate.probeNow(now);
        }
    }

    /** Polls every active task at the next cycle. */
    public void checkAllNow() {
        Instant now = clock.instant();
        synchronized (lock) {
            tasks.values().stream().filter(t -> !t.status().isFinal())
                    .forEach(t -> planner.checkNow(t.taskId(), now));
            gate.probeNow(now);
        }
    }

    /** New credentials or API base (null: no key): every pause is lifted and polling resumes. */
    public void updateApi(KieApi newApi) {
        synchronized (lock) {
            api = newApi;
            gate.lift();
            creditsCheckedAt = null;
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
            return tasks.values().stream().sorted(Comparator.comparing(t -> places.get(t.taskId()))).toList();
        }
    }

    /** The current values of the tasks among these IDs that are still tracked. */
    public List<TrackedTask> current(Collection<String> taskIds) {
        synchronized (lock) {
            return taskIds.stream().map(tasks::get).filter(java.util.Objects::nonNull).toList();
        }
    }

    public TrackedTask task(String taskId) {
        synchronized (lock) {
            return tasks.get(taskId);
        }
    }

    public PollingState state() {
        synchronized (lock) {
            return stateNow(clock.instant());
        }
    }

    /** One poll cycle: sends what is due (within the rate cap), applies and persists the answers. */
    public CycleResult runCycle() {
        Instant now = clock.instant();
        KieApi cycleApi;
        List<Request> requests;
        synchronized (lock) {
            cycleApi = api;
            requests = cycleApi == null ? List.of() : pick(now);
        }
        if (requests.isEmpty()) {
            return new CycleResult(List.of(), List.of(), state(), 0);
        }
        List<Answer> answers = cycle.run(cycleApi, requests);
        Instant done = clock.instant();
        List<TrackedTask> changed = new ArrayList<>();
        List<String> newlySucceeded = new ArrayList<>();
        CompletableFuture<Void> written;
        PollingState state;
        int sent = 0;
        synchronized (lock) {
            CycleProblems problems = new CycleProblems();
            for (Answer answer : answers) {
                sent += apply(answer, done, changed, newlySucceeded, problems);
            }
            if (problems.answered || problems.message != null) {
                lastProblem = problems.message;
            }
            written = writer.upsert(changed);
            state = stateNow(done);
        }
        try {
            written.join();
        } catch (RuntimeException e) {
            LOG.warn("Poll results could not be saved; they are kept in memory and saved with the next change");
        }
        return new CycleResult(List.copyOf(changed), List.copyOf(newlySucceeded), state, sent);
    }

    private List<Request> pick(Instant now) {
        int budget = bucket.available(now);
        List<Request> requests = new ArrayList<>();
        if (gate.isProbeDue(now) && budget > 0) {
            List<String> probe = planner.takeEarliest(1);
            probe.forEach(id -> requests.add(pollRequest(id)));
            if (probe.isEmpty()) {
                requests.add(new Request.Credits());
            }
        } else if (gate.isOpen(now)) {
            if (budget > 0 && (creditsCheckedAt == null
                    || !now.isBefore(creditsCheckedAt.plus(settings.creditsRefresh())))) {
                creditsCheckedAt = now;
                requests.add(new Request.Credits());
            }
            planner.takeDue(now, budget - requests.size()).forEach(id -> requests.add(pollRequest(id)));
        }
        bucket.spend(requests.size());
        return requests;
    }

    private Request pollRequest(String taskId) {
        return new Request.Poll(taskId, kinds.get(tasks.get(taskId).kind()));
    }

    /** Problems seen in one cycle, for the status bar. */
    private static final class CycleProblems {
        boolean answered;
        String message;
    }

    private int apply(Answer answer, Instant now, List<TrackedTask> changed, List<String> newlySucceeded,
                      CycleProblems problems) {
        switch (answer) {
            case Answer.NotSent(String taskId) -> {
                planner.release(taskId);
                return 0;
            }
            case Answer.CreditsChecked(ApiResult<Double> result) -> {
                if (result instanceof ApiResult.Ok<Double>(Double balance)) {
                    credits = balance;
                    gate.answered();
                } else if (result instanceof ApiResult.Err<Double>(ApiError error)) {
                    applyAccountError(error, now, problems);
                }
                return result == null ? 0 : 1;
            }
            case Answer.Polled(String taskId, ApiResult<TaskSnapshot> result) -> {
                TrackedTask before = tasks.get(taskId);
                if (before == null) {
                    planner.release(taskId);
                    return 1;
                }
                TrackedTask after = switch (result) {
                    case ApiResult.Ok<TaskSnapshot>(TaskSnapshot snapshot) -> finished(before.withPoll(snapshot), now, problems);
                    case ApiResult.Err<TaskSnapshot>(ApiError error) -> afterError(before, error, now, problems);
                };
                if (!after.equals(before)) {
                    tasks.put(taskId, after);
                    changed.add(after);
                    if (after.status() instanceof TaskStatus.Succeeded && !(before.status() instanceof TaskStatus.Succeeded)) {
                        newlySucceeded.add(taskId);
                    }
                }
                return 1;
            }
        }
    }

    private TrackedTask finished(TrackedTask polled, Instant now, CycleProblems problems) {
        gate.answered();
        problems.answered = true;
        return polled.withSchedule(now, planner.answered(polled.taskId(), now, polled.status().isFinal()));
    }

    private TrackedTask afterError(TrackedTask before, ApiError error, Instant now, CycleProblems problems) {
        return switch (error.kind()) {
            case NOT_FOUND -> finished(before.withStatus(new TaskStatus.NotFound()).withLastError(null), now, problems);
            case INVALID_REQUEST -> finished(before.withStatus(new TaskStatus.InvalidId()).withLastError(null), now, problems);
            case UNAUTHORIZED, NO_CREDITS, MAINTENANCE, RATE_LIMITED -> {
                // About the account, not this task: the task keeps its record and stays due.
                planner.release(before.taskId());
                applyAccountError(error, now, problems);
                yield before;
            }
            default -> {
                problems.message = error.userMessage();
                yield before.withLastError(error.userMessage())
                        .withSchedule(now, planner.failed(before.taskId(), now));
            }
        };
    }

    private void applyAccountError(ApiError error, Instant now, CycleProblems problems) {
        switch (error.kind()) {
            case UNAUTHORIZED -> gate.pause(Pause.API_KEY_REJECTED, now);
            case NO_CREDITS -> gate.pause(Pause.OUT_OF_CREDITS, now);
            case MAINTENANCE -> gate.pause(Pause.MAINTENANCE, now);
            case RATE_LIMITED -> {
                Instant until = gate.rateLimited(error.retryAfter(), now);
                long seconds = Math.max(1, Duration.between(now, until).toSeconds());
                problems.message = "kie.ai asked us to slow down — checking resumes in " + seconds
                        + (seconds == 1 ? " second." : " seconds.");
            }
            default -> problems.message = error.userMessage();
        }
    }

    private PollingState stateNow(Instant now) {
        int active = (int) tasks.values().stream().filter(t -> !t.status().isFinal()).count();
        Pause pause = gate.pause();
        Instant next;
        if (pause != null) {
            next = gate.reopensAt(now);
        } else {
            Instant due = planner.nextDue().orElse(null);
            Instant reopens = gate.reopensAt(now);
            next = due == null ? null : reopens != null && reopens.isAfter(due) ? reopens : due;
        }
        return new PollingState(active, next, pause, lastProblem, credits);
    }

    /** Stops polling and finishes pending store writes. */
    @Override
    public void close() {
        cycle.close();
        writer.close();
    }
}
