package io.alephmonitor.settings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Makes one running app the only writer of a data folder. The first instance holds an OS file
 * lock on {@code instance.lock} and listens on a loopback port (published with a random token
 * in {@code instance.port}); a later instance hands its task IDs to it and exits instead of
 * opening the database a second time.
 *
 * <p>The OS releases the file lock when a process dies, so a crashed app never blocks the next.
 */
public final class AppInstanceLock implements AutoCloseable {

    /** What {@link #acquireOrHandOver} found. */
    public enum Outcome {
        /** This process owns the data folder: open the store and start the app. */
        PRIMARY,
        /** Another instance owns the folder and received our task IDs: exit quietly. */
        HANDED_OVER,
        /** Another instance holds the lock but did not answer: tell the user and exit. */
        OTHER_INSTANCE_UNREACHABLE
    }

    static final String LOCK_FILE = "instance.lock";
    static final String PORT_FILE = "instance.port";
    private static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(3);
    private static final int CONNECT_TIMEOUT_MS = 2_000;

    private final Outcome outcome;
    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;
    private final HandOverListener listener;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AppInstanceLock(Outcome outcome, Path dataDir, FileChannel channel, FileLock lock,
                            HandOverListener listener) {
        this.outcome = outcome;
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
        this.listener = listener;
    }

    /**
     * Claims {@code dataDir} for this process, or hands {@code idsToHandOver} to the process that
     * has it. As primary, {@code onHandOver} later receives the IDs of every later launch, on a
     * background thread (an empty list means "launched again without IDs": bring the window up).
     */
    public static AppInstanceLock acquireOrHandOver(Path dataDir, List<String> idsToHandOver,
                                                    Consumer<List<String>> onHandOver) throws IOException {
        return acquireOrHandOver(dataDir, idsToHandOver, onHandOver, DEFAULT_PATIENCE);
    }

    /**
     * As above; {@code patience} is how long to keep trying when the other instance is just
     * starting (no port published yet) or just quitting (lock about to be released).
     */
    static AppInstanceLock acquireOrHandOver(Path dataDir, List<String> idsToHandOver,
                                             Consumer<List<String>> onHandOver, Duration patience)
            throws IOException {
        Objects.requireNonNull(onHandOver, "onHandOver");
        Files.createDirectories(dataDir);
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            AppInstanceLock primary = tryToBecomePrimary(dataDir, onHandOver);
            if (primary != null) {
                return primary;
            }
            if (handOver(dataDir, idsToHandOver)) {
                return new AppInstanceLock(Outcome.HANDED_OVER, dataDir, null, null, null);
            }
            if (System.nanoTime() >= deadline) {
                return new AppInstanceLock(Outcome.OTHER_INSTANCE_UNREACHABLE, dataDir, null, null, null);
            }
            pause();
        }
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean isPrimary() {
        return outcome == Outcome.PRIMARY;
    }

    /** A sentence for the user when this process is not the primary one; null when it is. */
    public String userMessage() {
        return switch (outcome) {
            case PRIMARY -> null;
            case HANDED_OVER -> "Aleph Monitor is already running; the task IDs were added to its window.";
            case OTHER_INSTANCE_UNREACHABLE -> "Aleph Monitor is already running with the data folder " + dataDir
                    + " but did not respond. Close it (or end it in the task manager) and start again.";
        };
    }

    /** Stops listening and releases the folder; does nothing for a non-primary result or a second time. */
    @Override
    public void close() throws IOException {
        if (!isPrimary() || !closed.compareAndSet(false, true)) {
            return;
        }
        listener.stop();
        try {
            Files.deleteIfExists(dataDir.resolve(PORT_FILE));
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static AppInstanceLock tryToBecomePrimary(Path dataDir, Consumer<List<String>> onHandOver)
            throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException held) {
            lock = null; // held by this very JVM (another AppInstanceLock on the same folder)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        try {
            HandOverListener listener = HandOverListener.start(onHandOver);
            publish(dataDir.resolve(PORT_FILE), listener.port(), listener.token());
            return new AppInstanceLock(Outcome.PRIMARY, dataDir, channel, lock, listener);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** Owner-only, so other local users cannot read the token; moved into place whole. */
    private static void publish(Path portFile, int port, String token) throws IOException {
        OwnerOnlyFiles.writeAtomically(portFile, (port + "\n" + token + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** True when a running instance confirmed that it received the IDs. */
    private static boolean handOver(Path dataDir, List<String> ids) {
        List<String> published;
        try {
            published = Files.readAllLines(dataDir.resolve(PORT_FILE), StandardCharsets.UTF_8);
        } catch (IOException notYetPublished) {
            return false;
        }
        if (published.size() < 2) {
            return false;
        }
        try (Socket socket = new Socket()) {
            int port = Integer.parseInt(published.get(0).strip());
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MS);
            StringBuilder message = new StringBuilder(published.get(1).strip()).append('\n');
            for (String id : ids) {
                String clean = id.strip();
                if (!clean.isEmpty() && clean.indexOf('\n') < 0 && clean.indexOf('\r') < 0) {
                    message.append(clean).append('\n');
                }
            }
            OutputStream out = socket.getOutputStream();
            out.write(message.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            var reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return HandOverListener.ACCEPTED.equals(reply.readLine());
        } catch (IOException | IllegalArgumentException e) { // IAE covers a garbled port number
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
