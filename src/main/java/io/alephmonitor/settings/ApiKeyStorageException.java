package io.alephmonitor.settings;

/** The API key could not be read, saved or removed. The message says why and never contains the key. */
public class ApiKeyStorageException extends RuntimeException {

    public ApiKeyStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
