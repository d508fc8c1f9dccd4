package io.alephmonitor.app;

import javafx.application.Platform;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures how long the FX thread keeps events waiting: every 10 ms a probe is posted with
 * {@code Platform.runLater} and, when it runs, the wait and the FX thread's own CPU time within it
 * are recorded (the rest is time parked, e.g. waiting for the renderer, or ready to run without a core). While a probe waits
 * longer than the sampling threshold the FX thread's stack is sampled, so a stall can be traced to
 * its cause, and a parked FX thread is told apart: waiting for the renderer to finish the previous
 * frame is normal, waiting for anything else (a lock, a future, I/O) is a bug.
 */
final class FxStallWatchdog implements AutoCloseable {

    /** What the FX thread was doing during one stall, sampled every 10 ms. */
    private record Stall(List<String> samples) {
    }

    /** A probe posted to the FX thread, with the FX thread's CPU time at that moment. */
    private record Probe(long postedNanos, long fxCpuNanos) {
    }

    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final String RENDERER_WAIT = "waitForRenderingToComplete";
    /**
     * The headless platform's event loop waiting for the next event: an FX thread parked there is idle. A probe
     * that still waits was posted and the thread woken, but on a loaded machine it has not got a core yet.
     */
    private static final String IDLE_EVENT_LOOP = "newRunLoop";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long sampleAfterNanos;
    private final ConcurrentLinkedQueue<Probe> pending = new ConcurrentLinkedQueue<>();
    private final List<Stall> stalls = new ArrayList<>();
    private final List<String> blockings = new ArrayList<>();
    private final Thread thread;
    private volatile Thread fxThread;
    private volatile boolean running = true;
    private long probes;
    // Written on the FX thread only (probes run there), read after close().
    private volatile long maxWaitNanos;
    private volatile long maxWaitCpuNanos;
    private volatile long maxCpuNanos;
    private volatile long maxCpuWaitNanos;

    /** Starts probing at once; stalls longer than {@code sampleAfterMillis} get stack samples. */
    FxStallWatchdog(long sampleAfterMillis) {
        this.sampleAfterNanos = TimeUnit.MILLISECONDS.toNanos(sampleAfterMillis);
        Platform.runLater(() -> fxThread = Thread.currentThread());
        thread = Thread.ofPlatform().daemon().name("fx-stall-watchdog").start(this::probe);
    }

    private long fxCpuNanos() {
        Thread fx = fxThread;
        return fx == null ? -1 : threads.getThreadCpuTime(fx.threadId());
    }

    private void probe() {
        List<String> samples = new ArrayList<>();
        Probe sampledFor = null;
        while (running) {
            Probe probe = new Probe(System.nanoTime(), fxCpuNanos());
            pending.add(probe);
            Platform.runLater(() -> arrived(probe));
            probes++;
            LockSupport.parkNanos(PERIOD_NANOS);
            Probe oldest = pending.peek();
            long now = System.nanoTime();
            Thread fx = fxThread;
            if (oldest == null || now - oldest.postedNanos() <= sampleAfterNanos || fx == null) {
                continue;
            }
            if (sampledFor != oldest) {
                samples = new ArrayList<>();
                sampledFor = oldest;
            }
            Thread.State state = fx.getState();
            StackTraceElement[] stack = fx.getStackTrace();
            long busy = oldest.fxCpuNanos() < 0 ? -1 : fxCpuNanos() - oldest.fxCpuNanos();
            String sample = describe(stack, state, now - oldest.postedNanos(), busy);
            samples.add(sample);
            if (samples.size() == 1) {
                synchronized (stalls) {
                    stalls.add(new Stall(samples));
                }
            }
            boolean parked = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                    || state == Thread.State.BLOCKED;
            // Re-read after the stack: a thread that moved on meanwhile is not blocked.
            if (parked && fx.getState() == state && !mentions(stack, RENDERER_WAIT) && !idle(stack)) {
                synchronized (stalls) {
                    blockings.add(sample);
                }
            }
        }
    }

    private void arrived(Probe probe) {
        long wait = System.nanoTime() - probe.postedNanos();
        long cpu = probe.fxCpuNanos() < 0 ? 0 : fxCpuNanos() - probe.fxCpuNanos();
        pending.remove(probe);
        if (wait > maxWaitNanos) {
            maxWaitNanos = wait;
            maxWaitCpuNanos = cpu;
        }
        if (cpu > maxCpuNanos) {
            maxCpuNanos = cpu;
            maxCpuWaitNanos = wait;
        }
    }

    /** Parked in the event loop's own wait for the next event (the top frames are the queue's wait). */
    private static boolean idle(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (e.getMethodName().equals(IDLE_EVENT_LOOP)) {
                return true;
            }
            if (e.getClassName().startsWith("io.alephmonitor") || e.getClassName().startsWith("javafx.")) {
                return false; // something of ours or of JavaFX's is waiting, not the event loop
            }
        }
        return false;
    }

    private static boolean mentions(StackTraceElement[] stack, String method) {
        for (StackTraceElement e : stack) {
            if (e.getMethodName().equals(method)) {
                return true;
            }
        }
        return false;
    }

    /** The top of the stack, every frame of the app or its UI libraries, and where the event came from. */
    private static String describe(StackTraceElement[] stack, Thread.State state, long waitedNanos, long busyNanos) {
        StringBuilder sb = new StringBuilder("after " + millis(waitedNanos) + " ms (FX thread on a CPU for "
                + millis(busyNanos) + " ms of it) the FX thread was " + state + " at:\n");
        for (int i = 0; i < stack.length; i++) {
            String frame = stack[i].toString();
            boolean ours = frame.contains("io.alephmonitor") || frame.contains("controlsfx") || frame.contains("atlantafx");
            if (i < 10 || ours || i >= stack.length - 6) {
                sb.append("    at ").append(frame).append('\n');
            } else if (!sb.toString().endsWith("...\n")) {
                sb.append("    ...\n");
            }
        }
        return sb.toString();
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** The longest any probe waited for the FX thread (wall clock), in milliseconds. */
    long maxWaitMillis() {
        return millis(maxWaitNanos);
    }

    /** The most CPU time the FX thread spent while a single probe waited: its longest run of work, in ms. */
    long maxWorkMillis() {
        return millis(maxCpuNanos);
    }

    /** Samples that caught the FX thread parked on something other than the renderer. */
    List<String> blockings() {
        synchronized (stalls) {
            return List.copyOf(blockings);
        }
    }

    /** Notes where the flow is, so the report shows which step each stall belongs to. */
    void mark(String step) {
        synchronized (stalls) {
            stalls.add(new Stall(List.of("=== " + step + " ===\n")));
        }
    }

    /** A one-line summary. */
    String summary() {
        return probes + " probes; longest run of FX-thread work " + maxWorkMillis() + " ms (within a "
                + millis(maxCpuWaitNanos) + " ms wait); longest wait " + maxWaitMillis() + " ms, of which the FX thread"
                + " worked " + millis(maxWaitCpuNanos) + " ms (the rest: waiting for the software renderer or for a core)";
    }

    /** The summary and every stack sample of every stall past the sampling threshold. */
    String report() {
        synchronized (stalls) {
            StringBuilder sb = new StringBuilder(summary()).append('\n');
            for (Stall s : stalls) {
                if (!s.samples().getFirst().startsWith("===")) {
                    sb.append("--- stall ---\n");
                }
                List.copyOf(s.samples()).forEach(sb::append);
            }
            return sb.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
