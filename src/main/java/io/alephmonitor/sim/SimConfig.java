package io.alephmonitor.sim;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link KieSimulator} runs.
 *
 * @param port      TCP port on 127.0.0.1; 0 picks a free one
 * @param apiKey    the only bearer token the simulator accepts
 * @param runTime   how long a new task stays Running before it succeeds
 * @param slowDelay how long a task scripted {@link Behaviour#SLOW} takes to answer
 * @param clock     the time tasks progress by; tests pass a clock they move by hand
 * @param responseDelay how long every API answer waits before it is sent, as if over a network
 *                  (0: at once); no server thread waits meanwhile
 */
public record SimConfig(int port, String apiKey, Duration runTime, Duration slowDelay, Clock clock,
                        Duration responseDelay) {

    public SimConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(runTime, "runTime");
        Objects.requireNonNull(slowDelay, "slowDelay");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(responseDelay, "responseDelay");
        if (runTime.isNegative() || slowDelay.isNegative() || responseDelay.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /** Random free port, key "sim-key", tasks finish after 2 s, slow answers take 5 s, system clock, no response delay. */
    public static SimConfig defaults() {
        return new SimConfig(0, "sim-key", Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC(), Duration.ZERO);
    }

    public SimConfig withPort(int p) {
        return new SimConfig(p, apiKey, runTime, slowDelay, clock, responseDelay);
    }

    public SimConfig withApiKey(String k) {
        return new SimConfig(port, k, runTime, slowDelay, clock, responseDelay);
    }

    public SimConfig withRunTime(Duration d) {
        return new SimConfig(port, apiKey, d, slowDelay, clock, responseDelay);
    }

    public SimConfig withSlowDelay(Duration d) {
        return new SimConfig(port, apiKey, runTime, d, clock, responseDelay);
    }

    public SimConfig withClock(Clock c) {
        return new SimConfig(port, apiKey, runTime, slowDelay, c, responseDelay);
    }

    /** Every API answer (not result files) is sent this long after its request arrived. */
    public SimConfig withResponseDelay(Duration d) {
        return new SimConfig(port, apiKey, runTime, slowDelay, clock, d);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "SimConfig[port=" + port + ", apiKey=***, runTime=" + runTime + ", slowDelay=" + slowDelay
                + ", clock=" + clock + ", responseDelay=" + responseDelay + "]";
    }
}
