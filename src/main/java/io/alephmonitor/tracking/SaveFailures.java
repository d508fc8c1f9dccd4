package io.alephmonitor.tracking;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * The one home of the words a failed save is told in: on the task ("Saving failed: …") and in the
 * detail pane after the user's own save. A {@link SaveException}'s message is always a user's sentence.
 */
public final class SaveFailures {

    private SaveFailures() {
    }

    /** The failure itself, not the {@link CompletionException} a dependent future wraps it in. */
    public static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** What a save that ended with this failure (wrapped or not) tells the user who started it. */
    public static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof CancellationException) {
            return "Save cancelled. Save again to continue where it stopped.";
        }
        if (cause instanceof SaveException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return "The video could not be saved. Check the folder and the connection, then try again.";
    }

    /** The reason recorded on the task after a prefix such as "Saving failed: ". */
    static String reason(Throwable cause) {
        return cause instanceof SaveException && cause.getMessage() != null
                ? cause.getMessage() : "the file could not be written.";
    }
}
