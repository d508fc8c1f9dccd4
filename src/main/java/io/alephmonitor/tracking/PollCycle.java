package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.kie.TaskSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one cycle's requests with at most {@code maxInFlight} in flight, and stops sending as
 * soon as one answer says the whole account is blocked (401, 402, 429, 455): the rest would only
 * get the same answer.
 */
final class PollCycle implements AutoCloseable {

    /** One request of a cycle. */
    sealed interface Request {
        record Poll(String taskId, TaskKind kind) implements Request {
        }

        record Credits() implements Request {
        }
    }

    /** What became of one request. */
    sealed interface Answer {
        record Polled(String taskId, ApiResult<TaskSnapshot> result) implements Answer {
        }

        record NotSent(String taskId) implements Answer {
        }

        record CreditsChecked(ApiResult<Double> result) implements Answer {
        }
    }

    private final ExecutorService workers;

    PollCycle(int maxInFlight) {
        workers = Executors.newFixedThreadPool(maxInFlight,
                Thread.ofPlatform().daemon().name("kie-poll-", 1).factory());
    }

    /** Runs the requests (blocking until every one is answered or skipped), answers in request order. */
    List<Answer> run(KieApi api, List<Request> requests) {
        AtomicBoolean accountBlocked = new AtomicBoolean();
        List<Future<Answer>> pending = new ArrayList<>(requests.size());
        for (Request request : requests) {
            pending.add(workers.submit(() -> send(api, request, accountBlocked)));
        }
        List<Answer> answers = new ArrayList<>(requests.size());
        for (int i = 0; i < pending.size(); i++) {
            answers.add(await(pending.get(i), requests.get(i)));
        }
        return answers;
    }

    private static Answer send(KieApi api, Request request, AtomicBoolean accountBlocked) {
        return switch (request) {
            case Request.Poll poll -> {
                if (accountBlocked.get()) {
                    yield new Answer.NotSent(poll.taskId());
                }
                ApiResult<TaskSnapshot> result = guarded(() -> api.poll(poll.kind(), poll.taskId()));
                if (blocksAccount(result)) {
                    accountBlocked.set(true);
                }
                yield new Answer.Polled(poll.taskId(), result);
            }
            case Request.Credits ignored -> {
                ApiResult<Double> result = accountBlocked.get() ? null : guarded(api::credits);
                if (result != null && blocksAccount(result)) {
                    accountBlocked.set(true);
                }
                yield new Answer.CreditsChecked(result);
            }
        };
    }

    /** True for the answers that are about the account, not about one task. */
    static boolean blocksAccount(ApiResult<?> result) {
        return result instanceof ApiResult.Err<?>(ApiError error) && switch (error.kind()) {
            case UNAUTHORIZED, NO_CREDITS, RATE_LIMITED, MAINTENANCE -> true;
            default -> false;
        };
    }

    /** The client promises not to throw; if it does anyway, the task is retried like after a network problem. */
    private static <T> ApiResult<T> guarded(java.util.function.Supplier<ApiResult<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return ApiResult.err(new ApiError(ApiError.Kind.CONNECTION, 0,
                    "Checking with kie.ai failed unexpectedly — it will be tried again shortly.", null));
        }
    }

    private static Answer await(Future<Answer> future, Request request) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notSent(request);
        } catch (ExecutionException e) {
            return notSent(request);
        }
    }

    private static Answer notSent(Request request) {
        return request instanceof Request.Poll poll
                ? new Answer.NotSent(poll.taskId())
                : new Answer.CreditsChecked(null);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
