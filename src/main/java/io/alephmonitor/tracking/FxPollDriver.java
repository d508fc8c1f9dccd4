package io.alephmonitor.tracking;

import javafx.application.Platform;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The background poller as a JavaFX {@link ScheduledService}: every tick one cycle runs on a
 * background thread and its result reaches the FX thread once, through {@code onSucceeded}.
 * The tick is short (1 s by default) while each task keeps its own due time, so a new task or
 * "Check again" waits at most one tick, and a changed interval needs no service restart.
 */
public final class FxPollDriver implements PollDriver {

    private final Duration tick;
    private final ExecutorService cycleThread =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("poll-cycle").factory());
    private PollService service;

    public FxPollDriver(Duration tick) {
        this.tick = tick;
    }

    @Override
    public void start(Supplier<CycleResult> cycle, Consumer<CycleResult> publish) {
        onFxThread(() -> {
            if (service != null) {
                return;
            }
            PollService started = new PollService(cycle);
            started.setPeriod(javafx.util.Duration.millis(tick.toMillis()));
            started.setRestartOnFailure(true);
            // The service hands its next cycle to the executor from a runLater; one posted just before stop()
            // must be dropped, not rejected by the shut-down pool (both run on the FX thread, so no race).
            started.setExecutor(command -> {
                if (!cycleThread.isShutdown()) {
                    cycleThread.execute(command);
                }
            });
            started.setOnSucceeded(event -> {
                CycleResult result = started.getValue();
                if (result != null && service == started) {
                    publish.accept(result);
                }
            });
            service = started;
            service.start();
        });
    }

    @Override
    public void stop() {
        onFxThread(() -> {
            if (service != null) {
                service.cancel();
                service = null;
            }
            cycleThread.shutdownNow();
        });
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** One cycle per run. */
    private static final class PollService extends ScheduledService<CycleResult> {

        private final Supplier<CycleResult> cycle;

        PollService(Supplier<CycleResult> cycle) {
            this.cycle = cycle;
        }

        @Override
        protected Task<CycleResult> createTask() {
            return new Task<>() {
                @Override
                protected CycleResult call() {
                    return cycle.get();
                }
            };
        }
    }
}
