package io.alephmonitor.sim;

/** A fault every API call answers with until it is set back to {@link #NONE}. */
public enum GlobalFault {
    /** Calls are answered normally. */
    NONE(0, ""),
    /** code 401, as if the key had been revoked. */
    UNAUTHORIZED(401, "You do not have access permissions"),
    /** code 402: the account has run out of credits. */
    NO_CREDITS(402, "Insufficient credits"),
    /** code 455: kie.ai is under maintenance. */
    MAINTENANCE(455, "Service unavailable: the system is under maintenance"),
    /** code 500. */
    SERVER_ERROR(500, "Server error, please try again later");

    final int code;
    final String message;

    GlobalFault(int code, String message) {
        this.code = code;
        this.message = message;
    }
}
