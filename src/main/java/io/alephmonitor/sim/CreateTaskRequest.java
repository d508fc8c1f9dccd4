package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;

/** The checks kie.ai documents for the Market endpoint {@code POST /api/v1/jobs/createTask}. */
final class CreateTaskRequest {

    private CreateTaskRequest() {
    }

    /** Why kie.ai would refuse this body (its 422 message), or null when it is acceptable. */
    static String problemWith(JsonNode body) {
        if (body == null || !body.isObject()) {
            return "The request body must be a JSON object";
        }
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            return "model is required";
        }
        JsonNode input = body.get("input");
        if (input == null || input.isNull()) {
            return "input is required";
        }
        if (!input.isObject()) {
            return "input must be a JSON object";
        }
        JsonNode callBackUrl = body.get("callBackUrl");
        if (callBackUrl != null && !callBackUrl.isNull() && !callBackUrl.isTextual()) {
            return "callBackUrl must be a string";
        }
        return null;
    }
}
