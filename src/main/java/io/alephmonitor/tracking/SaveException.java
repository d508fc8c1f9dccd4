package io.alephmonitor.tracking;

/** A save that failed, with a message a user understands and the next step. */
public class SaveException extends Exception {

    public SaveException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public SaveException(String userMessage) {
        super(userMessage);
    }
}
