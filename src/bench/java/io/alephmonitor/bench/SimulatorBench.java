package io.alephmonitor.bench;

import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The simulator alone, holding 10,000 tasks: record-info answers per second to a minimal keep-alive
 * HTTP/1.1 client (a few lines over a socket, so nearly all the CPU is the simulator's), to show it is
 * not what limits a poll cycle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(4)
public class SimulatorBench {

    static final int TASKS = 10_000;

    private KieSimulator sim;
    private List<String> ids;

    @Setup(Level.Trial)
    public void start() {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ofDays(1)));
        ids = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            ids.add(sim.newAlephTask("benchmark task " + i, null));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        sim.close();
    }

    /** One keep-alive connection per benchmark thread. */
    @State(Scope.Thread)
    public static class Connection {
        Socket socket;
        OutputStream out;
        InputStream in;

        @Setup(Level.Trial)
        public void open(SimulatorBench bench) throws IOException {
            socket = new Socket(bench.sim.baseUri().getHost(), bench.sim.baseUri().getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            socket.close();
        }
    }

    @Benchmark
    public int recordInfo(Connection c) throws IOException {
        String id = ids.get(ThreadLocalRandom.current().nextInt(TASKS));
        c.out.write(("GET /api/v1/aleph/record-info?taskId=" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + sim.apiKey() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        c.out.flush();
        int length = -1;
        for (String line; !(line = readLine(c.in)).isEmpty(); ) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        if (length < 0) {
            throw new IOException("no Content-Length");
        }
        return c.in.readNBytes(length).length;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}
