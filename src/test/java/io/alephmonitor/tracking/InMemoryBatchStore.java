package io.alephmonitor.tracking;

import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchRow;
import io.alephmonitor.store.BatchQueueStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A batch store in memory: what a restart would read back is exactly what was saved. */
final class InMemoryBatchStore implements BatchQueueStore {

    private final Map<String, Batch> batches = new LinkedHashMap<>();

    @Override
    public synchronized void add(Batch batch) {
        batches.put(batch.id(), batch);
    }

    @Override
    public synchronized List<Batch> loadAll() {
        return List.copyOf(batches.values());
    }

    @Override
    public synchronized void save(BatchRow row) {
        Batch batch = batches.get(row.batchId());
        List<BatchRow> rows = new ArrayList<>(batch.rows());
        rows.set(row.index(), row);
        batches.put(batch.id(), batch.withRows(rows));
    }

    @Override
    public synchronized void setPaused(String batchId, boolean paused) {
        batches.computeIfPresent(batchId, (id, batch) -> batch.withPaused(paused));
    }

    synchronized BatchRow stored(String batchId, int index) {
        return batches.get(batchId).rows().get(index);
    }
}
