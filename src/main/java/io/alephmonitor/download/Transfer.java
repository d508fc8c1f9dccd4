package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One save of one link into one file, run on its own thread: the retry/resume loop. */
final class Transfer implements SaveJob, Runnable {

    /** 256 KiB per read and per write: few system calls, allocated once per save. */
    static final int BUFFER_SIZE = 256 * 1024;

    private static final Duration HEADERS_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final LinkRenewal renewal;
    private volatile URI source;
    private boolean renewed;
    private final Path target;
    private final Path part;
    private final int attempts;
    private final Duration backoff;
    private final Duration stallTimeout;
    private Path adoptable;
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private volatile CompletableFuture<?> inFlight;
    private volatile PartFileWriter writer;
    private volatile FileChannel openFile;
    private volatile IOException diskFailure;
    private volatile long bytesDone;
    private volatile long bytesTotal = -1;
    private volatile boolean cancelled;
    private volatile Thread worker;
    private Runnable onFinish = () -> { };
    private ByteBuffer block;

    Transfer(HttpClient client, URI source, Path target, int attempts, Duration backoff, Duration stallTimeout,
             LinkRenewal renewal) {
        this.client = client;
        this.source = source;
        this.renewal = renewal;
        this.target = target;
        this.part = target == null ? null : FileNames.partFileOf(target);
        this.attempts = attempts;
        this.backoff = backoff;
        this.stallTimeout = stallTimeout;
    }

    /** A job that never ran because it was refused up front. */
    static Transfer failed(SaveException why) {
        Transfer refused = new Transfer(null, null, null, 0, Duration.ZERO, Duration.ZERO, null);
        refused.result.completeExceptionally(why);
        return refused;
    }

    /** A file that may already be a complete save of this link, made by a run that stopped before recording it. */
    void adoptIfComplete(Path earlierSave) {
        this.adoptable = earlierSave;
    }

    void onFinish(Runnable action) {
        this.onFinish = action;
    }

    @Override
    public long bytesDone() {
        return bytesDone;
    }

    @Override
    public long bytesTotal() {
        return bytesTotal;
    }

    @Override
    public void cancel() {
        cancelled = true;
        CompletableFuture<?> request = inFlight;
        if (request != null) {
            request.cancel(true); // aborts the exchange
        }
        PartFileWriter body = writer;
        if (body != null) {
            body.close();
        }
        Thread running = worker;
        if (running != null) {
            running.interrupt(); // unblocks a pending send or backoff pause
        }
    }

    @Override
    public CompletableFuture<Path> result() {
        return result;
    }

    @Override
    public void run() {
        worker = Thread.currentThread();
        Path saved = null;
        Throwable failure = null;
        try {
            saved = save();
        } catch (SaveException e) {
            failure = cancelled ? cancellation() : e;
        } catch (InterruptedException | CancellationException e) {
            failure = cancellation();
        } catch (RuntimeException | Error e) {
            failure = cancelled ? cancellation()
                    : new SaveException("The save stopped unexpectedly. Try again; the part already downloaded is kept.", e);
        } finally {
            worker = null;
            Thread.interrupted();
            onFinish.run();
        }
        if (failure == null) {
            result.complete(saved);
        } else {
            result.completeExceptionally(failure);
        }
    }

    private CancellationException cancellation() {
        return new CancellationException("The save was cancelled; the part already downloaded is kept.");
    }

    private Path save() throws SaveException, InterruptedException {
        if (adoptable != null && isCompleteCopy(adoptable)) {
            return adoptable;
        }
        DiskWrites.requireFreeToCreate(target);
        block = ByteBuffer.allocateDirect(BUFFER_SIZE);
        int failuresInARow = 0;
        while (true) {
            checkCancelled();
            long before = DiskWrites.sizeOf(part);
            try {
                if (attempt(before)) {
                    return DiskWrites.moveIntoPlace(part, target);
                }
                if (before == 0) {
                    throw new SaveException("The server answered with a different part of the file than asked for. "
                            + "Check the task again later, then save again.");
                }
                failuresInARow = 0; // the part file could not be continued: start afresh, not a failure
            } catch (LinkGone gone) {
                renewOrGiveUp(gone);
            } catch (BrokenTransfer broken) {
                checkCancelled();
                failuresInARow = DiskWrites.sizeOf(part) > before ? 1 : failuresInARow + 1;
                if (failuresInARow >= attempts) {
                    throw broken.toSaveException();
                }
                Thread.sleep(backoff.multipliedBy(1L << Math.min(failuresInARow - 1, 6)));
            }
        }
    }

