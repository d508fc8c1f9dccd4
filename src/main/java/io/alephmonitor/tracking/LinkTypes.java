package io.alephmonitor.tracking;

import io.alephmonitor.model.ResultType;

import java.util.concurrent.CompletableFuture;

/**
 * Learns what an untyped result link holds from its answer's {@code Content-Type}, with one cheap
 * request (implemented by the download module). Never blocks the caller.
 */
@FunctionalInterface
public interface LinkTypes {

    /**
     * What the link answered.
     *
     * @param type        the type its {@code Content-Type} names; null when it names none (a web page, octet-stream)
     * @param contentType the header as the server sent it; null when there was none
     */
    record Learnt(ResultType type, String contentType) {
    }

    /** Completes with what the link answered, or exceptionally when it could not be asked (the link stays untyped). */
    CompletableFuture<Learnt> typeOf(String url);
}
