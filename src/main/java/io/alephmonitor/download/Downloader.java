package io.alephmonitor.download;

import io.alephmonitor.model.ResultType;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Saves web resources to files: streamed with constant memory through a {@code NAME.part} file,
 * resumed with HTTP Range after a broken connection, moved into place only when complete.
 * Never overwrites an existing file. Thread-safe; every save runs on its own virtual thread.
 */
public final class Downloader implements AutoCloseable {

    /** How often a save tries again after a broken connection that made no progress. */
    public static final int DEFAULT_ATTEMPTS = 5;

    /** The pause before the first retry; it doubles for each further one. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(250);

    /** How long a save waits without receiving a byte before it gives the connection up and resumes afresh. */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(30);

    private final ExecutorService executor;
    private final int attempts;
    private final Duration backoff;
    private final Duration stallTimeout;
    private final LinkRenewal renewal;
    private final Map<Path, Transfer> running = new ConcurrentHashMap<>();

    /** A downloader with the default retry policy. */
    public Downloader() {
        this(DEFAULT_ATTEMPTS, DEFAULT_BACKOFF);
    }

    /** A downloader that retries {@code attempts} times, waiting {@code backoff} at first. */
    public Downloader(int attempts, Duration backoff) {
        this(attempts, backoff, DEFAULT_STALL_TIMEOUT);
    }

    /**
     * A downloader that retries {@code attempts} times, waiting {@code backoff} at first, and treats
     * {@code stallTimeout} without a byte as a broken connection.
     */
    public Downloader(int attempts, Duration backoff, Duration stallTimeout) {
        this(attempts, backoff, stallTimeout, null);
    }

    /** A downloader with the default retry policy that asks {@code renewal} for a fresh link once when a result link answers 403/404/410. */
    public Downloader(LinkRenewal renewal) {
        this(DEFAULT_ATTEMPTS, DEFAULT_BACKOFF, renewal);
    }

    /** {@link #Downloader(LinkRenewal)} with its own retry policy. */
    public Downloader(int attempts, Duration backoff, LinkRenewal renewal) {
        this(attempts, backoff, DEFAULT_STALL_TIMEOUT, renewal);
    }

    private Downloader(int attempts, Duration backoff, Duration stallTimeout, LinkRenewal renewal) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new IllegalArgumentException("the stall timeout must be positive");
        }
        this.stallTimeout = stallTimeout;
        this.attempts = attempts;
        this.backoff = Objects.requireNonNull(backoff);
        this.renewal = renewal;
        this.executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("aleph-download-", 0).factory());
    }

    /**
     * Starts saving {@code source} into {@code target}. Returns at once; the job reports progress
     * and completes with {@code target}, or with a {@link SaveException} a user understands
     * (refused link, expired link, existing file, full disk…), or is cancelled.
     * A {@code target.part} left by an earlier save of the same link is resumed.
     */
    public SaveJob start(URI source, Path target) {
        return start(source, target, null);
    }

    /**
     * {@link #start(URI, Path)}, but when {@code earlierSave} is a file of exactly the length the
     * server gives for {@code source} (a save an earlier run finished but was stopped before
     * recording), the job completes with {@code earlierSave} and nothing is downloaded again.
     */
    public SaveJob start(URI source, Path target, Path earlierSave) {
        return start(source, target, earlierSave, null, false);
    }

    /**
     * {@link #start(URI, Path, Path)} of a result of this type (null: any): an answer that is a web
     * page or a file of another type saves nothing and fails with a sentence saying so. With
     * {@code expired} (kie.ai said the link is dead) a fresh link is asked for first.
     */
    public SaveJob start(URI source, Path target, Path earlierSave, ResultType expected, boolean expired) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            WebAddress.requireFetchable(source);
        } catch (SaveException refused) {
            return Transfer.failed(refused);
        }
        Transfer transfer = new Transfer(source, absolute, attempts, backoff, stallTimeout, renewal);
        transfer.expect(expected);
        if (expired) {
            transfer.renewFirst();
        }
        if (earlierSave != null) {
            transfer.adoptIfComplete(earlierSave.toAbsolutePath().normalize());
        }
        if (running.putIfAbsent(absolute, transfer) != null) {
            return Transfer.failed(new SaveException("“" + absolute.getFileName()
                    + "” is already being saved. Wait for that save to finish."));
        }
        // Released before the job completes, so whoever waits on it may start the next save at once.
        transfer.onFinish(() -> running.remove(absolute, transfer));
        executor.execute(transfer);
        return transfer;
    }

    /** Where work that must not block its caller (asking a link, writing inline text) runs: the saves' own virtual threads. */
    Executor executor() {
        return executor;
    }

    /** How long a request may wait without a byte. */
    Duration stallTimeout() {
        return stallTimeout;
    }

    /** Cancels every running save (their .part files stay) and stops the worker threads. */
    @Override
    public void close() {
        running.values().forEach(Transfer::cancel);
        executor.shutdown();
    }
}
