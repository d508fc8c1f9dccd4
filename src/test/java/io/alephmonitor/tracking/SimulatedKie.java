package io.alephmonitor.tracking;

import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.Downloader;
import io.alephmonitor.download.KieLinkRenewal;
import io.alephmonitor.kie.AlephKind;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.store.TaskStore;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The set-up the "…OverHttp" tests share: the kie.ai simulator on a virtual clock, a client for
 * it, a task store, and the poll engine or the whole tracker over them. Register it with
 * {@code @RegisterExtension}; each part starts on first use (so a test configures what it needs
 * first) and everything started is closed after each test, the engine or tracker first and the
 * simulator last.
 */
final class SimulatedKie implements AfterEachCallback {

    private final MutableClock clock;
    private UnaryOperator<SimConfig> simConfig = UnaryOperator.identity();
    private UnaryOperator<KieClientConfig> clientConfig = UnaryOperator.identity();
    private final List<AutoCloseable> extras = new ArrayList<>();
    private KieSimulator sim;
    private HttpKieClient client;
    private TaskStore store;
    private Path dataDir;
    private Downloader downloader;
    private ExecutorService listenerThread;
    private PollEngine engine;
    private TrackingService tracker;

    private SimulatedKie(MutableClock clock) {
        this.clock = clock;
    }

    /** The simulator, engine and tracker all run on this clock. */
    static SimulatedKie on(MutableClock clock) {
        return new SimulatedKie(clock);
    }

    /** How the simulator is set up, from the defaults on the shared clock (before it first starts). */
    SimulatedKie withSimulator(UnaryOperator<SimConfig> config) {
        this.simConfig = config;
        return this;
    }

    /** How the client is set up, from the defaults at the simulator's address (before it is first made). */
    SimulatedKie withClient(UnaryOperator<KieClientConfig> config) {
        this.clientConfig = config;
        return this;
    }

    KieSimulator sim() {
        if (sim == null) {
            sim = KieSimulator.start(simConfig.apply(SimConfig.defaults().withClock(clock)));
        }
        return sim;
    }

    /** The client with the simulator's own key. */
    HttpKieClient client() {
        if (client == null) {
            client = newClient(sim().apiKey());
        }
        return client;
    }

    /** Another client of the simulator, with this key (closed after the test like the rest). */
    HttpKieClient clientWithKey(String key) {
        return closeAfter(newClient(key));
    }

    private HttpKieClient newClient(String key) {
        return new HttpKieClient(clientConfig.apply(KieClientConfig.defaults().withBaseUri(sim().baseUri())), ApiKey.of(key));
    }

    /** A store in memory (the engine's, unless {@link #sqliteStore()} came first). */
    InMemoryTaskStore memoryStore() {
        if (store == null) {
            store = new InMemoryTaskStore();
        }
        return (InMemoryTaskStore) store;
    }

    /** A SQLite store in a folder of its own ({@link #dataDir()}), deleted after the test. */
    SqliteTaskStore sqliteStore() {
        if (store == null) {
            store = SqliteTaskStore.open(dataDir());
        }
        return (SqliteTaskStore) store;
    }

    Path dataDir() {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory("simulated-kie");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataDir;
    }

    /** An engine for Aleph tasks over {@link #memoryStore()} and {@link #client()}, with no jitter. */
    PollEngine engine(PollSettings settings) {
        return engine(client(), List.of(new AlephKind()), settings);
    }

    /** An engine over {@link #memoryStore()} for these kinds, talking through {@code api}, with no jitter. */
    PollEngine engine(KieApi api, List<TaskKind> kinds, PollSettings settings) {
        engine = new PollEngine(memoryStore(), api, kinds, settings, clock, () -> 0.5);
        return engine;
    }

    /** An engine over {@link #memoryStore()} for every shipped kind and "Detect automatically" (through a {@link KindDetector}), with no jitter. */
    PollEngine detectingEngine(PollSettings settings) {
        List<TaskKind> kinds = io.alephmonitor.kie.TaskKinds.standard().all();
        List<TaskKind> withAuto = new java.util.ArrayList<>(kinds);
        withAuto.add(KindDetector.AUTO);
        return engine(new KindDetector(client(), kinds), withAuto, settings);
    }

    /** The downloader saves go through; with {@code renewingLinks}, an expired link is renewed through kie.ai. */
    Downloader downloader(boolean renewingLinks) {
        if (downloader == null) {
            downloader = renewingLinks ? new Downloader(3, Duration.ofMillis(10), new KieLinkRenewal(this::client))
                    : new Downloader(3, Duration.ofMillis(10));
        }
        return downloader;
    }

    /** The thread the tracker calls its listeners on. */
    ExecutorService listenerThread() {
        if (listenerThread == null) {
            listenerThread = Executors.newSingleThreadExecutor();
        }
        return listenerThread;
    }

    /**
     * A tracker for Aleph tasks over the store, the client and the downloader (the test made them),
     * on the shared clock with listeners on {@link #listenerThread()}, with these options; not started.
     */
    TrackingService tracker(UnaryOperator<TrackingServiceBuilder> options) {
        tracker = options.apply(TrackingService.builder(store, client(), List.of(new AlephKind()))
                .saver(new DownloadResultSaver(downloader)).clock(clock).listenerThread(listenerThread())).build();
        return tracker;
    }

    /** {@link #tracker} started: the stored tasks are loaded and published, and the driver runs. */
    TrackingService startedTracker(UnaryOperator<TrackingServiceBuilder> options)
            throws InterruptedException, ExecutionException, TimeoutException {
        TrackingService started = tracker(options);
        started.start().get(10, TimeUnit.SECONDS);
        listenerThread.submit(() -> { }).get(); // the driver is started on the listener thread
        return started;
    }

    /** Closes this after the test too, before the store, the client and the simulator. */
    <T extends AutoCloseable> T closeAfter(T closeable) {
        extras.add(closeable);
        return closeable;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        List<AutoCloseable> inOrder = new ArrayList<>();
        inOrder.add(tracker);
        inOrder.add(engine);
        inOrder.addAll(extras.reversed());
        inOrder.add(downloader);
        inOrder.add(listenerThread == null ? null : listenerThread::shutdownNow);
        inOrder.add(store instanceof AutoCloseable closeable ? closeable : null);
        inOrder.add(client);
        inOrder.add(sim);
        Exception first = null;
        for (AutoCloseable closeable : inOrder) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
