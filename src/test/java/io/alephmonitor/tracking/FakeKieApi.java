package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scriptable kie.ai in memory: every task is Running unless told otherwise; an account-wide
 * error answers every call while set. Counts requests per task and in total.
 */
final class FakeKieApi implements KieApi {

    private final Map<String, ApiResult<TaskSnapshot>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private volatile ApiError accountError;
    private final AtomicInteger creditChecks = new AtomicInteger();
    private volatile ApiResult<Double> creditsAnswer = ApiResult.ok(100.0);
    private volatile Runnable duringCall = () -> { };

    static ApiError error(ApiError.Kind kind, int code) {
        return new ApiError(kind, code, "Problem " + code + " — it will be retried.", null);
    }

    static ApiError rateLimited(Duration retryAfter) {
        return new ApiError(ApiError.Kind.RATE_LIMITED, 429, "Too many requests.", retryAfter);
    }

    void answer(String taskId, TaskStatus status) {
        answers.put(taskId, ApiResult.ok(new TaskSnapshot(taskId, "aleph", status,
                new TaskParams("a prompt", null, null, null, null, null, "{}"),
                Instant.parse("2025-01-01T00:00:00Z"), status.isFinal() ? Instant.parse("2025-01-01T00:05:00Z") : null)));
    }

    void fail(String taskId, ApiError error) {
        answers.put(taskId, ApiResult.err(error));
    }

    void failEverything(ApiError error) {
        accountError = error;
    }

    void duringEachCall(Runnable action) {
        duringCall = action;
    }

    int polls(String taskId) {
        AtomicInteger n = polls.get(taskId);
        return n == null ? 0 : n.get();
    }

    int totalRequests() {
        return total.get();
    }

    @Override
    public ApiResult<TaskSnapshot> poll(TaskKind kind, String taskId) {
        total.incrementAndGet();
        polls.computeIfAbsent(taskId, k -> new AtomicInteger()).incrementAndGet();
        duringCall.run();
        ApiError blocked = accountError;
        if (blocked != null) {
            return ApiResult.err(blocked);
        }
        ApiResult<TaskSnapshot> scripted = answers.get(taskId);
        if (scripted != null) {
            return scripted;
        }
        return ApiResult.ok(new TaskSnapshot(taskId, "aleph", new TaskStatus.Running(), TaskParams.EMPTY, null, null));
    }

    @Override
    public ApiResult<Double> credits() {
        total.incrementAndGet();
        creditChecks.incrementAndGet();
        ApiError blocked = accountError;
        return blocked != null ? ApiResult.err(blocked) : creditsAnswer;
    }

    /** What the credit endpoint answers from now on (100 credits by default). */
    void answerCredits(ApiResult<Double> answer) {
        creditsAnswer = answer;
    }

    int creditChecks() {
        return creditChecks.get();
    }

    @Override
    public ApiResult<String> freshDownloadUrl(String resultUrl) {
        return ApiResult.ok(resultUrl);
    }

    @Override
    public ApiResult<String> generateAleph(AlephRequest request) {
        return ApiResult.ok("generated");
    }

    @Override
    public ApiResult<String> createMarketTask(MarketRequest request) {
        return ApiResult.ok("task_market_1");
    }
}
