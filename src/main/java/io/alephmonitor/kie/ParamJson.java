package io.alephmonitor.kie;

import io.alephmonitor.model.TaskParams;

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

    /** Where the kinds other than Aleph put the input image: one URL or a list of them. */
    private static final java.util.List<String> IMAGE_FIELDS = java.util.List.of(
            "imageUrl", "inputImage", "fileUrl", "image_url", "imageUrls", "filesUrl", "fileUrls", "image_urls",
            "input_urls", "image_input");

    /**
     * Like {@link #read}, for the kinds that name things differently: the request may sit under
     * {@code input} (Market's {@code param}), the input image may be {@code inputImage},
     * {@code fileUrl}, {@code filesUrl[]}, {@code image_urls[]}…, the ratio {@code aspect_ratio}
     * or {@code size}. The first input image found is taken.
     */
    public static TaskParams readLoose(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return TaskParams.EMPTY;
        }
        String raw = node.isTextual() ? node.asText() : node.toString();
        JsonNode outer = LenientJson.embeddedObject(node);
        if (outer == null) {
            return new TaskParams(null, null, null, null, null, null, raw);
        }
        JsonNode input = LenientJson.object(outer, "input");
        JsonNode params = input != null ? input : outer;
        return new TaskParams(
                firstText(params, outer, "prompt"),
                firstUrl(params, IMAGE_FIELDS),
                firstUrl(params, java.util.List.of("videoUrl", "video_url", "video_urls")),
                LenientJson.text(params, "referenceImage"),
                firstText(params, params, "aspectRatio", "aspect_ratio", "size"),
                LenientJson.whole(params, "seed"),
                raw);
    }

    private static String firstText(JsonNode params, JsonNode fallback, String... fields) {
        for (String field : fields) {
            String value = LenientJson.text(params, field);
            if (value == null) {
                value = LenientJson.text(fallback, field);
            }
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String firstUrl(JsonNode params, java.util.List<String> fields) {
        for (String field : fields) {
            java.util.List<String> urls = KindRecords.urls(KindRecords.field(params, field), "url");
            if (!urls.isEmpty()) {
                return urls.getFirst();
            }
        }
        return null;
    }
}
