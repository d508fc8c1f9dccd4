package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.CreateRequest;
import io.alephmonitor.kie.CreationLimit;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.model.TaskOrigin;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Creates kie.ai tasks off the calling thread, within kie.ai's creation limit (about 20 per 10 s,
 * counted here so the 21st is refused before it is sent), and hands each new task ID to the
 * tracker at once. Every failure is an {@link Outcome.Refused} with a sentence for the user.
 */
public final class TaskCreator implements AutoCloseable {

    /** The kind id stored for tasks made with {@link #createAleph}. */
    public static final String ALEPH = "aleph";
    /** The kind id stored for tasks made with {@link #createMarket}. */
    public static final String MARKET = "market";

    private final Supplier<KieApi> api;
    private final Track track;
    private final CreationLimit limit;
    private final ExecutorService background =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("task-create-", 0).factory());

    /**
     * @param api   the current client; null (or a null result) when no API key is set
     * @param track called with (taskId, kind) for every task created, before the outcome completes
     * @param clock the time the creation limit counts by
     */
    public TaskCreator(Supplier<KieApi> api, BiConsumer<String, String> track, Clock clock) {
        this(api, track, new CreationLimit(clock));
    }

    /** As above, counting creations in {@code limit}, the account's one limit shared with the batch queue. */
    public TaskCreator(Supplier<KieApi> api, BiConsumer<String, String> track, CreationLimit limit) {
        this(api, adapt(Objects.requireNonNull(track, "track")), limit);
    }

    /**
     * @param track called with (taskId, kind, origin) for every task created, before the outcome completes; the
     *              origin is null for a task made on its own
     */
    public static TaskCreator withOrigins(Supplier<KieApi> api, Track track, Clock clock) {
        return new TaskCreator(api, track, new CreationLimit(clock));
    }

    /** {@link #withOrigins(Supplier, Track, Clock)}, counting creations in the account's one {@code limit}. */
    public static TaskCreator withOrigins(Supplier<KieApi> api, Track track, CreationLimit limit) {
        return new TaskCreator(api, track, limit);
    }

    private TaskCreator(Supplier<KieApi> api, Track track, CreationLimit limit) {
        this.api = Objects.requireNonNull(api, "api");
        this.track = Objects.requireNonNull(track, "track");
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /** Where a created task goes to be tracked: {@code TrackingService::addCreated}. */
    @FunctionalInterface
    public interface Track {
        void accept(String taskId, String kind, TaskOrigin origin);
    }

    private static Track adapt(BiConsumer<String, String> track) {
        return (taskId, kind, origin) -> track.accept(taskId, kind);
    }

    /** What a creation came to. */
    public sealed interface Outcome {
        /** kie.ai accepted it; the task is tracked. */
        record Created(String taskId, String kind) implements Outcome {
        }

        /** Nothing was created (or it is unknown whether it was); {@code message} says what to do. */
        record Refused(String message) implements Outcome {
        }
    }

    /** Sends an Aleph generate request; the task is tracked as kind {@value #ALEPH}. */
    public CompletableFuture<Outcome> createAleph(KieApi.AlephRequest request) {
        return create(ALEPH, client -> client.generateAleph(request));
    }

    /** Sends a Market createTask request; the task is tracked as kind {@value #MARKET}. */
    public CompletableFuture<Outcome> createMarket(KieApi.MarketRequest request) {
        return create(MARKET, client -> client.createMarketTask(request));
    }

    /** Sends any documented create request ({@code CreateBodies}); the task is tracked as the request's kind. */
    public CompletableFuture<Outcome> create(CreateRequest request) {
        return create(request, null);
    }

    /**
     * Sends a create request that makes a task from a tracked one (an extension, a Suno cover…); the new task is
     * tracked as the request's kind and remembers {@code origin}.
     */
    public CompletableFuture<Outcome> create(CreateRequest request, TaskOrigin origin) {
        return create(request.kindId(), client -> client.create(request), origin);
    }

    private CompletableFuture<Outcome> create(String kind, Function<KieApi, ApiResult<String>> call) {
        return create(kind, call, null);
    }

    private CompletableFuture<Outcome> create(String kind, Function<KieApi, ApiResult<String>> call, TaskOrigin origin) {
        KieApi client = api.get();
        if (client == null) {
            return CompletableFuture.completedFuture(new Outcome.Refused(
                    "No API key is set — open Settings to enter your kie.ai API key, then create the task."));
        }
        Duration wait = limit.take();
        if (wait != null) {
            return CompletableFuture.completedFuture(new Outcome.Refused(CreationLimit.waitMessage(wait)));
        }
        return CompletableFuture.supplyAsync(() -> switch (call.apply(client)) {
            case ApiResult.Ok<String>(String taskId) -> {
                track.accept(taskId, kind, origin);
                yield new Outcome.Created(taskId, kind);
            }
            case ApiResult.Err<String>(ApiError error) -> new Outcome.Refused(refusal(error));
        }, background);
    }

    private String refusal(ApiError error) {
        return switch (error.kind()) {
            case RATE_LIMITED -> {
                Duration wait = error.retryAfter() != null ? error.retryAfter() : CreationLimit.WINDOW;
                limit.holdOff(wait);
                yield CreationLimit.waitMessage(wait);
            }
            // The request may have reached kie.ai: creating it again could make (and charge for) a second task.
            case TIMEOUT, CONNECTION, TOO_LARGE, MALFORMED -> "kie.ai's answer did not arrive, so the task may or may "
                    + "not have been created — check your task list on kie.ai before pressing Create again.";
            case SERVER_ERROR, MAINTENANCE -> "kie.ai could not take the task right now (error " + error.code()
                    + ") — nothing was created; try again in a minute.";
            default -> error.userMessage();
        };
    }

    /** Stops accepting work; creations already sent finish in the background. */
    @Override
    public void close() {
        background.shutdown();
    }
}
