package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** The checks kie.ai documents for the Market endpoint {@code POST /api/v1/jobs/createTask}. */
final class CreateTaskRequest {

    /** The input fields the docs pages mark required, for the models whose pages were read. */
    private static final Map<String, List<String>> REQUIRED_INPUT = Map.of(
            "kling-2.6/text-to-video", List.of("prompt"),
            "bytedance/seedance-1.5-pro", List.of("prompt"),
            "nano-banana-2", List.of("prompt"),
            "elevenlabs/text-to-speech-multilingual-v2", List.of("text"));

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
        for (String field : REQUIRED_INPUT.getOrDefault(model.asText(), List.of())) {
            JsonNode value = input.get(field);
            if (value == null || value.isNull() || value.asText().isBlank()) {
                return "input." + field + " is required";
            }
        }
        JsonNode callBackUrl = body.get("callBackUrl");
        if (callBackUrl != null && !callBackUrl.isNull() && !callBackUrl.isTextual()) {
            return "callBackUrl must be a string";
        }
        return null;
    }
}
