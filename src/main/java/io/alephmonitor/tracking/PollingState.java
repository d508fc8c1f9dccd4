package io.alephmonitor.tracking;

import java.time.Instant;

/**
 * The poller's state for the status bar.
 *
 * @param activeCount  tasks still being polled
 * @param nextCheckAt  when the next poll is due; null when nothing is scheduled
 * @param pause        why polling is paused; null when it is running
 * @param lastProblem  the last transient problem in plain words; null when none
 * @param credits      the remaining credit balance when known; null otherwise
 * @param creditsProblem why the last credit check failed (the balance shown is then older); null when it worked
 */
public record PollingState(int activeCount, Instant nextCheckAt, Pause pause, String lastProblem, Double credits,
                           String creditsProblem) {

    /** A state whose last credit check (if any) worked. */
    public PollingState(int activeCount, Instant nextCheckAt, Pause pause, String lastProblem, Double credits) {
        this(activeCount, nextCheckAt, pause, lastProblem, credits, null);
    }

    /** Why all polling stopped; each waits for the user or the service to change something. */
    public enum Pause {
        API_KEY_REJECTED("The API key was rejected — open Settings to enter a new one."),
        OUT_OF_CREDITS("Your kie.ai account is out of credits — top it up, then polling resumes."),
        MAINTENANCE("kie.ai is under maintenance — polling resumes by itself when it is back."),
        NO_API_KEY("No API key set — open Settings to enter one, or try the demo.");

        private final String message;

        Pause(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
