package io.alephmonitor.app;

import io.alephmonitor.download.DownloadResultSaver;
import io.alephmonitor.download.Downloader;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.tracking.PollSettings;
import io.alephmonitor.tracking.TrackingService;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole app minus the launcher, wired like {@link Backend} and {@link MainStage} do: the
 * simulator over real HTTP, SQLite in a temporary folder, the real client, tracker and downloads,
 * and the main window with its detail pane in a themed 1280×800 scene.
 */
final class FlowFixture implements AutoCloseable {

    /** One poll per task per second (the command line's minimum), looked for every 200 ms. */
    static final PollSettings FAST_POLLING = PollSettings.defaults()
            .withInterval(Duration.ofSeconds(1))
            .withTick(Duration.ofMillis(200));

    final KieSimulator sim;
    final SqliteTaskStore store;
    final AtomicReference<ApiKey> key;
    final HttpKieClient client;
    final Downloader downloader;
    final TrackingService tracker;
    final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    final MainView view;
    final ThemeController theme;
    final Scene scene;
    /** Completes once the stored tasks are loaded and polling runs. */
    final CompletableFuture<Void> started;
    /** When the window was shown ({@link System#nanoTime()}). */
    final long shownAtNanos;

    /** Builds everything and shows it on {@code stage}; call on the FX thread (a TestFX {@code @Start}). */
    FlowFixture(Stage stage, Path dataDir, Duration simRunTime, PollSettings polling) {
        this(stage, dataDir, SimConfig.defaults().withRunTime(simRunTime), polling);
    }

    /** The same with the simulator configured by hand (its clock, say, so a test decides when tasks finish). */
    FlowFixture(Stage stage, Path dataDir, SimConfig simConfig, PollSettings polling) {
        sim = KieSimulator.start(simConfig);
        store = SqliteTaskStore.open(dataDir.resolve("data"));
        key = new AtomicReference<>(ApiKey.of(sim.apiKey()));
        client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()), key::get, Clock.systemUTC());
        downloader = new Downloader();
        tracker = TrackingService.builder(store, client, TaskKinds.standard().all())
                .settings(polling)
                .saver(new DownloadResultSaver(downloader))
                .build();
        Path library = dataDir.resolve("library");
        DesktopBridge desktop = new DesktopBridge(null, tracker, () -> library, io);
        view = MainView.build(tracker, desktop, false);
        theme = new ThemeController();
        scene = new Scene(view.window(), 1280, 800);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.setTitle("Aleph Monitor");
        stage.show();
        shownAtNanos = System.nanoTime();
        started = tracker.start();
    }

    /** What the settings dialog does with a new key: use it from the next request on and lift the pause. */
    void changeKey(ApiKey newKey) {
        key.set(newKey);
        tracker.updateApi(client);
    }

    /** Releases the window's player and clock; call on the FX thread. */
    void disposeView() {
        view.detail().show(null);
        view.window().dispose();
    }

    @Override
    public void close() {
        tracker.close();
        downloader.close();
        client.close();
        store.close();
        sim.close();
        io.shutdownNow();
    }
}
