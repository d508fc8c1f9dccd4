package io.alephmonitor.download;

/** A naming template that cannot work; the message says why in words a user understands. */
public final class NameTemplateException extends Exception {

    public NameTemplateException(String message) {
        super(message);
    }
}
