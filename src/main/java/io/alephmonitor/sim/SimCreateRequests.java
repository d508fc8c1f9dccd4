package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The create endpoints of the kinds with their own endpoint (Veo, Runway, Flux Kontext, 4o Image,
 * Midjourney, Suno, Luma): the checks each docs page states (required fields, documented choices,
 * the rules between fields), answered 422 with kie.ai's message shape; an accepted body becomes a
 * task of that kind, answered {@code data.taskId} and then served on the kind's record endpoint
 * with the body as its recorded parameters.
 */
final class SimCreateRequests {

    /** One endpoint: the kind it makes, its required fields and the fields limited to documented values. */
    record Spec(SimKind kind, List<String> required, Map<String, Set<String>> choices) {
    }

    private static final Set<String> RUNWAY_RATIOS = Set.of("16:9", "4:3", "1:1", "3:4", "9:16");

    static final Map<String, Spec> BY_PATH = byPath();

    private static Map<String, Spec> byPath() {
        Map<String, Spec> specs = new LinkedHashMap<>();
        specs.put("/api/v1/veo/generate", new Spec(SimKind.VEO, List.of("prompt"), Map.of(
                "model", Set.of("veo3", "veo3_fast", "veo3_lite"),
                "aspect_ratio", Set.of("16:9", "9:16", "Auto"),
                "generationType", Set.of("TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"))));
        // https://docs.kie.ai/veo3-api/extend-video: the finished Veo task's taskId and a prompt; answers a new taskId
        specs.put("/api/v1/veo/extend", new Spec(SimKind.VEO, List.of("taskId", "prompt"), Map.of()));
        // https://docs.kie.ai/cn/runway-api/extend-ai-video: taskId, prompt (quality 720p or 1080p); answers a new taskId
        specs.put("/api/v1/runway/extend", new Spec(SimKind.RUNWAY, List.of("taskId", "prompt"), Map.of(
                "quality", Set.of("720p", "1080p"))));
        // Suno's tools on a finished song's track (https://docs.kie.ai/cn/suno-api/convert-to-wav, …/separate-vocals,
        // …/create-music-video): taskId, audioId and callBackUrl are required
        List<String> track = List.of("taskId", "audioId", "callBackUrl");
        specs.put("/api/v1/wav/generate", new Spec(SimKind.SUNO_WAV, track, Map.of()));
        specs.put("/api/v1/vocal-removal/generate", new Spec(SimKind.SUNO_STEMS, track, Map.of(
                "type", Set.of("separate_vocal", "split_stem"))));
        specs.put("/api/v1/mp4/generate", new Spec(SimKind.SUNO_VIDEO, track, Map.of()));
        specs.put("/api/v1/runway/generate", new Spec(SimKind.RUNWAY, List.of("prompt", "duration", "quality"), Map.of(
                "duration", Set.of("5", "10"), "quality", Set.of("720p", "1080p"), "aspectRatio", RUNWAY_RATIOS)));
        specs.put("/api/v1/flux/kontext/generate", new Spec(SimKind.FLUX_KONTEXT, List.of("prompt"), Map.of(
                "aspectRatio", Set.of("21:9", "16:9", "4:3", "1:1", "3:4", "9:16"),
                "model", Set.of("flux-kontext-pro", "flux-kontext-max"), "outputFormat", Set.of("jpeg", "png"))));
        specs.put("/api/v1/gpt4o-image/generate", new Spec(SimKind.GPT4O_IMAGE, List.of("size"), Map.of(
                "size", Set.of("1:1", "3:2", "2:3"), "nVariants", Set.of("1", "2", "4"))));
        specs.put("/api/v1/mj/generate", new Spec(SimKind.MIDJOURNEY, List.of("taskType", "prompt"), Map.of(
                "speed", Set.of("relaxed", "fast", "turbo"))));
        specs.put("/api/v1/generate", new Spec(SimKind.SUNO, List.of("customMode", "instrumental", "model", "callBackUrl"),
                Map.of("model", Set.of("V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5"))));
        specs.put("/api/v1/modify/generate", new Spec(SimKind.LUMA, List.of("prompt", "videoUrl"), Map.of()));
        return Map.copyOf(specs);
    }

