package io.alephmonitor.tracking;

import io.alephmonitor.model.TrackedTask;

import java.util.List;

/**
 * What one poll cycle did, handed to the FX thread as one batch.
 *
 * @param changed         tasks whose record changed (already persisted)
 * @param newlySucceeded  IDs of tasks that became Succeeded in this cycle (auto-save candidates)
 * @param state           the polling state after the cycle
 * @param requestsSent    requests that went to kie.ai in this cycle
 */
public record CycleResult(List<TrackedTask> changed, List<String> newlySucceeded, PollingState state,
                          int requestsSent) {
}
