package io.alephmonitor.model;

import java.time.Instant;

/** One successful poll of a task: its status and what its record says about it. */
public record TaskSnapshot(String taskId, String kind, TaskStatus status, TaskParams params,
                           Instant createdAt, Instant completedAt) {
}
