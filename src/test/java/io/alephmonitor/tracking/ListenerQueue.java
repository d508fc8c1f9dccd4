package io.alephmonitor.tracking;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Stands in for the FX thread: listener batches queue up and the test runs them in order. */
final class ListenerQueue implements Executor {

    private final BlockingQueue<Runnable> batches = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable batch) {
        batches.add(batch);
    }

    /** Runs the next batch, waiting for it to be handed over (e.g. after a store write). */
    void runNext() throws InterruptedException {
        Runnable next = batches.poll(10, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("No batch was handed to the listener thread");
        }
        next.run();
    }

    /** Runs every batch already handed over. */
    void runPending() {
        Runnable next;
        while ((next = batches.poll()) != null) {
            next.run();
        }
    }
}
