package io.alephmonitor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A process the suite starts: its launch time, its output lines as they come, and a clean end. */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final long launchedEpochMillis;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder transcript = new StringBuilder();

    private ChildProcess(Process process, long launchedEpochMillis) {
        this.process = process;
        this.launchedEpochMillis = launchedEpochMillis;
        Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (transcript) {
                        transcript.append(line).append('\n');
                    }
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    /** Starts {@code command} (stderr merged into stdout) with these extra environment variables. */
    static ChildProcess start(List<String> command, Map<String, String> env, Path workDir) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(workDir.toFile());
        builder.environment().putAll(env);
        try {
            long launched = System.currentTimeMillis();
            return new ChildProcess(builder.start(), launched);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.getFirst(), e);
        }
    }

    long launchedEpochMillis() {
        return launchedEpochMillis;
    }

    long pid() {
        return process.pid();
    }

    /** The rest of the first output line starting with {@code prefix}; fails after {@code timeoutSeconds}. */
    String awaitLine(String prefix, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException("no '" + prefix + "' line within " + timeoutSeconds
                        + " s; the child said:\n" + transcript());
            }
            int at = line.indexOf(prefix);
            if (at >= 0) {
                return line.substring(at + prefix.length()).strip();
            }
        }
    }

    /** Waits for the process to end by itself; returns its exit code. */
    int awaitExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            close();
            throw new IllegalStateException("the child did not end within " + timeoutSeconds + " s:\n" + transcript());
        }
        return process.exitValue();
    }

    String transcript() {
        synchronized (transcript) {
            return transcript.toString();
        }
    }

    /** Asks the process to end (SIGTERM), then kills it if it does not. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
