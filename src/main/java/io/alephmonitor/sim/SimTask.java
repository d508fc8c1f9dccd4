package io.alephmonitor.sim;

import java.time.Instant;

/**
 * One task the simulator knows: its kind, what was asked, when, when it finishes and how many
 * results it then has. {@code model} only matters for Market tasks (a "video" model gives videos).
 */
record SimTask(String id, SimKind kind, String prompt, String imageUrl, String paramJson, String model,
               Instant createdAt, Instant completesAt, int results) {

    static final String MODERATION_MESSAGE =
            "Your prompt was caught by our AI moderator. Please adjust it and try again!";

    /** An Aleph task with this request (the shape the simulator started with). */
    SimTask(String id, String paramJson, Instant createdAt, Instant completesAt) {
        this(id, SimKind.ALEPH, null, null, paramJson, null, createdAt, completesAt, 1);
    }

    /** True once the task has finished at {@code now} (a moderated task never does). */
    boolean doneAt(Instant now, boolean moderated) {
        return !moderated && !now.isBefore(completesAt);
    }

    /** True when a Market task's model makes videos. */
    boolean makesVideo() {
        return kind == SimKind.VEO || kind == SimKind.RUNWAY || kind == SimKind.ALEPH || kind == SimKind.LUMA
                || (model != null && (model.contains("video") || model.contains("seedance")));
    }

    /** True when a Market task's model answers text (a chat or text model): its result is a {@code resultObject}. */
    boolean makesText() {
        String name = model == null ? "" : model.toLowerCase(java.util.Locale.ROOT);
        return kind == SimKind.MARKET && (name.contains("chat") || name.contains("text-to-text") || name.contains("llm"));
    }

    /** True when a Market model reports its {@code progress} while generating (the docs name sora2). */
    boolean reportsProgress() {
        return kind == SimKind.MARKET && model != null && model.toLowerCase(java.util.Locale.ROOT).contains("sora");
    }

    /** The extension of this task's result files: {@code .mp4} for videos, {@code .mp3} for an audio model's, else {@code .png}. */
    String resultExtension() {
        if (makesVideo()) {
            return ".mp4";
        }
        return model != null && SimTextFiles.makesAudio(model.toLowerCase(java.util.Locale.ROOT)) ? ".mp3" : ".png";
    }
}
