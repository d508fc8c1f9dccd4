package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.CreateRequest;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.model.TaskSnapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** A kie.ai that answers create calls from a script (then "task-N" for each), and records what it received. */
final class ScriptedCreates implements KieApi {

    final List<CreateRequest> received = new ArrayList<>();
    private final Deque<ApiResult<String>> answers = new ArrayDeque<>();
    private Consumer<CreateRequest> onArrival = request -> { };

    ScriptedCreates answering(ApiResult<String> answer) {
        answers.add(answer);
        return this;
    }

    ScriptedCreates onArrival(Consumer<CreateRequest> check) {
        onArrival = check;
        return this;
    }

    @Override
    public synchronized ApiResult<String> create(CreateRequest request) {
        onArrival.accept(request);
        received.add(request);
        ApiResult<String> next = answers.poll();
        return next != null ? next : new ApiResult.Ok<>("task-" + received.size());
    }

    @Override
    public ApiResult<TaskSnapshot> poll(TaskKind kind, String taskId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiResult<Double> credits() {
        return new ApiResult.Ok<>(100.0);
    }

    @Override
    public ApiResult<String> freshDownloadUrl(String resultUrl) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiResult<String> generateAleph(AlephRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiResult<String> createMarketTask(MarketRequest request) {
        throw new UnsupportedOperationException();
    }
}
