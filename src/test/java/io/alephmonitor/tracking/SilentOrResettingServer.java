package io.alephmonitor.tracking;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A TCP server on 127.0.0.1 that accepts connections and then either never answers or resets them at once. */
final class SilentOrResettingServer implements AutoCloseable {

    /** What happens to each accepted connection. */
    enum Mode { SILENT, RESET }

    private final ServerSocket socket;
    private final Mode mode;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    SilentOrResettingServer(Mode mode) throws IOException {
        this.mode = mode;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("raw-" + mode).start(this::acceptAll);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    int accepted() {
        return accepted.get();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                accepted.incrementAndGet();
                if (mode == Mode.RESET) {
                    connection.setSoLinger(true, 0); // close with RST, not FIN
                    connection.close();
                } else {
                    held.add(connection);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : held) {
            connection.close();
        }
    }
}
