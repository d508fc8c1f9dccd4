package io.alephmonitor.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What the app shows and decides about a task kind without knowing how it is polled: its stored
 * id, its names and how long its result links live. The kind adapters ({@code kie.TaskKind}) give one each.
 *
 * @param id             the id stored with each task, e.g. "aleph" (see {@link KindIds})
 * @param displayName    the name for people, e.g. "Veo 3.1"
 * @param shortName      the name where space is short (a table column), e.g. "Veo"
 * @param resultLifetime how long a result link stays valid after completion
 * @param imageOnly      true when the kind only ever produces images
 */
public record KindInfo(String id, String displayName, String shortName, Duration resultLifetime, boolean imageOnly) {

    public KindInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        shortName = shortName == null ? displayName : shortName;
        Objects.requireNonNull(resultLifetime, "resultLifetime");
    }
}
