package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** The checks kie.ai documents for {@code POST /api/v1/aleph/generate}. */
final class GenerateRequest {

    static final Set<String> ASPECT_RATIOS = Set.of("16:9", "9:16", "4:3", "3:4", "1:1", "21:9");

    private GenerateRequest() {
    }

    /** Why kie.ai would refuse this body (its 422 message), or null when it is acceptable. */
    static String problemWith(JsonNode body) {
        if (body == null || !body.isObject()) {
            return "The request body must be a JSON object";
        }
        JsonNode prompt = body.get("prompt");
        if (prompt == null || !prompt.isTextual() || prompt.asText().isBlank()) {
            return "prompt is required";
        }
        JsonNode videoUrl = body.get("videoUrl");
        if (videoUrl == null || !videoUrl.isTextual() || videoUrl.asText().isBlank()) {
            return "videoUrl is required";
        }
        if (!isWebUrl(videoUrl.asText())) {
            return "videoUrl must be an http or https URL";
        }
        JsonNode aspectRatio = body.get("aspectRatio");
        if (aspectRatio != null && !aspectRatio.isNull()
                && !(aspectRatio.isTextual() && ASPECT_RATIOS.contains(aspectRatio.asText()))) {
            return "aspectRatio must be one of 16:9, 9:16, 4:3, 3:4, 1:1, 21:9";
        }
        JsonNode seed = body.get("seed");
        if (seed != null && !seed.isNull() && !seed.isIntegralNumber()) {
            return "seed must be an integer";
        }
        JsonNode referenceImage = body.get("referenceImage");
        if (referenceImage != null && !referenceImage.isNull()
                && !(referenceImage.isTextual() && isWebUrl(referenceImage.asText()))) {
            return "referenceImage must be an http or https URL";
        }
        return null;
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
