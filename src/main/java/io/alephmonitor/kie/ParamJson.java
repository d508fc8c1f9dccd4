package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a task's {@code paramJson} (the original request, which kie.ai sends as a JSON string and
 * sometimes as an object) into {@link TaskParams}. Missing, empty, malformed or non-object input
 * gives empty fields, never an exception; the raw text is kept whenever there was some.
 */
public final class ParamJson {

    private ParamJson() {
    }

    /** The parameters in {@code node}, the record's {@code paramJson} field (may be null). */
    public static TaskParams read(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return TaskParams.EMPTY;
        }
        String raw = node.isTextual() ? node.asText() : node.toString();
        JsonNode params = LenientJson.embeddedObject(node);
        if (params == null) {
            return new TaskParams(null, null, null, null, null, null, raw);
        }
        return new TaskParams(
                LenientJson.text(params, "prompt"),
                LenientJson.text(params, "imageUrl"),
                LenientJson.text(params, "videoUrl"),
                LenientJson.text(params, "referenceImage"),
                LenientJson.text(params, "aspectRatio"),
                LenientJson.whole(params, "seed"),
                raw);
    }
}
