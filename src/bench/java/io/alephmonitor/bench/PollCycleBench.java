package io.alephmonitor.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One full poll cycle of N running tasks against the simulator on loopback, the way the app runs it
 * (PollEngine with the production settings, a cycle per tick until every task was polled,
 * answers saved to SQLite), against the reference: the same requests one after another, each awaited.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx1g"})
// Six warm-up cycles: over the first ones the JIT is still compiling the HTTP client's paths (a fresh JVM's
// cycle went 3.9 s, 1.9 s, 1.6 s, 1.3 s, 1.1 s, 0.9 s, then held at 0.6-0.7 s); an app polls for hours.
@Warmup(iterations = 6)
@Measurement(iterations = 5)
public class PollCycleBench {

    @Param("10000")
    public int tasks;

    private PollCycleRig rig;

    @Setup(Level.Trial)
    public void start() throws Exception {
        rig = new PollCycleRig(tasks, Duration.ZERO);
    }

    @Setup(Level.Invocation)
    public void nextInterval() {
        rig.nextInterval();
    }

    @Benchmark
    public int fullCycle() {
        return rig.fullCycle();
    }

    @Benchmark
    public int sequentialAwaited() {
        return rig.sequentialAwaited();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        rig.close();
    }
}
