package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollingState.Pause;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one kie.ai answer changes things: the task's record (status, last error), its next poll
 * time, and the account-wide pause. Guarded by the engine's lock.
 */
final class AnswerRules {

    /** Problems seen in one cycle, for the status bar. */
    static final class Problems {
        boolean answered;
        String message;
    }

    /**
     * How long a task that never had a record waits before each new check after kie.ai first said it
     * does not know it (10 s, then 20, 40 and 60 s more: about two minutes in all) before it is
     * called Not found. kie.ai's record may not exist yet in the first seconds after creation: Market
     * answers 422 "recordInfo is null" then (https://docs.kie.ai/market/common/get-task-detail lists
     * 422 for it; clients in the wild retry it), and a task added as "Detect automatically" hears
     * every kind's "not found" in that time. A task that had a record and then is not found (kie.ai's
     * retention ran out) is Not found at once.
     */
    static final List<Duration> LATE_RECORD_WAITS =
            List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(60));

    private final PollPlanner planner;
    private final PollGate gate;
    /** When each task still in its late-record window was first answered "not found". */
    private final Map<String, Instant> firstNotFound = new HashMap<>();

    AnswerRules(PollPlanner planner, PollGate gate) {
        this.planner = planner;
        this.gate = gate;
    }

    /**
     * The task after this poll. A snapshot replaces status and params; 404 and 422 become the final
     * NotFound / InvalidId (a task that never had a record is first checked again for a while, see
     * {@link #LATE_RECORD_WAITS}); account problems leave the task as it was (still due); any other problem
     * keeps the last status, says what went wrong and backs off.
     */
    TrackedTask afterPoll(TrackedTask before, ApiResult<TaskSnapshot> result, Instant now, Problems problems) {
        return switch (result) {
            case ApiResult.Ok<TaskSnapshot>(TaskSnapshot snapshot) -> {
                firstNotFound.remove(before.taskId());
                yield answered(before.withPoll(snapshot), now, problems);
            }
            case ApiResult.Err<TaskSnapshot>(ApiError error) -> afterError(before, error, now, problems);
        };
    }

    private TrackedTask answered(TrackedTask polled, Instant now, Problems problems) {
        gate.answered();
        problems.answered = true;
        return polled.withSchedule(now, planner.answered(polled.taskId(), now, polled.status().isFinal()));
    }

    private TrackedTask afterError(TrackedTask before, ApiError error, Instant now, Problems problems) {
        return switch (error.kind()) {
            case NOT_FOUND -> notFound(before, error, now, problems);
            case INVALID_REQUEST -> answered(before.withStatus(new TaskStatus.InvalidId()).withLastError(null), now, problems);
            case UNAUTHORIZED, NO_CREDITS, MAINTENANCE, RATE_LIMITED -> {
                // About the account, not this task: the task keeps its record and stays due.
                planner.release(before.taskId());
                accountError(error, now, problems);
                yield before;
            }
            default -> {
                problems.message = error.userMessage();
                yield before.withLastError(error.userMessage())
                        .withSchedule(now, planner.failed(before.taskId(), now));
            }
        };
    }

    /**
     * kie.ai does not know the task: Not found for good, unless the record may just not exist yet
     * ({@link #mayAppearLater}) and it is still within {@link #LATE_RECORD_WAITS} of the first such
     * answer; then it is checked again then.
     */
    private TrackedTask notFound(TrackedTask before, ApiError error, Instant now, Problems problems) {
        String id = before.taskId();
        if (mayAppearLater(before, error)) {
            Instant first = firstNotFound.computeIfAbsent(id, k -> now);
            Instant next = first;
            for (Duration wait : LATE_RECORD_WAITS) {
                next = next.plus(wait);
                if (next.isAfter(now)) {
                    gate.answered();
                    problems.answered = true;
                    long seconds = Math.max(1, Duration.between(now, next).toSeconds());
                    return before.withLastError("kie.ai does not know this task yet — checking again in " + seconds + " s.")
                            .withSchedule(now, planner.retryAt(id, next));
                }
            }
        }
        firstNotFound.remove(id);
        return answered(before.withStatus(new TaskStatus.NotFound()).withLastError(null), now, problems);
    }

    /**
     * A task that never had a record may be one whose record does not exist yet: the Market
     * endpoints answer 422 "recordInfo is null" in the first seconds after creation (docs.kie.ai,
     * Market "Get Task Details"), and a task being detected may be such a Market task. A 404 of an
     * older kind's endpoint ("Task not found", e.g. Aleph's record-info) is its documented final word.
     */
    private static boolean mayAppearLater(TrackedTask before, ApiError error) {
        return before.status() instanceof TaskStatus.Pending
                && (error.code() == 422 || TrackedTask.AUTO_KIND.equals(before.kind()));
    }

    /** The task is to be asked afresh (Check again): a new late-record window starts with its next "not found". */
    void forgetNotFound(String taskId) {
        firstNotFound.remove(taskId);
    }

    /** An answer about the whole account (key, credits, maintenance, rate): pauses or holds back every task. */
    void accountError(ApiError error, Instant now, Problems problems) {
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
}
