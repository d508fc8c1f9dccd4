package io.alephmonitor.tracking;

import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.Downloader;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Child-JVM main for the whole-app kill -9 test: the app's engine wired as {@code Backend} wires
 * it (SQLite store, HTTP client, tracker, downloader, auto-save into a library folder), no UI.
 * Reads {@code add ID} and {@code quit} from stdin; prints {@code started} once the stored tasks are
 * loaded and {@code task ID STATUS SAVED_PATH} for every published change (published only after
 * the store write, so each line is a promise the store made).
 */
public final class EngineProcess {

    private EngineProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path library = Path.of(args[1]);
        URI apiBase = URI.create(args[2]);
        ApiKey key = ApiKey.of(args[3]);
        ExecutorService listenerThread = Executors.newSingleThreadExecutor();
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir);
             HttpKieClient client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(apiBase), key);
             Downloader downloader = new Downloader(5, Duration.ofMillis(100), Duration.ofSeconds(5))) {
            TrackingService tracker = TrackingService.builder(store, client, TaskKinds.standard().all())
                    .settings(PollSettings.defaults().withInterval(Duration.ofSeconds(1)))
                    .saver(new DownloadResultSaver(downloader))
                    .autoSaveFolder(library)
                    .driver(new TimerDriver(Duration.ofMillis(200), listenerThread))
                    .listenerThread(listenerThread)
                    .build();
            tracker.addListener((changed, removed) -> changed.forEach(EngineProcess::print));
            tracker.start().get(30, TimeUnit.SECONDS);
            System.out.println("started");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                if (line.startsWith("add ")) {
                    tracker.addFromText(line.substring(4), "aleph");
                }
            }
            tracker.close();
        } finally {
            listenerThread.shutdown();
        }
    }

    private static void print(TrackedTask task) {
        System.out.println("task " + task.taskId() + " " + task.status().getClass().getSimpleName() + " "
                + (task.savedPath() == null ? "-" : task.savedPath()));
        System.out.flush();
    }

    /** Ticks on a timer thread, as the app's JavaFX driver does, without a JavaFX toolkit. */
    private static final class TimerDriver implements PollDriver {
        private final Duration tick;
        private final ExecutorService listenerThread;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        TimerDriver(Duration tick, ExecutorService listenerThread) {
            this.tick = tick;
            this.listenerThread = listenerThread;
        }

        @Override
        public void start(Supplier<CycleResult> cycle, Consumer<CycleResult> publish) {
            timer.scheduleWithFixedDelay(() -> {
                CycleResult result = cycle.get();
                listenerThread.execute(() -> publish.accept(result));
            }, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void stop() {
            timer.shutdownNow();
        }
    }
}
