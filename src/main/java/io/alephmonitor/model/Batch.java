package io.alephmonitor.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A stored queue of create requests sent one by one under kie.ai's creation limit; paused ones wait. */
public record Batch(String id, String title, Instant createdAt, boolean paused, List<BatchRow> rows) {

    public Batch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        rows = List.copyOf(rows);
    }

    public BatchProgress progress() {
        return BatchProgress.of(rows);
    }

    public Batch withRows(List<BatchRow> next) {
        return new Batch(id, title, createdAt, paused, next);
    }

    public Batch withPaused(boolean next) {
        return new Batch(id, title, createdAt, next, rows);
    }
}
