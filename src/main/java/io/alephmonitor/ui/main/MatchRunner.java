package io.alephmonitor.ui.main;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the filter tests a snapshot of the rows: the work runs somewhere, then its outcome is applied on the FX
 * thread. The app tests a large table on a background thread; view-model tests run both steps by hand or at once.
 */
@FunctionalInterface
interface MatchRunner {

    /** Below this many rows the match costs less than a millisecond or two: it runs at once on the FX thread. */
    int BACKGROUND_FROM = 5_000;

    /**
     * Runs {@code work} (it reads only immutable data and may run on any thread) over {@code rows} rows, then hands
     * its outcome to {@code apply} on the FX thread.
     */
    <T> void run(int rows, Supplier<T> work, Consumer<T> apply);

    /** Both steps at once, on the calling thread. */
    static MatchRunner direct() {
        return new MatchRunner() {
            @Override
            public <T> void run(int rows, Supplier<T> work, Consumer<T> apply) {
                apply.accept(work.get());
            }
        };
    }

    /**
     * A large table's match on one background thread ("row-match"), its outcome through {@code Platform.runLater};
     * a small table's, or one off the FX thread (view-model tests without a toolkit), at once.
     */
    static MatchRunner fx() {
        return new MatchRunner() {
            private ExecutorService thread;

            @Override
            public <T> void run(int rows, Supplier<T> work, Consumer<T> apply) {
                if (rows < BACKGROUND_FROM || !Platform.isFxApplicationThread()) {
                    apply.accept(work.get());
                    return;
                }
                if (thread == null) {
                    thread = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("row-match")
                            .unstarted(r));
                }
                thread.execute(() -> {
                    T outcome = work.get();
                    Platform.runLater(() -> apply.accept(outcome));
                });
            }
        };
    }
}
