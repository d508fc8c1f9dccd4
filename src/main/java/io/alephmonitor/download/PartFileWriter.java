package io.alephmonitor.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.LongConsumer;

/**
 * Copies a response body into the part file on the save's own thread: the socket is read into
 * one reused array until a block is full, and each block goes to the disk in one positional
 * write from one reused direct buffer. Nothing is allocated per read and no other thread is
 * involved, so a save costs about what {@code curl -o} costs. What arrived before the
 * connection broke is written before the break is reported, so the resume continues after it.
 */
final class PartFileWriter {

    private final FileChannel file;
    private final ByteBuffer block;
    private final byte[] arriving;
    private final LongConsumer progress;
    private long position;

    /** Writes at the channel's position, through {@code block} (cleared and reused) and an array of its size. */
    PartFileWriter(FileChannel file, ByteBuffer block, LongConsumer progress) throws IOException {
        this.file = file;
        this.block = block.clear();
        this.arriving = new byte[block.capacity()];
        this.progress = progress;
        this.position = file.position();
    }

    /**
     * Copies {@code body} to its end; returns the length of the file then. A failed read throws
     * {@link NetworkBroke} (after writing what arrived); a failed write throws its IOException.
     */
    long copy(InputStream body) throws IOException, NetworkBroke {
        int filled = 0;
        while (true) {
            int n;
            try {
                n = body.read(arriving, filled, arriving.length - filled);
            } catch (IOException broken) {
                write(filled);
                throw new NetworkBroke(broken);
            }
            if (n < 0) {
                write(filled);
                return position;
            }
            filled += n;
            if (filled == arriving.length) {
                write(filled);
                filled = 0;
            }
        }
    }

    private void write(int length) throws IOException {
        if (length == 0) {
            return;
        }
        block.clear();
        block.put(arriving, 0, length).flip();
        while (block.hasRemaining()) {
            position += file.write(block, position);
        }
        progress.accept(position);
    }

    /** Reading the body failed: the network, not the disk. */
    static final class NetworkBroke extends Exception {
        NetworkBroke(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
