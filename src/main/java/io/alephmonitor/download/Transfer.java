package io.alephmonitor.download;

import io.alephmonitor.model.ResultType;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveJob;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** One save of one link into one file, run on its own thread: the retry/resume loop (its HTTP requests are {@link LinkRequests}'). */
final class Transfer implements SaveJob, Runnable {

    /** 256 KiB gathered from the socket per write to the disk: few system calls, allocated once per save. */
    static final int BUFFER_SIZE = 256 * 1024;

    private final LinkRenewal renewal;
    private volatile URI source;
    private boolean renewed;
    private final Path target;
    private final Path part;
    private final int attempts;
    private final Duration backoff;
    private final LinkRequests requests;
    private Path adoptable;
    private ResultType expected;
    private boolean renewFirst;
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private volatile long bytesDone;
    private volatile long bytesTotal = -1;
    private volatile boolean cancelled;
    private volatile Thread worker;
    private Runnable onFinish = () -> { };
    private ByteBuffer block;

    Transfer(URI source, Path target, int attempts, Duration backoff, Duration stallTimeout, LinkRenewal renewal) {
        this.source = source;
        this.renewal = renewal;
        this.target = target;
        this.part = target == null ? null : FileNames.partFileOf(target);
        this.attempts = attempts;
        this.backoff = backoff;
        this.requests = new LinkRequests(stallTimeout);
    }

    /** A job that never ran because it was refused up front. */
    static Transfer failed(SaveException why) {
        Transfer refused = new Transfer(null, null, 0, Duration.ZERO, Duration.ZERO, null);
        refused.result.completeExceptionally(why);
        return refused;
    }

    /** A file that may already be a complete save of this link, made by a run that stopped before recording it. */
    void adoptIfComplete(Path earlierSave) {
        this.adoptable = earlierSave;
    }

    /** Saves only an answer that holds this type: a web page or a file of another type fails the save (null: any). */
    void expect(ResultType type) {
        this.expected = type;
    }

    /** kie.ai said the link is dead: a fresh one is asked for before the first request. */
    void renewFirst() {
        this.renewFirst = true;
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
        // Saves run on virtual threads, whose blocked socket reads, connects and file writes end at
        // once when interrupted (the socket or file is closed); so does a backoff pause. Nothing
        // here waits for the save, so a cancel from the UI thread never blocks.
        Optional.ofNullable(worker).ifPresent(Thread::interrupt);
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
        if (renewFirst) {
            renewExpired();
        }
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
        HttpURLConnection connection = null;
        boolean bodyReadToItsEnd = false;
        try {
            connection = requests.open(source, have > 0 ? "bytes=" + have + "-" : null);
            ServerAnswer answer = ServerAnswer.of(connection.getResponseCode(), LinkRequests.headersOf(connection), have);
            switch (answer.kind()) {
                case BODY -> {
                    AnswerTypes.requireFits(expected, connection.getContentType());
                    writeBody(connection, answer);
                    bodyReadToItsEnd = true;
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
        } catch (IOException e) { // no answer, or its headers stopped coming
            checkCancelled();
            throw new BrokenTransfer(e);
        } finally {
            if (bodyReadToItsEnd) {
                LinkRequests.closeQuietly(connection); // the connection may serve the next save
            } else if (connection != null) {
                connection.disconnect(); // an unread or broken body is not worth draining
            }
        }
    }

    /** Streams the body into the part file from {@code answer.offset()} and checks it has the length announced. */
    private void writeBody(HttpURLConnection connection, ServerAnswer answer)
            throws SaveException, BrokenTransfer, InterruptedException, IOException {
        InputStream body = connection.getInputStream();
        long length;
        try (FileChannel file = openPart(answer.offset())) {
            bytesTotal = answer.total();
            bytesDone = answer.offset();
            length = new PartFileWriter(file, block, written -> bytesDone = written).copy(body);
        } catch (PartFileWriter.NetworkBroke broken) {
            checkCancelled();
            throw new BrokenTransfer(broken.getCause() instanceof SocketTimeoutException stalled ? requests.stalled(stalled) : broken.getCause());
        } catch (IOException disk) {
            checkCancelled();
            throw DiskWrites.problem(disk, part);
        }
        if (answer.total() >= 0 && length < answer.total()) {
            throw new BrokenTransfer(new IOException("the connection ended after " + length + " of "
                    + answer.total() + " bytes"));
        }
        if (answer.total() >= 0 && length > answer.total()) {
            DiskWrites.discard(part);
            throw new SaveException("The server sent more data than it announced, so the file cannot be "
                    + "trusted. Check the task again for a fresh link and save again.");
        }
    }

    private FileChannel openPart(long offset) throws SaveException {
        try {
            return DiskWrites.openAt(part, offset);
        } catch (IOException e) {
            throw DiskWrites.problem(e, part);
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
        HttpURLConnection probe = null;
        try {
            probe = requests.open(source, "bytes=" + (have - 1) + "-" + (have - 1));
            int status = probe.getResponseCode();
            ServerAnswer read = ServerAnswer.of(status, LinkRequests.headersOf(probe), status == 206 ? have - 1 : 0);
            return read.kind() == ServerAnswer.Kind.BODY && read.total() == have;
        } catch (IOException unknown) {
            checkCancelled();
            return false;
        } finally {
            if (probe != null) {
                probe.disconnect(); // never reads a body the server sent whole
            }
        }
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

    /** A link kie.ai already called dead: renewed once up front, or the result is lost. */
    private void renewExpired() throws SaveException, InterruptedException {
        if (renewal != null) {
            renewed = true;
            try {
                source = renewal.renew(source);
                return;
            } catch (SaveException lost) {
                checkCancelled();
                throw new SaveException(AnswerTypes.EXPIRED_AND_LOST, lost);
            }
        }
        throw new SaveException(AnswerTypes.EXPIRED_AND_LOST);
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
