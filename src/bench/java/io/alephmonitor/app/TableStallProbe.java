package io.alephmonitor.app;

import io.alephmonitor.bench.ShiftedClock;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollSettings;
import io.alephmonitor.tracking.TrackingService;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * The FX thread while a poll cycle's results reach the table: the real main window (1280×800) over
 * a tracker with 10,000 tasks polled from the simulator, watched by {@link FxStallWatchdog} through
 * one cycle where every task is still running and one where every task finishes (finish notices off
 * unless {@code -Dbench.notices=true}). Prints
 * {@value #RESULT}longest-wait-ms longest-work-ms, then the watchdog's report.
 */
public final class TableStallProbe extends Application {

    public static final String RESULT = "aleph-table-stall-ms=";
    private static final int TASKS = 10_000;
    /** Short, so the benchmark sees two cycles in seconds; the cycle itself is the production one. */
    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration SIM_RUN_TIME = Duration.ofMinutes(10);

    /** Plain main, so JavaFX starts from the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(TableStallProbe.class, args);
        }
    }

    private final ShiftedClock simClock = new ShiftedClock();
    private TrackingService tracker;

    @Override
    public void start(Stage stage) throws Exception {
        KieSimulator sim = KieSimulator.start(SimConfig.defaults().withRunTime(SIM_RUN_TIME).withClock(simClock));
        Path dataDir = Files.createTempDirectory("aleph-bench-stall");
        SqliteTaskStore store = SqliteTaskStore.open(dataDir);
        List<TrackedTask> stored = new ArrayList<>(TASKS);
        Instant now = Instant.now();
        for (int i = 0; i < TASKS; i++) {
            stored.add(TrackedTask.added(sim.newAlephTask("benchmark task " + i, null), "aleph", now));
        }
        store.upsert(stored);
        HttpKieClient client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()),
                () -> ApiKey.of(sim.apiKey()), Clock.systemUTC());
        tracker = TrackingService.builder(store, client, TaskKinds.standard().all())
                .settings(PollSettings.defaults().withInterval(INTERVAL))
                .build();
        ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
        DesktopBridge desktop = new DesktopBridge(null, tracker, () -> dataDir.resolve("library"), io);
        // The app's theme, as MainStage sets it: without it every looked-up colour fails and JavaFX logs a warning
        // per cell update, which is then measured as table work.
        new ThemeController();
        MainView view = MainView.build(tracker, desktop, false);
        // The finish notice is a popup window of its own; its first showing (ControlsFX builds and styles the
        // window) is measured apart, so this figure is the table's alone.
        view.window().notificationsEnabledProperty().set(Boolean.getBoolean("bench.notices"));
        Scene scene = new Scene(view.window(), 1280, 800);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.setTitle("Aleph Monitor");
        stage.show();
        tracker.start();
        Thread.ofPlatform().daemon().name("stall-probe").start(() -> {
            try {
                measure();
            } catch (Exception e) {
                e.printStackTrace(System.out);
            } finally {
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        });
    }

    private void measure() throws Exception {
        waitUntilAll(t -> t.status() instanceof TaskStatus.Running, Duration.ofMinutes(3));
        Thread.sleep(2_000);
        try (FxStallWatchdog watchdog = new FxStallWatchdog(20)) {
            watchdog.mark("a cycle of 10,000 running tasks");
            Thread.sleep(INTERVAL.plusSeconds(2).toMillis());
            watchdog.mark("a cycle where all 10,000 tasks finish");
            simClock.advance(SIM_RUN_TIME.plusMinutes(1));
            waitUntilAll(t -> t.status() instanceof TaskStatus.Succeeded, Duration.ofMinutes(3));
            Thread.sleep(2_000); // the batch reaches the table after the engine has it
            watchdog.close();
            System.out.println(RESULT + watchdog.maxWaitMillis() + " " + watchdog.maxWorkMillis());
            System.out.println(watchdog.report());
        }
    }

    private void waitUntilAll(Predicate<TrackedTask> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<TrackedTask> tasks = tracker.tasks();
            if (tasks.size() == TASKS && tasks.stream().allMatch(condition)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the tasks did not get there within " + timeout);
    }
}
