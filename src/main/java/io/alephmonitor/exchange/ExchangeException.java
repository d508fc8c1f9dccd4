package io.alephmonitor.exchange;

/** An export or import that could not be done, with a sentence for the user; nothing was changed. */
public final class ExchangeException extends Exception {

    public ExchangeException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public ExchangeException(String userMessage) {
        super(userMessage);
    }
}
