package io.alephmonitor.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.alephmonitor.kie.AlephKind;
import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TrackedTask;

import java.time.Duration;
import java.util.List;

/**
 * Finds out which kind a task added as "Detect automatically" is. Its poll asks each kind whose
 * ID format accepts the ID in turn (every kind when none does): a 404 or 422 (unknown or not this
 * kind's ID) moves on to the next kind, a transient or account problem is returned as it is (the
 * engine retries later as for any poll), and the first real record is the answer — its snapshot
 * names the kind, which the task then keeps ({@link TrackedTask#withPoll}). When no kind knows
 * the task, the answer is the last "not found".
 */
final class KindDetector implements KieApi {

    /** The kind a task has while its real kind is being detected. */
    static final TaskKind AUTO = new Auto();

    private final KieApi delegate;
    private final List<TaskKind> kinds;

    KindDetector(KieApi delegate, List<TaskKind> kinds) {
        this.delegate = delegate;
        this.kinds = List.copyOf(kinds);
    }

    @Override
    public ApiResult<TaskSnapshot> poll(TaskKind kind, String taskId) {
        if (kind != AUTO) {
            return delegate.poll(kind, taskId);
        }
        List<TaskKind> candidates = kinds.stream().filter(k -> k.isValidId(taskId)).toList();
        ApiResult<TaskSnapshot> last = null;
        for (TaskKind candidate : candidates.isEmpty() ? kinds : candidates) {
            last = delegate.poll(candidate, taskId);
            if (!(last instanceof ApiResult.Err<TaskSnapshot>(ApiError error)) || !notThisKind(error)) {
                return last;
            }
        }
        return last;
    }

    private static boolean notThisKind(ApiError error) {
        return error.kind() == ApiError.Kind.NOT_FOUND || error.kind() == ApiError.Kind.INVALID_REQUEST;
    }

    @Override
    public ApiResult<Double> credits() {
        return delegate.credits();
    }

    @Override
    public ApiResult<String> freshDownloadUrl(String resultUrl) {
        return delegate.freshDownloadUrl(resultUrl);
    }

    @Override
    public ApiResult<String> generateAleph(AlephRequest request) {
        return delegate.generateAleph(request);
    }

    @Override
    public ApiResult<String> createMarketTask(MarketRequest request) {
        return delegate.createMarketTask(request);
    }

    @Override
    public ApiResult<String> create(io.alephmonitor.kie.CreateRequest request) {
        return delegate.create(request);
    }

    /** The placeholder kind; it is never asked to read a record. */
    private static final class Auto implements TaskKind {
        @Override
        public String id() {
            return TrackedTask.AUTO_KIND;
        }

        @Override
        public String displayName() {
            return "Detecting kind…";
        }

        @Override
        public String recordPath() {
            return new AlephKind().recordPath();
        }

        @Override
        public boolean isValidId(String taskId) {
            return taskId != null && !taskId.isBlank();
        }

        @Override
        public TaskSnapshot parse(String taskId, JsonNode data) {
            throw new UnsupportedOperationException("the detector polls the real kinds");
        }

        @Override
        public Duration resultLifetime() {
            return Duration.ofDays(14);
        }
    }
}
