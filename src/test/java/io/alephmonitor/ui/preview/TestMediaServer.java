package io.alephmonitor.ui.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the test MP4 and PNG on loopback, with byte ranges as media players expect, and answers
 * 404 for anything else — a stand-in for kie.ai's result host, expired links included.
 * As a {@code @RegisterExtension} static field it closes itself after the test class.
 */
public final class TestMediaServer implements AutoCloseable, AfterAllCallback {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-media-server");
        t.setDaemon(true);
        return t;
    });
    private final byte[] video = resource("/media/sample-320x180.mp4");
    private final byte[] image = resource("/media/sample-thumb.png");
    /**
     * A 6 s silent clip (a 25 fps test pattern), long enough to seek into its middle. Silent because a clip with
     * sound plays through at once on the null sound device the tests use (no audio clock paces it).
     */
    private final byte[] longVideo = resource("/media/sample-6s-silent.mp4");
    /** The simulator's 6 s sample MP3, as kie.ai's audio results are. */
    private final byte[] audio = resource("/io/alephmonitor/sim/sample.mp3");
    private final AtomicInteger requests = new AtomicInteger();
    private final java.util.Map<String, AtomicInteger> requestsByPath = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);

    public TestMediaServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A link to the sample video; {@code variant} makes distinct links to the same bytes. */
    public String videoUrl(String variant) {
        return base() + "/video/" + variant + ".mp4";
    }

    /** A link to the 6 s silent sample video, which plays in real time in tests; {@code variant} makes distinct links to the same bytes. */
    public String longVideoUrl(String variant) {
        return base() + "/long-video/" + variant + ".mp4";
    }

    /** A link to the sample MP3 (about 6 s long). */
    public String audioUrl(String variant) {
        return base() + "/audio/" + variant + ".mp3";
    }

    public String imageUrl(String variant) {
        return base() + "/image/" + variant + ".png";
    }

    /** A link that answers 404, as an expired kie.ai link does. */
    public String missingUrl(String name) {
        return base() + "/missing/" + name;
    }

    /** A link the server accepts and then never answers, as a host that hangs does. */
    public String stalledUrl(String name) {
        return base() + "/stalled/" + name;
    }

    public int requests() {
        return requests.get();
    }

    /** How many requests asked for this link. */
    public int requests(String url) {
        AtomicInteger n = requestsByPath.get(java.net.URI.create(url).getPath());
        return n == null ? 0 : n.get();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        requestsByPath.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/stalled/")) {
                awaitClosing();
                return;
            }
            byte[] body;
            String type;
            if (path.startsWith("/long-video/")) {
                body = longVideo;
                type = "video/mp4";
            } else if (path.startsWith("/video/")) {
                body = video;
                type = "video/mp4";
            } else if (path.startsWith("/audio/")) {
                body = audio;
                type = "audio/mpeg";
            } else if (path.startsWith("/image/")) {
                body = image;
                type = "image/png";
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int from = 0;
            int to = body.length - 1;
            int code = 200;
            String range = exchange.getRequestHeaders().getFirst("Range");
            Matcher m = range == null ? null : RANGE.matcher(range.trim());
            if (m != null && m.matches()) {
                if (!m.group(1).isEmpty()) {
                    from = Integer.parseInt(m.group(1));
                    if (!m.group(2).isEmpty()) {
                        to = Math.min(to, Integer.parseInt(m.group(2)));
                    }
                } else if (!m.group(2).isEmpty()) {
                    from = Math.max(0, body.length - Integer.parseInt(m.group(2)));
                }
                if (from > to) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                code = 206;
                exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            int length = to - from + 1;
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(length));
                exchange.sendResponseHeaders(code, -1);
                return;
            }
            exchange.sendResponseHeaders(code, length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body, from, length);
            } catch (IOException clientWentAway) {
                // Players close connections mid-body when they seek or are disposed.
            }
        }
    }

    private void awaitClosing() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = TestMediaServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
