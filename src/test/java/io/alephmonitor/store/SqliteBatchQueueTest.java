package io.alephmonitor.store;

import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchRow;
import io.alephmonitor.model.BatchRowState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch queue in the task database (schema v8): every row state read back as stored, the pause too. */
class SqliteBatchQueueTest {

    @TempDir
    Path dataDir;

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static BatchRow row(int index, BatchRowState state) {
        return new BatchRow("b1", index, "seed " + index, "A kite", "veo", "/api/v1/veo/generate",
                "{\"prompt\":\"A kite\",\"seeds\":" + index + "}", state);
    }

    @Test
    void everyRowStateIsReadBackAsItWasStored() {
        List<BatchRowState> states = List.of(new BatchRowState.Queued(), new BatchRowState.Sending(AT),
                new BatchRowState.Created("task-1", AT.plusSeconds(1)), new BatchRowState.Created("found-by-hand"),
                new BatchRowState.Failed("prompt is too long"),
                new BatchRowState.Uncertain(AT, "The app stopped.", AT.plusSeconds(60)), new BatchRowState.Cancelled());
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
            store.batches().add(new Batch("b1", "Kites", AT, false, List.of(row(0, new BatchRowState.Queued()))));
        }
        for (BatchRowState state : states) {
            try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
                store.batches().save(row(0, state));
            }
            try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
                assertThat(store.batches().loadAll().getFirst().rows()).containsExactly(row(0, state));
            }
        }
    }

    @Test
    void aBatchKeepsItsTitleItsRowsInOrderAndItsPause() {
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
            store.batches().add(new Batch("b1", "Kites", AT, false,
                    List.of(row(0, new BatchRowState.Queued()), row(1, new BatchRowState.Queued()))));
            store.batches().setPaused("b1", true);
        }
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
            Batch batch = store.batches().loadAll().getFirst();
            assertThat(batch.title()).isEqualTo("Kites");
            assertThat(batch.paused()).isTrue();
            assertThat(batch.createdAt()).isEqualTo(AT);
            assertThat(batch.rows()).extracting(BatchRow::origin).containsExactly("seed 0", "seed 1");
        }
    }

    @Test
    void aStateANewerAppWroteReadsAsUncertainSoItIsNeverResentBlindly() throws Exception {
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
            store.batches().add(new Batch("b1", "Kites", AT, false, List.of(row(0, new BatchRowState.Queued()))));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteTaskStore.FILE_NAME));
             Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE batch_row SET state = 'RETRYING'");
        }
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
            assertThat(store.batches().loadAll().getFirst().rows().getFirst().state()).isInstanceOf(BatchRowState.Uncertain.class);
        }
    }
}
