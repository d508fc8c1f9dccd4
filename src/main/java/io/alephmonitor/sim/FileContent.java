package io.alephmonitor.sim;

import java.io.IOException;
import java.io.OutputStream;

/** A file the simulator can serve any slice of. */
sealed interface FileContent {

    long length();

    String contentType();

    /** Writes {@code count} bytes starting at {@code offset}. */
    void write(OutputStream out, long offset, long count) throws IOException;

    /** A small file held in memory (the bundled samples). */
    record InMemory(byte[] bytes, String contentType) implements FileContent {
        @Override
        public long length() {
            return bytes.length;
        }

        @Override
        public void write(OutputStream out, long offset, long count) throws IOException {
            out.write(bytes, Math.toIntExact(offset), Math.toIntExact(count));
        }
    }

    /**
     * A large UTF-8 text ({@code text/plain}) of a repeated line with characters of one to four
     * bytes, so any cut may fall inside a character; produced slice by slice like {@link Generated}.
     */
    record GeneratedText(long length) implements FileContent {
        static final byte[] LINE = "Grüße aus dem Simulator — 第 1 行 ✓ 🎵 kie.ai text result\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        @Override
        public String contentType() {
            return "text/plain; charset=utf-8";
        }

        @Override
        public void write(OutputStream out, long offset, long count) throws IOException {
            byte[] buffer = new byte[(int) Math.min(64 * 1024, Math.max(count, 1))];
            long written = 0;
            while (written < count) {
                int n = (int) Math.min(buffer.length, count - written);
                for (int i = 0; i < n; i++) {
                    buffer[i] = LINE[(int) ((offset + written + i) % LINE.length)];
                }
                out.write(buffer, 0, n);
                written += n;
            }
        }
    }

    /** A large file of {@link GeneratedBytes}, produced chunk by chunk so its size costs no heap. */
    record Generated(long length) implements FileContent {
        private static final int CHUNK = 64 * 1024;

        @Override
        public String contentType() {
            return "application/octet-stream";
        }

        @Override
        public void write(OutputStream out, long offset, long count) throws IOException {
            byte[] buffer = new byte[(int) Math.min(CHUNK, Math.max(count, 1))];
            long written = 0;
            while (written < count) {
                int n = (int) Math.min(buffer.length, count - written);
                GeneratedBytes.fill(buffer, n, offset + written);
                out.write(buffer, 0, n);
                written += n;
            }
        }
    }
}
