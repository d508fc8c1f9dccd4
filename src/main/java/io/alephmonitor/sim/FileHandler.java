package io.alephmonitor.sim;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/** Result files under {@code /files/}: GET and HEAD, single byte ranges, a rate limit, and the scripted faulty downloads. */
final class FileHandler implements HttpHandler {

    static final String PREFIX = "/files/";

    /** How long a stalled download holds its connection: longer than any client watchdog; closing the simulator ends it sooner. */
    private static final Duration STALL_LIMIT = Duration.ofMinutes(5);

    /** What a CDN sends with 200 in a removed file's place ({@link Behaviour#HTML_INSTEAD_OF_FILE}). */
    private static final String NOT_FOUND_PAGE =
            "<!DOCTYPE html><html><head><title>File not found</title></head><body><h1>404</h1></body></html>";

    private final KieSimulator sim;

    FileHandler(KieSimulator sim) {
        this.sim = sim;
    }

    /** Files are big, throttled or stalled on purpose: each is served on a thread of its own. */
    @Override
    public void handle(HttpExchange exchange) {
        sim.offload(exchange, () -> serve(exchange));
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = "HEAD".equals(method);
        Headers headers = exchange.getResponseHeaders();
        if (!head && !"GET".equals(method)) {
            headers.set("Allow", "GET, HEAD");
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (!head) {
            sim.files().countRequest(path);
        }
        String name = path.substring(PREFIX.length());
        FileContent file = sim.files().file(name);
        Integer expired = sim.files().expiredStatus(name, exchange.getRequestURI().getRawQuery());
        if (expired != null) {
            exchange.sendResponseHeaders(expired, -1);
            return;
        }
        if (file == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        if (sim.files().servesWebPage(name)) {
            byte[] page = NOT_FOUND_PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            headers.set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, head ? -1 : page.length);
            if (!head) {
                exchange.getResponseBody().write(page);
            }
            return;
        }
        Behaviour fault = head ? Behaviour.NORMAL : sim.files().takeFault(name);
        if (fault == Behaviour.FORBIDDEN_DOWNLOAD) {
            exchange.sendResponseHeaders(403, -1);
            return;
        }
        long length = file.length();
        headers.set("Accept-Ranges", "bytes");
        headers.set("Content-Type", file.contentType());
        long first = 0;
        long count = length;
        int status = 200;
        switch (RangeRequest.of(exchange.getRequestHeaders().getFirst("Range"), length)) {
            case RangeRequest.Unsatisfiable u -> {
                headers.set("Content-Range", "bytes */" + length);
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            case RangeRequest.Slice slice -> {
                status = 206;
                first = slice.first();
                count = slice.length();
                headers.set("Content-Range", "bytes " + slice.first() + "-" + slice.last() + "/" + length);
            }
            case RangeRequest.Whole whole -> {
            }
        }
        if (head || count == 0) {
            // HttpServer writes no Content-Length itself when there is no body to send.
            headers.set("Content-Length", Long.toString(count));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        sim.files().recordRequestStart(path, first);
        exchange.sendResponseHeaders(status, count);
        OutputStream out = throttled(exchange.getResponseBody());
        if (fault == Behaviour.CUT_DOWNLOAD || fault == Behaviour.STALL_DOWNLOAD) {
            file.write(out, first, count / 2);
            out.flush();
            if (fault == Behaviour.STALL_DOWNLOAD) {
                stallUntilClosed();
            }
            // Leaving the handler with bytes still owed makes HttpServer drop the connection:
            // the client sees the full Content-Length promised and half of it delivered.
            throw new IOException("download broken off on purpose (Behaviour." + fault + ")");
        }
        file.write(out, first, count);
    }

    private OutputStream throttled(OutputStream out) {
        long rate = sim.files().bytesPerSecond();
        return rate <= 0 ? out : new ThrottledOutput(out, rate);
    }

    /** Holds the connection open with no byte sent, as a stuck CDN node does, until the simulator closes. */
    private static void stallUntilClosed() {
        try {
            Thread.sleep(STALL_LIMIT);
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    /** Paces writes to a byte rate, sleeping between slices: a slow line in front of a fast server. */
    private static final class ThrottledOutput extends FilterOutputStream {
        private static final int SLICE = 16 * 1024;
        private final long bytesPerSecond;
        private final long startNanos = System.nanoTime();
        private long sent;

        ThrottledOutput(OutputStream out, long bytesPerSecond) {
            super(out);
            this.bytesPerSecond = bytesPerSecond;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, SLICE);
                out.write(b, off, n);
                sent += n;
                off += n;
                len -= n;
                pace();
            }
        }

        private void pace() throws IOException {
            long dueNanos = sent * 1_000_000_000L / bytesPerSecond;
            long aheadNanos = dueNanos - (System.nanoTime() - startNanos);
            if (aheadNanos > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(aheadNanos));
                } catch (InterruptedException closing) {
                    Thread.currentThread().interrupt();
                    throw new IOException("the simulator is closing");
                }
            }
        }
    }
}
