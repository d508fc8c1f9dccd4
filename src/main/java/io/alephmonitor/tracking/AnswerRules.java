package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollingState.Pause;

import java.time.Duration;
import java.time.Instant;

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

    private final PollPlanner planner;
    private final PollGate gate;

    AnswerRules(PollPlanner planner, PollGate gate) {
        this.planner = planner;
        this.gate = gate;
    }

    /**
     * The task after this poll. A snapshot replaces status and params; 404 and 422 become the final
     * NotFound / InvalidId; account problems leave the task as it was (still due); any other problem
     * keeps the last status, says what went wrong and backs off.
     */
    TrackedTask afterPoll(TrackedTask before, ApiResult<TaskSnapshot> result, Instant now, Problems problems) {
        return switch (result) {
            case ApiResult.Ok<TaskSnapshot>(TaskSnapshot snapshot) -> answered(before.withPoll(snapshot), now, problems);
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
            case NOT_FOUND -> answered(before.withStatus(new TaskStatus.NotFound()).withLastError(null), now, problems);
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
