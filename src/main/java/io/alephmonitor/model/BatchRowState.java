package io.alephmonitor.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one row of a batch stands. {@code Queued} → {@code Sending} (stored before the request leaves) →
 * {@code Created} (stored with the task ID right after the answer) or {@code Failed}; a row found
 * {@code Sending} at start was in flight when the app died and becomes {@code Uncertain}: kie.ai has no
 * idempotency key, so it is never resent unless the user says so. {@code Cancelled}: the batch was cancelled
 * before the row was sent.
 */
public sealed interface BatchRowState {

    /** Waiting its turn. */
    record Queued() implements BatchRowState {
    }

    /** The request is (or was, if the app died) on its way; since {@code sentAt}. */
    record Sending(Instant sentAt) implements BatchRowState {
        public Sending {
            Objects.requireNonNull(sentAt, "sentAt");
        }
    }

    /**
     * kie.ai made the task; {@code answeredAt} is when its answer came (null: the user found the ID), which
     * counts against the creation limit after a restart.
     */
    record Created(String taskId, Instant answeredAt) implements BatchRowState {
        public Created {
            Objects.requireNonNull(taskId, "taskId");
        }

        public Created(String taskId) {
            this(taskId, null);
        }
    }

    /** kie.ai refused it, or it could not be sent; nothing was created. */
    record Failed(String message) implements BatchRowState {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The request was in flight when the app stopped (or its answer was lost): the task may have been created.
     * {@code settledAt}: when the app found that out (the restart, or the lost answer), which counts against the
     * creation limit since kie.ai may have counted the request as late as that.
     */
    record Uncertain(Instant sentAt, String reason, Instant settledAt) implements BatchRowState {
        public Uncertain {
            Objects.requireNonNull(sentAt, "sentAt");
            Objects.requireNonNull(reason, "reason");
            settledAt = settledAt == null ? sentAt : settledAt;
        }
    }

    /** The batch was cancelled before this row was sent. */
    record Cancelled() implements BatchRowState {
    }

    /** True for a row that still has to go out (queued, or on its way). */
    default boolean isLeft() {
        return this instanceof Queued || this instanceof Sending;
    }
}
