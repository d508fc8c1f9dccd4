package io.alephmonitor.kie;

import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

/**
 * How to poll one kind of kie.ai task and read its record. One implementation per kind
 * (Aleph first); the client is generic over this interface.
 */
public interface TaskKind {

    /** Stable id stored with each task, e.g. "aleph". */
    String id();

    /** Name for people, e.g. "Runway Aleph". */
    String displayName();

    /** The name where space is short (a table column), e.g. "Aleph"; the display name unless it is long. */
    default String shortName() {
        return displayName();
    }

    /** The record endpoint's path, e.g. {@code /api/v1/aleph/record-info} (taskId goes in the query). */
    String recordPath();

    /** The task-ID shapes this kind's IDs take (used to find IDs in pasted text and to guess the kind). */
    default List<TaskIdFormat> idFormats() {
        return List.of();
    }

    /** True when the text has one of this kind's task-ID formats. */
    default boolean isValidId(String taskId) {
        return idFormats().stream().anyMatch(format -> format.matches(taskId));
    }

    /** Turns the envelope's {@code data} object into a snapshot; never throws on odd or missing fields. */
    TaskSnapshot parse(String taskId, JsonNode data);

    /** How long a result link stays valid after completion (14 days for Aleph). */
    Duration resultLifetime();

    /** True when the kind only ever produces images (no video to play). */
    default boolean isImageOnly() {
        return false;
    }

    /** This kind's identity as the rest of the app sees it (names, result lifetime), free of polling details. */
    default KindInfo info() {
        return new KindInfo(id(), displayName(), shortName(), resultLifetime(), isImageOnly());
    }
}