    private SimCreateRequests() {
    }

    /** Checks the body, stores the task and answers its ID, or answers 422 with why it was refused. */
    static void answer(KieSimulator sim, HttpExchange exchange, Spec spec, JsonNode body) throws IOException {
        String problem = problemWith(spec, body);
        if (problem == null && body.has("taskId") && sim.task(body.get("taskId").asText()) == null) {
            problem = "The task " + body.get("taskId").asText() + " does not exist";
        }
        if (problem != null) {
            Replies.error(exchange, 422, problem);
            return;
        }
        Instant now = sim.config().clock().instant();
        String prompt = text(body, "prompt");
        SimTask task = new SimTask(spec.kind().newId(), spec.kind(), prompt, firstInput(body),
                Replies.JSON.writeValueAsString(body), null, now, now.plus(sim.config().runTime()), spec.kind().defaultResults);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("taskId", sim.add(task));
        Replies.success(exchange, data);
    }

    /** Why kie.ai would refuse this body, in its words, or null. */
    static String problemWith(Spec spec, JsonNode body) {
        if (body == null || !body.isObject()) {
            return "The request body must be a JSON object";
        }
        for (String field : spec.required()) {
            if (text(body, field) == null) {
                return field + " is required";
            }
        }
        for (Map.Entry<String, Set<String>> choice : spec.choices().entrySet()) {
            String value = text(body, choice.getKey());
            if (value != null && !choice.getValue().contains(value)) {
                return choice.getKey() + " must be one of " + String.join(", ", choice.getValue().stream().sorted().toList());
            }
        }
        if (body.has("taskId")) { // an extension: its own checks are the required fields above
            return null;
        }
        return switch (spec.kind()) {
            case RUNWAY -> runwayProblem(body);
            case GPT4O_IMAGE -> text(body, "prompt") == null && !body.path("filesUrl").isArray()
                    ? "prompt or filesUrl is required" : null;
            case SUNO -> sunoProblem(body);
            default -> null;
        };
    }

    private static String runwayProblem(JsonNode body) {
        if ("10".equals(text(body, "duration")) && "1080p".equals(text(body, "quality"))) {
            return "A 10-second video cannot be generated in 1080p";
        }
        if (text(body, "imageUrl") == null && text(body, "aspectRatio") == null) {
            return "aspectRatio is required for text-to-video";
        }
        return null;
    }

    private static String sunoProblem(JsonNode body) {
        boolean custom = "true".equals(text(body, "customMode"));
        boolean instrumental = "true".equals(text(body, "instrumental"));
        String prompt = text(body, "prompt");
        boolean v4 = "V4".equals(text(body, "model"));
        if (!custom) {
            return prompt == null ? "prompt is required" : prompt.length() > 500 ? "prompt cannot exceed 500 characters" : null;
        }
        if (text(body, "style") == null || text(body, "title") == null) {
            return "style and title are required in custom mode";
        }
        if (!instrumental && prompt == null) {
            return "prompt is required in custom mode unless instrumental";
        }
        if (prompt != null && prompt.length() > (v4 ? 3000 : 5000)) {
            return "prompt cannot exceed " + (v4 ? 3000 : 5000) + " characters";
        }
        return text(body, "style").length() > (v4 ? 200 : 1000) ? "style cannot exceed " + (v4 ? 200 : 1000) + " characters" : null;
    }

    /** The input file of the request, whatever the kind calls it (for the record's origin fields). */
    private static String firstInput(JsonNode body) {
        for (String field : List.of("videoUrl", "inputImage", "imageUrl")) {
            if (text(body, field) != null) {
                return text(body, field);
            }
        }
        for (String field : List.of("imageUrls", "filesUrl", "fileUrls")) {
            JsonNode links = body.path(field);
            if (links.isArray() && !links.isEmpty() && links.get(0).isTextual()) {
                return links.get(0).asText();
            }
        }
        return null;
    }

    /** A field's value as text (numbers and booleans too), or null when missing, null or blank. */
    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
