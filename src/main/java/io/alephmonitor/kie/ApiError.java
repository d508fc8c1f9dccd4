package io.alephmonitor.kie;

import java.time.Duration;

/**
 * A failed kie.ai call.
 *
 * @param kind        what went wrong
 * @param code        kie.ai's {@code code} (or the HTTP status when the body had none; 0 for network problems)
 * @param userMessage a sentence a creator understands, with the next step where there is one
 * @param retryAfter  how long kie.ai asked us to wait (429 with Retry-After); null otherwise
 */
public record ApiError(Kind kind, int code, String userMessage, Duration retryAfter) {

    /** The kinds of failure the client tells apart. */
    public enum Kind {
        /** 401: missing or wrong API key. */
        UNAUTHORIZED(false),
        /** 402: the account has no credits left. */
        NO_CREDITS(false),
        /** 404: kie.ai does not know the task. */
        NOT_FOUND(false),
        /** 422: the task ID (or a request field) is not valid. */
        INVALID_REQUEST(false),
        /** 429: too many requests. */
        RATE_LIMITED(true),
        /** 455: the service is under maintenance. */
        MAINTENANCE(true),
        /** 5xx (or code 5xx in the body). */
        SERVER_ERROR(true),
        /** No answer in time. */
        TIMEOUT(true),
        /** Could not connect, or the connection broke. */
        CONNECTION(true),
        /** The body was not the documented JSON. */
        MALFORMED(true),
        /** The body was larger than the client accepts (1 MiB). */
        TOO_LARGE(true),
        /** Any other error code kie.ai sent (400 moderation on create, 451, 505, …). */
        REJECTED(false);

        private final boolean transientProblem;

        Kind(boolean transientProblem) {
            this.transientProblem = transientProblem;
        }

        /** True when retrying later may succeed without anyone changing anything. */
        public boolean isTransient() {
            return transientProblem;
        }
    }
}
