package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.CreationLimit;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchRow;
import io.alephmonitor.model.BatchRowState;
import io.alephmonitor.store.BatchQueueStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The stored batch queue: rows go out one at a time under kie.ai's creation limit. A row's change to SENDING is
 * committed before its request leaves and CREATED (with the task ID) right after the answer; at {@link #open},
 * a row still SENDING was in flight when the app died and becomes UNCERTAIN — never resent unless the user
 * asks ({@link #resend}) or says where it went ({@link #foundTask}). One thread calls {@link #sendNext};
 * the rest may be called from anywhere and never wait for a request.
 */
public final class BatchQueue {

    /** What {@link #sendNext} did. */
    public sealed interface Step {
        /** One row went out and has its answer. */
        record Sent(BatchRow row) implements Step {
        }

        /** A row is waiting for the creation limit; ask again after {@code delay}. */
        record Wait(Duration delay) implements Step {
        }

        /** Nothing to send (every batch done or paused, or no API key). */
        record Idle() implements Step {
        }
    }

    static final String IN_FLIGHT = "The app stopped while this request was on its way to kie.ai.";
    /**
     * A request in flight when the app died may still be counted by kie.ai after the restart (it is taken in
     * when it has arrived whole, the answer follows later): it counts against the limit as made this much later.
     */
    static final Duration IN_FLIGHT_MARGIN = Duration.ofSeconds(3);
    static final String NO_ANSWER = "kie.ai's answer did not arrive.";

    private final BatchQueueStore store;
    private final Supplier<KieApi> api;
    private final CreationLimit limit;
    private final Clock clock;
    private final BiConsumer<String, String> track;
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private final Map<String, String> notices = new LinkedHashMap<>();
    private final List<Consumer<List<Batch>>> listeners = new ArrayList<>();
    private Runnable wake = () -> { };

    /**
     * @param limit the account's creation limit, shared with {@link TaskCreator}
     * @param track called with (taskId, kind) for every row created, as for any created task
     */
    public BatchQueue(BatchQueueStore store, Supplier<KieApi> api, CreationLimit limit, Clock clock,
                      BiConsumer<String, String> track) {
        this.store = Objects.requireNonNull(store, "store");
        this.api = Objects.requireNonNull(api, "api");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.track = Objects.requireNonNull(track, "track");
    }

    /**
     * Loads the stored batches: rows left SENDING become UNCERTAIN (stored), creations of the last ten seconds
     * count against the limit again, and the created rows of unfinished batches are tracked (again).
     */
    public synchronized List<Batch> open() {
        batches.clear();
        Instant now = clock.instant();
        for (Batch batch : store.loadAll()) {
            List<BatchRow> rows = new ArrayList<>();
            for (BatchRow row : batch.rows()) {
                if (row.state() instanceof BatchRowState.Sending(Instant sentAt)) {
                    row = row.withState(new BatchRowState.Uncertain(sentAt, IN_FLIGHT, now));
                    store.save(row);
                }
                if (row.state() instanceof BatchRowState.Uncertain(var sentAt, var why, Instant settledAt)
                        && settledAt.plus(IN_FLIGHT_MARGIN).plus(CreationLimit.WINDOW).isAfter(now)) {
                    limit.count(settledAt.plus(IN_FLIGHT_MARGIN)); // if it arrived, kie.ai may have counted it this late
                } else if (row.state() instanceof BatchRowState.Created(var id, Instant answeredAt)
                        && answeredAt != null && answeredAt.plus(CreationLimit.WINDOW).isAfter(now)) {
                    limit.count(answeredAt);
                }
                rows.add(row);
            }
            Batch loaded = batch.withRows(rows);
            batches.put(batch.id(), loaded);
            if (loaded.progress().left() > 0) {
                for (BatchRow row : rows) {
                    if (row.state() instanceof BatchRowState.Created(String taskId, var at)) {
                        track.accept(taskId, row.kindId());
                    }
                }
            }
        }
        publish();
        return batches();
    }

    /** Stores a new batch of these rows (each QUEUED) and lets it go out. */
    public Batch add(String title, List<BatchPlan.Row> planned) {
        String id = UUID.randomUUID().toString();
        List<BatchRow> rows = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            BatchPlan.Row row = planned.get(i);
            rows.add(new BatchRow(id, i, row.origin(), row.prompt(), row.request().kindId(), row.request().path(),
                    row.request().body().toString(), new BatchRowState.Queued()));
        }
        Batch batch = new Batch(id, title, clock.instant(), false, rows);
        synchronized (this) {
            store.add(batch);
            batches.put(id, batch);
        }
        changed();
        return batch;
    }

    public synchronized List<Batch> batches() {
        return List.copyOf(batches.values());
    }

    /** Why a batch stopped by itself (no credits, no key…), or null. */
    public synchronized String notice(String batchId) {
        return notices.get(batchId);
    }

    public void addListener(Consumer<List<Batch>> listener) {
        synchronized (this) {
            listeners.add(listener);
        }
    }

    /** Called after every change that may give the sender work (the sender's wake-up). */
    void onWork(Runnable wakeUp) {
        synchronized (this) {
            this.wake = wakeUp;
        }
    }

    public void pause(String batchId) {
        setPaused(batchId, true, null);
    }

    public void resume(String batchId) {
        setPaused(batchId, false, null);
    }

    /** Rows not sent yet are cancelled (stored); a request already on its way keeps its answer. */
    public void cancel(String batchId) {
        synchronized (this) {
            Batch batch = batches.get(batchId);
            if (batch == null) {
                return;
            }
            for (BatchRow row : batch.rows()) {
                if (row.state() instanceof BatchRowState.Queued) {
                    replace(row.withState(new BatchRowState.Cancelled()));
                }
            }
        }
        changed();
    }

    /** The user chose to send an uncertain, failed or cancelled row again, knowing it may make a second task. */
    public void resend(String batchId, int index) {
        change(batchId, index, row -> row.state() instanceof BatchRowState.Created || row.state().isLeft()
                ? null : row.withState(new BatchRowState.Queued()));
    }

    /** The user found an uncertain row's task on kie.ai: the row is created with that ID, and the task tracked. */
    public void foundTask(String batchId, int index, String taskId) {
        String id = taskId.strip();
        if (id.isEmpty()) {
            return;
        }
        BatchRow row = change(batchId, index, r -> r.state() instanceof BatchRowState.Uncertain
                ? r.withState(new BatchRowState.Created(id)) : null);
        if (row != null) {
            track.accept(id, row.kindId());
        }
    }

    /** Sends the next queued row of an unpaused batch, if the limit allows; blocks for that one request. */
    public Step sendNext() {
        BatchRow sending;
        KieApi client = api.get();
        synchronized (this) {
            BatchRow next = nextQueued();
            if (next == null) {
                return new Step.Idle();
            }
            if (client == null) {
                notices.put(next.batchId(), "No API key is set — open Settings to enter your kie.ai API key; the batch goes on then.");
                return new Step.Idle();
            }
            Duration wait = limit.untilFree();
            if (wait != null) {
                return new Step.Wait(wait);
            }
            sending = next.withState(new BatchRowState.Sending(clock.instant()));
            replace(sending); // committed before the request leaves
        }
        changed();
        BatchRow answered = answer(sending, BatchRequests.send(client, sending));
        synchronized (this) {
            replace(answered);
        }
        changed();
        if (answered.state() instanceof BatchRowState.Created(String taskId, var at)) {
            track.accept(taskId, answered.kindId());
        }
        return new Step.Sent(answered);
    }

    /** The row's state after kie.ai's answer; rate limits and account problems put it back in the queue. */
    private BatchRow answer(BatchRow row, ApiResult<String> result) {
        Instant sentAt = ((BatchRowState.Sending) row.state()).sentAt();
        return switch (result) {
            case ApiResult.Ok<String>(String taskId) -> {
                Instant answeredAt = clock.instant();
                limit.count(answeredAt); // kie.ai counted it on arrival, before this answer
                yield row.withState(new BatchRowState.Created(taskId, answeredAt));
            }
            case ApiResult.Err<String>(ApiError error) -> switch (error.kind()) {
                case RATE_LIMITED -> {
                    limit.holdOff(error.retryAfter() != null ? error.retryAfter() : CreationLimit.WINDOW);
                    yield row.withState(new BatchRowState.Queued());
                }
                case UNAUTHORIZED, NO_CREDITS, MAINTENANCE, SERVER_ERROR -> {
                    setPaused(row.batchId(), true, error.userMessage() + " The batch is paused; press Resume when it is sorted out.");
                    yield row.withState(new BatchRowState.Queued());
                }
                case TIMEOUT, CONNECTION, TOO_LARGE, MALFORMED -> {
                    Instant settledAt = clock.instant();
                    limit.count(settledAt.plus(IN_FLIGHT_MARGIN));
                    yield row.withState(new BatchRowState.Uncertain(sentAt, NO_ANSWER, settledAt));
                }
                default -> row.withState(new BatchRowState.Failed(error.userMessage()));
            };
        };
    }

    private BatchRow nextQueued() {
        for (Batch batch : batches.values()) {
            if (!batch.paused()) {
                for (BatchRow row : batch.rows()) {
                    if (row.state() instanceof BatchRowState.Queued) {
                        return row;
                    }
                }
            }
        }
        return null;
    }

    private void setPaused(String batchId, boolean paused, String notice) {
        synchronized (this) {
            Batch batch = batches.get(batchId);
            if (batch == null) {
                return;
            }
            store.setPaused(batchId, paused);
            batches.put(batchId, batch.withPaused(paused));
            if (notice == null) {
                notices.remove(batchId);
            } else {
                notices.put(batchId, notice);
            }
        }
        changed();
    }

    private BatchRow change(String batchId, int index, java.util.function.UnaryOperator<BatchRow> how) {
        BatchRow next;
        synchronized (this) {
            Batch batch = batches.get(batchId);
            if (batch == null || index < 0 || index >= batch.rows().size()) {
                return null;
            }
            next = how.apply(batch.rows().get(index));
            if (next == null) {
                return null;
            }
            replace(next);
        }
        changed();
        return next;
    }

    /** Stores the row (committed), then puts it in its batch. Called holding the lock. */
    private void replace(BatchRow row) {
        store.save(row);
        Batch batch = batches.get(row.batchId());
        List<BatchRow> rows = new ArrayList<>(batch.rows());
        rows.set(row.index(), row);
        batches.put(batch.id(), batch.withRows(rows));
    }

    private void changed() {
        publish();
        Runnable wakeUp;
        synchronized (this) {
            wakeUp = wake;
        }
        wakeUp.run();
    }

    private void publish() {
        List<Consumer<List<Batch>>> to;
        List<Batch> now;
        synchronized (this) {
            to = List.copyOf(listeners);
            now = batches();
        }
        to.forEach(listener -> listener.accept(now));
    }
}
