package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * One create call: the path it is POSTed to, its JSON body, and the kind id the new task is
 * tracked as. Built from a filled form by {@link CreateBodies}, or by hand from raw JSON.
 */
public record CreateRequest(String kindId, String path, ObjectNode body) {

    public CreateRequest {
        Objects.requireNonNull(kindId, "kindId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        body = body.deepCopy();
    }

    @Override
    public ObjectNode body() {
        return body.deepCopy();
    }
}
