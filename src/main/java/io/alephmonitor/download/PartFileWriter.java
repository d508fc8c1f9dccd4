package io.alephmonitor.download;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * Writes a response body straight into the part file on the HTTP client's own thread: no
 * hand-over to another thread per chunk, and the client's small buffers are gathered into one
 * reused block so the disk sees few large writes. Completes with the file's length.
 */
final class PartFileWriter implements HttpResponse.BodySubscriber<Long> {

    private final FileChannel file;
    private final ByteBuffer block;
    private final LongConsumer progress;
    private final CompletableFuture<Long> done = new CompletableFuture<>();
    private final Object writeLock = new Object();
    private Flow.Subscription subscription;
    private long position;
    private boolean closed;
    private volatile IOException diskFailure;
    private volatile long received;

    /** Writes at the channel's position, through {@code block} (cleared and reused). */
    PartFileWriter(FileChannel file, ByteBuffer block, LongConsumer progress) throws IOException {
        this.file = file;
        this.block = block.clear();
        this.progress = progress;
        this.position = file.position();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        synchronized (writeLock) {
            subscription = s;
            if (closed) {
                s.cancel();
                return;
            }
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            try {
                for (ByteBuffer item : items) {
                    received += item.remaining();
                    while (item.hasRemaining()) {
                        if (!block.hasRemaining()) {
                            flush();
                        }
                        int n = Math.min(item.remaining(), block.remaining());
                        block.put(block.position(), item, item.position(), n);
                        block.position(block.position() + n);
                        item.position(item.position() + n);
                    }
                }
            } catch (IOException e) {
                diskFailure = e;
                subscription.cancel();
                done.completeExceptionally(e);
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable broken) {
        synchronized (writeLock) {
            if (!closed) {
                try {
                    flush(); // keep what arrived: the resume continues after it
                } catch (IOException e) {
                    diskFailure = e;
                }
            }
        }
        done.completeExceptionally(broken);
    }

    @Override
    public void onComplete() {
        synchronized (writeLock) {
            try {
                if (!closed) {
                    flush();
                }
            } catch (IOException e) {
                diskFailure = e;
                done.completeExceptionally(e);
                return;
            }
        }
        done.complete(position);
    }

    @Override
    public CompletionStage<Long> getBody() {
        return done;
    }

    /** The write error that stopped the body, if the disk (not the network) was the problem. */
    IOException diskFailure() {
        return diskFailure;
    }

    /** Bytes that arrived so far, written or still in the block: the stall watchdog's sign of life. */
    long bytesReceived() {
        return received;
    }

    /** Writes out what already arrived, then stops writing for good (a stalled body: resume after those bytes). */
    void closeKeepingWhatArrived() {
        synchronized (writeLock) {
            if (!closed) {
                try {
                    flush();
                } catch (IOException e) {
                    diskFailure = e;
                }
            }
        }
        close();
    }

    /** Stops writing for good; after it returns no byte reaches the file from this body. */
    void close() {
        Flow.Subscription s;
        synchronized (writeLock) {
            closed = true;
            s = subscription;
        }
        if (s != null) {
            s.cancel();
        }
    }

    private void flush() throws IOException {
        block.flip();
        while (block.hasRemaining()) {
            position += file.write(block, position);
        }
        block.clear();
        progress.accept(position);
    }
}
