package io.alephmonitor.sim;

/** How the simulator answers for one task ID; scripted with {@link KieSimulator#script}. */
public enum Behaviour {
    /** Running until the run time has passed, then Succeeded. */
    NORMAL,
    /** code 200, successFlag 0, errorCode 400 and kie.ai's moderation message. */
    MODERATION_FAILURE,
    /** code 404 "Task not found", even if the task was added. */
    UNKNOWN_TASK,
    /** code 422 "Invalid taskId format", even for a well-formed ID. */
    INVALID_ID,
    /** code 429 with {@code Retry-After: 2}. */
    RATE_LIMITED,
    /** code 429 without a Retry-After header. */
    RATE_LIMITED_NO_RETRY_AFTER,
    /** code 500. */
    SERVER_ERROR,
    /** The normal answer, but only after the configured slow delay. */
    SLOW,
    /** HTTP 200 whose JSON body is cut off half-way. */
    MALFORMED_BODY,
    /** HTTP 200 with an HTML page, as a proxy in the way would send. */
    HTML_BODY,
    /** HTTP 200 with a 2 MiB JSON-looking body. */
    OVERSIZED_BODY,
    /** HTTP 502 with a proxy's HTML error page. */
    SERVER_502,
    /** HTTP 503 with an empty body, as a load balancer sends while the service restarts. */
    SERVER_503,
    /** HTTP 200 whose body is a JSON array instead of kie.ai's envelope object. */
    JSON_ARRAY_BODY,
    /** code 200 with {@code "data": null}. */
    DATA_NULL,
    /** code 200 with {@code data} a string instead of the record object. */
    DATA_WRONG_TYPE,
    /** HTTP 200 streaming 10 MB of non-JSON junk. */
    JUNK_10MB,
    /** The first GET of the task's video breaks off after half the promised bytes; later requests succeed. */
    CUT_DOWNLOAD,
    /** The first GET of the task's video sends half the promised bytes, then nothing more (the connection stays open); later requests succeed. */
    STALL_DOWNLOAD,
    /** Every GET of the task's video answers 403, as an expired signed link does. */
    FORBIDDEN_DOWNLOAD,
    /**
     * The task's record does not exist yet for {@link #LATE_RECORD_DELAY} after it was added: until
     * then kie.ai's answer for an unknown task (Market's 422 "recordInfo is null", else 404), then normal.
     */
    LATE_RECORD,
    /** Normal, but a finished task's successFlag is 4, "callback failed" (Luma: the video was made, only the callback failed). */
    CALLBACK_FAILED,
    /** Every request for any of the task's files (HEAD too) answers 200 with an HTML error page, as a CDN does for a removed file. */
    HTML_INSTEAD_OF_FILE;

    /** How long a {@link #LATE_RECORD} task is unknown after it was added. */
    public static final java.time.Duration LATE_RECORD_DELAY = java.time.Duration.ofSeconds(30);
}
