package io.alephmonitor.tracking;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Ticks only when the test says so: the cycle on the test's thread, its batch on the listener thread. */
final class ManualDriver implements PollDriver {

    private final Executor listenerThread;
    private volatile Supplier<CycleResult> cycle;
    private volatile Consumer<CycleResult> publish;

    ManualDriver(Executor listenerThread) {
        this.listenerThread = listenerThread;
    }

    @Override
    public void start(Supplier<CycleResult> c, Consumer<CycleResult> p) {
        cycle = c;
        publish = p;
    }

    @Override
    public void stop() {
        cycle = null;
    }

    void tick() {
        CycleResult result = cycle.get();
        listenerThread.execute(() -> publish.accept(result));
    }
}
