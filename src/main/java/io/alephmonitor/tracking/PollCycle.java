package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.model.TaskSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * Sends one cycle's requests with at most {@code maxInFlight} in flight, and stops sending as
 * soon as one answer says the whole account is blocked (401, 402, 429, 455): the rest would only
 * get the same answer.
 */
final class PollCycle {

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

    private final int maxInFlight;

    PollCycle(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    /**
     * Sends the requests as one stream, a new one as soon as an answer frees a place in the window,
     * and blocks until every one is answered or skipped; answers in request order. No thread waits
     * on a request: answers are read and parsed on the client's threads ({@link KieApi#pollAsync}).
     */
    List<Answer> run(KieApi api, List<Request> requests) {
        int count = requests.size();
        AtomicReferenceArray<Answer> answers = new AtomicReferenceArray<>(count);
        Semaphore window = new Semaphore(maxInFlight);
        CountDownLatch answered = new CountDownLatch(count);
        AtomicBoolean accountBlocked = new AtomicBoolean();
        try {
            for (int i = 0; i < count; i++) {
                window.acquire();
                int index = i;
                send(api, requests.get(i), accountBlocked).whenComplete((result, failure) -> {
                    answers.set(index, result == null ? notSent(requests.get(index)) : result);
                    window.release();
                    answered.countDown();
                });
            }
            answered.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // polling stops: what was not answered yet counts as not sent
        }
        List<Answer> inOrder = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Answer answer = answers.get(i);
            inOrder.add(answer == null ? notSent(requests.get(i)) : answer);
        }
        return inOrder;
    }

    private static CompletableFuture<Answer> send(KieApi api, Request request, AtomicBoolean accountBlocked) {
        return switch (request) {
            case Request.Poll poll -> accountBlocked.get()
                    ? CompletableFuture.completedFuture(new Answer.NotSent(poll.taskId()))
                    : guarded(() -> api.pollAsync(poll.kind(), poll.taskId()))
                            .thenApply(result -> new Answer.Polled(poll.taskId(), watch(result, accountBlocked)));
            case Request.Credits ignored -> accountBlocked.get()
                    ? CompletableFuture.completedFuture(new Answer.CreditsChecked(null))
                    : guarded(() -> CompletableFuture.supplyAsync(api::credits, Thread::startVirtualThread))
                            .thenApply(result -> new Answer.CreditsChecked(watch(result, accountBlocked)));
        };
    }

    /** Notes an answer that blocks the whole account, so the rest of the cycle is not sent. */
    private static <T> ApiResult<T> watch(ApiResult<T> result, AtomicBoolean accountBlocked) {
        if (blocksAccount(result)) {
            accountBlocked.set(true);
        }
        return result;
    }

    /** True for the answers that are about the account, not about one task. */
    static boolean blocksAccount(ApiResult<?> result) {
        return result instanceof ApiResult.Err<?>(ApiError error) && switch (error.kind()) {
            case UNAUTHORIZED, NO_CREDITS, RATE_LIMITED, MAINTENANCE -> true;
            default -> false;
        };
    }

    /** The client promises not to fail; if it does anyway, the task is retried like after a network problem. */
    private static <T> CompletableFuture<ApiResult<T>> guarded(Supplier<CompletableFuture<ApiResult<T>>> call) {
        CompletableFuture<ApiResult<T>> answer;
        try {
            answer = call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(unexpectedFailure());
        }
        return answer.exceptionally(failure -> unexpectedFailure());
    }

    private static <T> ApiResult<T> unexpectedFailure() {
        return ApiResult.err(new ApiError(ApiError.Kind.CONNECTION, 0,
                "Checking with kie.ai failed unexpectedly — it will be tried again shortly.", null));
    }

    private static Answer notSent(Request request) {
        return request instanceof Request.Poll poll
                ? new Answer.NotSent(poll.taskId())
                : new Answer.CreditsChecked(null);
    }
}
