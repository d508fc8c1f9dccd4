package io.alephmonitor.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP proxy on loopback for tests over real HTTP, written here rather than taken from Maven
 * Central: the tests need to see every byte a client sends it, which ~120 lines give without a
 * dependency. It answers CONNECT (opening a tunnel to the named host and port, or 502 when that
 * fails) and forwards plain-http requests with an absolute URI; with {@link #requiringLogin} it answers
 * 407 to any request without the right {@code Proxy-Authorization: Basic}.
 */
public final class StandInProxy implements AutoCloseable {

    /** One request the proxy received: its request line and header lines, as sent. */
    public record Seen(String requestLine, List<String> headers) {
        public boolean isConnect() {
            return requestLine.startsWith("CONNECT ");
        }
    }

    private final ServerSocket server;
    private final String expectedLogin;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream allBytes = new ByteArrayOutputStream();
    private final Thread acceptor;
    private volatile int tunnelsTo;

    private StandInProxy(String user, String password) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        expectedLogin = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        acceptor = Thread.ofPlatform().daemon().name("stand-in-proxy").start(this::acceptAll);
    }

    /** A proxy that lets everyone through. */
    public static StandInProxy open() throws IOException {
        return new StandInProxy(null, null);
    }

    /** A proxy that wants this login (HTTP Basic) before it does anything. */
    public static StandInProxy requiringLogin(String user, String password) throws IOException {
        return new StandInProxy(user, password);
    }

    /** Every CONNECT opens its tunnel to this loopback port, whatever host it names (a stand-in for kie.ai). */
    public StandInProxy tunnellingTo(int loopbackPort) {
        tunnelsTo = loopbackPort;
        return this;
    }

    public int port() {
        return server.getLocalPort();
    }

    public Proxy asProxy() {
        return new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", port()));
    }

    /** The requests received so far. */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** Every byte any client sent to the proxy, tunnelled ones too, as ISO-8859-1 text. */
    public String everythingReceived() {
        synchronized (allBytes) {
            return allBytes.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                List<String> lines = readHead(in);
                if (lines.isEmpty()) {
                    return;
                }
                Seen request = new Seen(lines.getFirst(), List.copyOf(lines.subList(1, lines.size())));
                seen.add(request);
                if (expectedLogin != null && !request.headers().contains("Proxy-Authorization: " + expectedLogin)
                        && request.headers().stream().noneMatch(h -> h.equalsIgnoreCase("proxy-authorization: " + expectedLogin))) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"stand-in\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    continue;
                }
                if (request.isConnect()) {
                    tunnel(request.requestLine().split(" ")[1], client, in, out);
                } else {
                    out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                }
                return;
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private void tunnel(String authority, Socket client, InputStream in, OutputStream out) throws IOException {
        int colon = authority.lastIndexOf(':');
        Socket target;
        try {
            target = tunnelsTo > 0 ? new Socket(InetAddress.getLoopbackAddress(), tunnelsTo)
                    : new Socket(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)));
        } catch (IOException | RuntimeException unreachable) {
            out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return;
        }
        try (target) {
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread back = Thread.ofVirtual().start(() -> {
                pump(target, out);
                try {
                    client.close(); // the far end hung up: so does the tunnel
                } catch (IOException ignored) {
                    // already closed
                }
            });
            pump(in, target.getOutputStream());
            back.join(5_000);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump(InputStream from, OutputStream to) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = from.read(buffer)) >= 0; ) {
                record(buffer, n);
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException done) {
            // either side closed
        }
    }

    private void pump(Socket from, OutputStream to) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException done) {
            // either side closed
        }
    }

    private List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0; ) {
            record(new byte[] {(byte) b}, 1);
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                line.reset();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
        return List.of();
    }

    private void record(byte[] bytes, int n) {
        synchronized (allBytes) {
            allBytes.write(bytes, 0, n);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
