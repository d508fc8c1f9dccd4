package io.alephmonitor.store;

import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchRow;

import java.util.List;

/** Where batches and their rows are kept. Every method returns only once its change is committed. */
public interface BatchQueueStore {

    /** Stores a new batch with all its rows in one transaction. */
    void add(Batch batch);

    /** Every stored batch, oldest first, each with its rows in order. */
    List<Batch> loadAll();

    /** Stores one row's new state (its batch and index say which row). */
    void save(BatchRow row);

    void setPaused(String batchId, boolean paused);
}
