package io.alephmonitor.download;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TrackedTask;

import java.time.Instant;

/**
 * What a {@link NameTemplate} can put into one result's name.
 *
 * @param date  when the task completed, else when it was added (null: neither known)
 * @param track the track's title; null for any other result
 * @param n     the result's number, from 1
 */
public record NameFields(String taskId, String kind, String model, String prompt, String track, int n, Instant date) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fields of result {@code n} (from 1), {@code file} (may be null), of the task. */
    public static NameFields of(TrackedTask task, ResultFile file, int n) {
        String track = file instanceof ResultFile.Audio audio ? audio.title() : null;
        return new NameFields(task.taskId(), task.kind(), modelOf(task.params().raw()), task.params().prompt(), track,
                n, task.completedAt() != null ? task.completedAt() : task.addedAt());
    }

    /** The {@code model} of the task's parameters (kie.ai's Market tasks name it); null when none. */
    static String modelOf(String rawParams) {
        if (rawParams == null || rawParams.isBlank()) {
            return null;
        }
        try {
            JsonNode model = JSON.readTree(rawParams).path("model");
            return model.isTextual() && !model.asText().isBlank() ? model.asText() : null;
        } catch (java.io.IOException | RuntimeException notJson) {
            return null;
        }
    }
}
