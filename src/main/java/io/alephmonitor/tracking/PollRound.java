package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollCycle.Answer;
import io.alephmonitor.tracking.PollCycle.Request;
import io.alephmonitor.tracking.PollingState.Pause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steps of a poll cycle taken in memory, before and after the HTTP requests: follow the
 * clock, pick what is due within the rate cap, apply the answers, and tell the polling state.
 * Not thread-safe: {@link PollEngine} holds its lock around every call (and never across HTTP).
 */
final class PollRound {

    private static final Logger LOG = LoggerFactory.getLogger(PollRound.class);

    private final TaskRegistry tasks;
    private final Map<String, TaskKind> kinds;
    private final PollPlanner planner;
    private final PollGate gate;
    private final AnswerRules rules;
    private final TokenBucket bucket;
    private final CreditsRefresh credits;
    private String lastProblem;
    private Instant clockSeenAt;

    PollRound(TaskRegistry tasks, Map<String, TaskKind> kinds, PollPlanner planner, PollGate gate,
              TokenBucket bucket, CreditsRefresh credits) {
        this.tasks = tasks;
        this.kinds = kinds;
        this.planner = planner;
        this.gate = gate;
        this.rules = new AnswerRules(planner, gate);
        this.bucket = bucket;
        this.credits = credits;
    }

    /** What the answers of one cycle changed, and how many requests reached kie.ai. */
    record Applied(List<TrackedTask> changed, List<String> newlySucceeded, int sent) {
    }

    /**
     * A clock set back (by hand, or by a time sync) would leave every due time hours ahead; they
     * move back with it. A jump forward needs nothing: what is due is polled within the rate cap.
     */
    void followClock(Instant now) {
        if (clockSeenAt != null && now.isBefore(clockSeenAt)) {
            Duration back = Duration.between(now, clockSeenAt);
            LOG.info("The system clock went back by {}; poll times moved back with it", back);
            planner.clockSetBack(back);
            gate.clockSetBack(back);
            credits.clockSetBack(back);
        }
        clockSeenAt = now;
    }

    /** The requests to send now: a probe while paused, else the credits when due and the polls due, within the rate cap. */
    List<Request> pick(Instant now) {
        int budget = bucket.available(now);
        List<Request> requests = new ArrayList<>();
        if (gate.isProbeDue(now) && budget > 0) {
            List<String> probe = planner.takeEarliest(1);
            probe.forEach(id -> requests.add(pollRequest(id)));
            if (probe.isEmpty()) {
                requests.add(new Request.Credits());
            }
        } else if (gate.isOpen(now)) {
            // Not while kie.ai is failing: the balance can wait, and every extra request slows recovery.
            boolean pollsDue = lastProblem == null && planner.nextDue().filter(due -> !due.isAfter(now)).isPresent();
            if (budget > 0 && credits.isDue(now, pollsDue)) {
                credits.sent(now);
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

    /** A task is to be asked afresh ("Check again"): its late-record window starts over. */
    void forgetNotFound(String taskId) {
        rules.forgetNotFound(taskId);
    }

    /** Applies the cycle's answers to the tasks, the schedule and the pause; the caller persists the changed tasks. */
    Applied apply(List<Answer> answers, Instant now) {
        List<TrackedTask> changed = new ArrayList<>();
        List<String> newlySucceeded = new ArrayList<>();
        int sent = 0;
        AnswerRules.Problems problems = new AnswerRules.Problems();
        for (Answer answer : answers) {
            sent += apply(answer, now, changed, newlySucceeded, problems);
        }
        if (problems.answered || problems.message != null) {
            lastProblem = problems.message;
        }
        return new Applied(changed, newlySucceeded, sent);
    }

    private int apply(Answer answer, Instant now, List<TrackedTask> changed, List<String> newlySucceeded,
                      AnswerRules.Problems problems) {
        switch (answer) {
            case Answer.NotSent(String taskId) -> {
                planner.release(taskId);
                return 0;
            }
            case Answer.CreditsChecked(ApiResult<Double> result) -> {
                if (result != null) {
                    credits.answered(result);
                }
                if (result instanceof ApiResult.Ok<Double>) {
                    gate.answered();
                } else if (result instanceof ApiResult.Err<Double>(ApiError error)) {
                    rules.accountError(error, now, problems);
                }
                return result == null ? 0 : 1;
            }
            case Answer.Polled(String taskId, ApiResult<TaskSnapshot> result) -> {
                TrackedTask before = tasks.get(taskId);
                if (before == null) {
                    planner.release(taskId);
                    return 1;
                }
                TrackedTask after = rules.afterPoll(before, result, now, problems);
                if (!after.equals(before)) {
                    tasks.put(after);
                    changed.add(after);
                    if (after.status() instanceof TaskStatus.Succeeded && !(before.status() instanceof TaskStatus.Succeeded)) {
                        newlySucceeded.add(taskId);
                    }
                }
                return 1;
            }
        }
    }

    PollingState state(Instant now) {
        int active = tasks.activeCount();
        Pause pause = gate.pause();
        Instant next;
        if (pause != null) {
            next = gate.reopensAt(now);
        } else {
            Instant due = planner.nextDue().orElse(null);
            Instant reopens = gate.reopensAt(now);
            next = due == null ? null : reopens != null && reopens.isAfter(due) ? reopens : due;
        }
        if (next != null && next.isBefore(now)) {
            next = now; // overdue (the clock jumped ahead, or the rate cap holds some back): due now, never a negative wait
        }
        return new PollingState(active, next, pause, lastProblem, credits.balance(), credits.problem());
    }
}
