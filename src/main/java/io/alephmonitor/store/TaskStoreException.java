package io.alephmonitor.store;

/** The task store could not read or write; the message is a sentence a user can act on. */
public class TaskStoreException extends RuntimeException {

    public TaskStoreException(String message) {
        super(message);
    }

    public TaskStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
