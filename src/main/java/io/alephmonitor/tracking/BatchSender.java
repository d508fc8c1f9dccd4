package io.alephmonitor.tracking;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The thread that sends a {@link BatchQueue}'s rows: one request at a time, waiting out the creation limit and
 * sleeping while there is nothing to send until the queue says it has work (a new batch, a resume, a resend).
 */
public final class BatchSender implements AutoCloseable {

    private static final Duration IDLE_CHECK = Duration.ofSeconds(30);

    private final BatchQueue queue;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private boolean woken;
    private volatile boolean closed;
    private Thread thread;

    public BatchSender(BatchQueue queue) {
        this.queue = queue;
        queue.onWork(this::wake);
    }

    /** Starts sending on a virtual thread of its own. */
    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofVirtual().name("batch-send").start(this::run);
        }
    }

    private void run() {
        while (!closed) {
            Duration pause = switch (queue.sendNext()) {
                case BatchQueue.Step.Sent sent -> Duration.ZERO;
                case BatchQueue.Step.Wait(Duration delay) -> delay;
                case BatchQueue.Step.Idle idle -> IDLE_CHECK;
            };
            if (!pause.isZero()) {
                awaitWork(pause);
            }
        }
    }

    private void awaitWork(Duration atMost) {
        lock.lock();
        try {
            long nanos = atMost.toNanos();
            while (!woken && !closed && nanos > 0) {
                nanos = work.awaitNanos(nanos);
            }
            woken = false;
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    private void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops after the request on its way (if any) has its answer stored. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        wake();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.join(TimeUnit.SECONDS.toMillis(30));
        }
    }
}
