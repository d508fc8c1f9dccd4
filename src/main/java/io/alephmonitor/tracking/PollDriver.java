package io.alephmonitor.tracking;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs poll cycles repeatedly off the FX thread and hands each result over as one batch. The
 * JavaFX {@link FxPollDriver} in the app; tests drive cycles by hand.
 */
public interface PollDriver {

    /** Starts ticking: each tick runs {@code cycle} in the background, then passes its result to {@code publish}. */
    void start(Supplier<CycleResult> cycle, Consumer<CycleResult> publish);

    /** Stops ticking; a cycle already running may finish, its result is dropped. */
    void stop();
}
