package io.alephmonitor.model;

/**
 * The generation parameters parsed leniently from a task's {@code paramJson}. Every field may be
 * null; {@code raw} is the text exactly as kie.ai sent it (null when absent).
 */
public record TaskParams(String prompt, String imageUrl, String videoUrl, String referenceImage,
                         String aspectRatio, Long seed, String raw) {

    /** No parameters known. */
    public static final TaskParams EMPTY = new TaskParams(null, null, null, null, null, null, null);
}
