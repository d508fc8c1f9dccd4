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
 * For information: {@link PollCycleBench} with every simulator answer sent {@code delayMillis} after its
 * request arrived, as over a network. The reference then takes N × delay (about 50 s for 10,000 × 5 ms),
 * so it runs twice, unwarmed: the wait, not the JIT, is what it measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx1g"})
public class PollCycleDelayedBench {

    static final int DELAY_MILLIS = 5;

    @Param("10000")
    public int tasks;

    private PollCycleRig rig;

    @Setup(Level.Trial)
    public void start() throws Exception {
        rig = new PollCycleRig(tasks, Duration.ofMillis(DELAY_MILLIS));
    }

    @Setup(Level.Invocation)
    public void nextInterval() {
        rig.nextInterval();
    }

    @Benchmark
    @Warmup(iterations = 4)
    @Measurement(iterations = 3)
    public int fullCycle() {
        return rig.fullCycle();
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    public int sequentialAwaited() {
        return rig.sequentialAwaited();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        rig.close();
    }
}
