package io.alephmonitor.kie;

import io.alephmonitor.model.KindInfo;

import java.time.Duration;
import java.util.List;

/**
 * A task kind as kie.ai's docs describe it: who it is (names, result lifetime), the record
 * endpoint to poll and the shapes its task IDs take. Each kind adds only how to read its record.
 */
public abstract class DocumentedKind implements TaskKind {

    private final KindInfo info;
    private final String recordPath;
    private final List<TaskIdFormat> idFormats;

    protected DocumentedKind(KindInfo info, String recordPath, TaskIdFormat... idFormats) {
        this.info = info;
        this.recordPath = recordPath;
        this.idFormats = List.of(idFormats);
    }

    @Override
    public final String id() {
        return info.id();
    }

    @Override
    public final String displayName() {
        return info.displayName();
    }

    @Override
    public final String shortName() {
        return info.shortName();
    }

    @Override
    public final String recordPath() {
        return recordPath;
    }

    @Override
    public final List<TaskIdFormat> idFormats() {
        return idFormats;
    }

    @Override
    public final Duration resultLifetime() {
        return info.resultLifetime();
    }

    @Override
    public final boolean isImageOnly() {
        return info.imageOnly();
    }

    @Override
    public final KindInfo info() {
        return info;
    }
}
