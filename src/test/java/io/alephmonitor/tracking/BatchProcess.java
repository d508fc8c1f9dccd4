package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.CreationLimit;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.model.Batch;
import io.alephmonitor.store.SqliteTaskStore;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Child-JVM main for the batch kill -9 test: the stored batch queue and its sender wired as the app wires them
 * (SQLite store, HTTP client, the account's creation limit), no UI. Prints {@code started} once the queue is
 * opened (rows left SENDING are UNCERTAIN by then) and {@code done} when no row is left, then exits.
 */
public final class BatchProcess {

    private BatchProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        URI apiBase = URI.create(args[1]);
        ApiKey key = ApiKey.of(args[2]);
        CountDownLatch done = new CountDownLatch(1);
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir);
             HttpKieClient client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(apiBase), key)) {
            Clock clock = Clock.systemUTC();
            BatchQueue queue = new BatchQueue(store.batches(), () -> client, new CreationLimit(clock), clock,
                    (taskId, kind) -> { });
            queue.addListener(batches -> {
                if (nothingLeft(batches)) {
                    done.countDown();
                }
            });
            queue.open();
            System.out.println("started");
            System.out.flush();
            try (BatchSender sender = new BatchSender(queue)) {
                sender.start();
                done.await();
            }
            System.out.println("done");
            System.out.flush();
        }
    }

    private static boolean nothingLeft(List<Batch> batches) {
        return batches.stream().allMatch(batch -> batch.progress().left() == 0);
    }
}
