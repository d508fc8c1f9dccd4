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
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** One save of one link into one file, run on its own thread: the retry/resume loop. */
final class Transfer implements SaveJob, Runnable {

    /** 256 KiB per read and per write: few system calls, allocated once per save. */
    static final int BUFFER_SIZE = 256 * 1024;

    private static final Duration HEADERS_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI source;
    private final Path target;
    private final Path part;
    private final int attempts;
    private final Duration backoff;
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private final AtomicReference<InputStream> openBody = new AtomicReference<>();
    private volatile long bytesDone;
    private volatile long bytesTotal = -1;
    private volatile boolean cancelled;
    private volatile Thread worker;
    private Runnable onFinish = () -> { };
    private byte[] buffer;

    Transfer(HttpClient client, URI source, Path target, int attempts, Duration backoff) {
        this.client = client;
        this.source = source;
        this.target = target;
        this.part = target == null ? null : FileNames.partFileOf(target);
        this.attempts = attempts;
        this.backoff = backoff;
    }

    /** A job that never ran because it was refused up front. */
    static Transfer failed(SaveException why) {
        Transfer refused = new Transfer(null, null, null, 0, Duration.ZERO);
        refused.result.completeExceptionally(why);
        return refused;
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
        closeBody(); // unblocks a pending read
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
        DiskWrites.requireFreeToCreate(target);
        buffer = new byte[BUFFER_SIZE];
        int failuresInARow = 0;
        while (true) {
            checkCancelled();
            long before = DiskWrites.sizeOf(part);
            try {
                if (attempt(before)) {
                    return DiskWrites.moveIntoPlace(part, target);
                }
                failuresInARow = 0; // the server asked for a fresh start: not a failure
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
    private boolean attempt(long have) throws SaveException, BrokenTransfer, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(source).GET()
                .timeout(HEADERS_TIMEOUT)
                .header("User-Agent", "AlephMonitor")
                .header("Accept-Encoding", "identity");
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            checkCancelled();
            throw new BrokenTransfer(e);
        }
        try (InputStream body = response.body()) {
            openBody.set(body);
            if (cancelled) {
                throw new InterruptedException();
            }
            ServerAnswer answer = ServerAnswer.of(response, have);
            switch (answer.kind()) {
                case RESTART -> {
                    DiskWrites.discard(part);
                    return false;
                }
                case ALREADY_COMPLETE -> {
                    bytesDone = have;
                    bytesTotal = have;
                    return true;
                }
                case BODY -> {
                    bytesTotal = answer.total();
                    bytesDone = answer.offset();
                    writeBody(body, answer.offset(), answer.total());
                    return true;
                }
                default -> throw new IllegalStateException(answer.kind().name());
            }
        } catch (IOException closing) {
            throw new BrokenTransfer(closing);
        } finally {
            openBody.set(null);
        }
    }

    private void writeBody(InputStream body, long offset, long total)
            throws SaveException, BrokenTransfer, InterruptedException {
        ByteBuffer chunk = ByteBuffer.wrap(buffer);
        try (FileChannel file = DiskWrites.openAt(part, offset)) {
            long done = offset;
            while (true) {
                int n;
                try {
                    n = body.readNBytes(buffer, 0, buffer.length);
                } catch (IOException e) {
                    checkCancelled();
                    throw new BrokenTransfer(e);
                }
                if (n == 0) {
                    break;
                }
                chunk.clear().limit(n);
                try {
                    while (chunk.hasRemaining()) {
                        file.write(chunk);
                    }
                } catch (ClosedByInterruptException e) {
                    throw new InterruptedException();
                } catch (IOException e) {
                    checkCancelled();
                    throw DiskWrites.problem(e, part);
                }
                done += n;
                bytesDone = done;
                if (total >= 0 && done > total) {
                    DiskWrites.discard(part);
                    throw new SaveException("The server sent more data than it announced, so the file cannot be trusted. "
                            + "Check the task again for a fresh link and save again.");
                }
            }
            if (total >= 0 && done < total) {
                throw new BrokenTransfer(new IOException("the connection ended after " + done + " of " + total + " bytes"));
            }
        } catch (ClosedByInterruptException e) {
            throw new InterruptedException();
        } catch (IOException e) {
            checkCancelled();
            throw DiskWrites.problem(e, part);
        }
    }

    private void checkCancelled() throws InterruptedException {
        if (cancelled) {
            throw new InterruptedException();
        }
    }

    private void closeBody() {
        InputStream body = openBody.getAndSet(null);
        if (body != null) {
            try {
                body.close();
            } catch (IOException ignored) {
                // closing only to unblock the reader; nothing left to do
            }
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