    /**
     * One request: resumes from {@code have} bytes when there are any. True when the part file
     * is complete; false when it was discarded and the save must start again from zero.
     */
    private boolean attempt(long have) throws SaveException, BrokenTransfer, LinkGone, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(source).GET()
                .timeout(HEADERS_TIMEOUT)
                .header("User-Agent", "AlephMonitor")
                .header("Accept-Encoding", "identity");
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        diskFailure = null;
        HttpResponse<Long> response;
        try {
            CompletableFuture<HttpResponse<Long>> pending = client.sendAsync(request.build(), info -> bodyFor(info, have));
            inFlight = pending;
            if (cancelled) {
                pending.cancel(true);
            }
            response = awaitWithStallWatch(pending);
        } catch (ExecutionException e) {
            stopWriting();
            checkCancelled();
            IOException disk = diskFailure != null ? diskFailure : writerDiskFailure();
            if (disk != null) {
                throw DiskWrites.problem(disk, part);
            }
            throw new BrokenTransfer(e.getCause());
        } catch (CancellationException e) {
            throw new InterruptedException();
        } finally {
            inFlight = null;
            stopWriting();
        }
        ServerAnswer answer = ServerAnswer.of(response.statusCode(), response.headers(), have);
        switch (answer.kind()) {
            case BODY -> {
                if (diskFailure != null) {
                    throw DiskWrites.problem(diskFailure, part);
                }
                long length = response.body();
                if (answer.total() >= 0 && length < answer.total()) {
                    throw new BrokenTransfer(new IOException("the connection ended after " + length + " of "
                            + answer.total() + " bytes"));
                }
                if (answer.total() >= 0 && length > answer.total()) {
                    DiskWrites.discard(part);
                    throw new SaveException("The server sent more data than it announced, so the file cannot be "
                            + "trusted. Check the task again for a fresh link and save again.");
                }
                return true;
            }
            case ALREADY_COMPLETE -> {
                bytesTotal = have;
                bytesDone = have;
                return true;
            }
            case RESTART -> {
                DiskWrites.discard(part);
                return false;
            }
            case GONE -> throw new LinkGone(answer.status());
            case TRY_AGAIN -> throw new BrokenTransfer(new IOException("the server answered " + answer.status()));
            default -> throw new SaveException("The server refused the download (it answered " + answer.status()
                    + "). Check the task again later, then save again.");
        }
    }

    /**
     * True when {@code file} has exactly the length the server gives for the link, asked with a
     * one-byte range so nothing large is fetched; any doubt (no answer, other length) says no.
     */
    private boolean isCompleteCopy(Path file) throws InterruptedException {
        long have = DiskWrites.sizeOf(file);
        if (have == 0 || !Files.isRegularFile(file) || Files.exists(FileNames.partFileOf(file))) {
            return false;
        }
        HttpRequest probe = HttpRequest.newBuilder(source).GET()
                .timeout(HEADERS_TIMEOUT)
                .header("User-Agent", "AlephMonitor")
                .header("Accept-Encoding", "identity")
                .header("Range", "bytes=" + (have - 1) + "-" + (have - 1))
                .build();
        try {
            HttpResponse<InputStream> answer = client.send(probe, HttpResponse.BodyHandlers.ofInputStream());
            answer.body().close(); // never reads a body the server sent whole
            ServerAnswer read = ServerAnswer.of(answer.statusCode(), answer.headers(), answer.statusCode() == 206 ? have - 1 : 0);
            return read.kind() == ServerAnswer.Kind.BODY && read.total() == have;
        } catch (IOException unknown) {
            return false;
        }
    }

    /**
     * Waits for the exchange; one that receives no byte for {@code stallTimeout} (headers or
     * body) is aborted as a broken transfer, keeping what arrived so the next attempt resumes.
     */
    private HttpResponse<Long> awaitWithStallWatch(CompletableFuture<HttpResponse<Long>> pending)
            throws ExecutionException, InterruptedException, BrokenTransfer {
        long check = Math.clamp(stallTimeout.toNanos() / 4, TimeUnit.MILLISECONDS.toNanos(20), TimeUnit.SECONDS.toNanos(1));
        long seen = activity();
        long lastSignOfLife = System.nanoTime();
        while (true) {
            try {
                return pending.get(check, TimeUnit.NANOSECONDS);
            } catch (TimeoutException waiting) {
                long now = activity();
                if (now != seen) {
                    seen = now;
                    lastSignOfLife = System.nanoTime();
                } else if (System.nanoTime() - lastSignOfLife >= stallTimeout.toNanos()) {
                    PartFileWriter body = writer;
                    if (body != null) {
                        body.closeKeepingWhatArrived();
                    }
                    pending.cancel(true);
                    throw new BrokenTransfer(new IOException("no data arrived for " + describe(stallTimeout)));
                }
            }
        }
    }

    /** Changes whenever the server sends something: the body starting, or more of it arriving. */
    private long activity() {
        PartFileWriter body = writer;
        return body == null ? -1 : body.bytesReceived();
    }

    private static String describe(Duration d) {
        long seconds = Math.max(1, d.toSeconds());
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    /**
     * An expired link gets one fresh temporary link from kie.ai and one more try (the part file is
     * resumed from it); a second refusal, or no fresh link, ends the save with the reason.
     */
    private void renewOrGiveUp(LinkGone gone) throws SaveException, InterruptedException {
        if (renewal == null) {
            throw new SaveException("The link has expired or was removed (the server answered " + gone.status
                    + "). Check the task again to get a fresh link, then save again.");
        }
        if (renewed) {
            throw new SaveException("The result link has expired, and the fresh link kie.ai gave was refused too "
                    + "(the server answered " + gone.status + "). Try again later; if it keeps failing, the result is lost.");
        }
        renewed = true;
        checkCancelled();
        source = renewal.renew(source);
        checkCancelled();
    }

    /** Chooses where the body goes once the status is known; runs on the HTTP client's thread. */
    private HttpResponse.BodySubscriber<Long> bodyFor(HttpResponse.ResponseInfo info, long have) {
        ServerAnswer answer = ServerAnswer.of(info.statusCode(), info.headers(), have);
        if (answer.kind() != ServerAnswer.Kind.BODY || cancelled) {
            return HttpResponse.BodySubscribers.replacing(-1L);
        }
        try {
            FileChannel file = DiskWrites.openAt(part, answer.offset());
            openFile = file;
            bytesTotal = answer.total();
            bytesDone = answer.offset();
            PartFileWriter body = new PartFileWriter(file, block, written -> bytesDone = written);
            writer = body;
            return body;
        } catch (IOException e) {
            diskFailure = e;
            return HttpResponse.BodySubscribers.replacing(-1L);
        }
    }

    private IOException writerDiskFailure() {
        PartFileWriter body = writer;
        return body == null ? null : body.diskFailure();
    }

    /** Makes sure no byte of the current body reaches the file any more, and closes it. */
    private void stopWriting() {
        PartFileWriter body = writer;
        if (body != null) {
            body.close();
        }
        FileChannel file = openFile;
        openFile = null;
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // every byte was written with positional writes already; closing frees the handle
            }
        }
    }

    private void checkCancelled() throws InterruptedException {
        if (cancelled) {
            throw new InterruptedException();
        }
    }

    /** The server says the link is gone (401/403/404/410). */
    static final class LinkGone extends Exception {
        final int status;

        LinkGone(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** A connection that broke or a server that failed for now: worth another attempt. */
    static final class BrokenTransfer extends Exception {
        BrokenTransfer(Throwable cause) {
            super(cause);
        }

        SaveException toSaveException() {
            String reason = getCause().getMessage() == null ? getCause().getClass().getSimpleName() : getCause().getMessage();
            return new SaveException("The download kept breaking off (" + reason + "). Check your connection and save again; the part already downloaded is kept and will be resumed.",
                    getCause());
        }
    }
}
