package io.alephmonitor.settings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/** Accepts hand-overs on a loopback port; only callers that present the token are heard. */
final class HandOverListener implements Runnable {
    static final String ACCEPTED = "OK";
    private static final int MAX_IDS = 100_000;
    private static final int READ_TIMEOUT_MS = 2_000;

    private final ServerSocket server;
    private final String token;
    private final Consumer<List<String>> onHandOver;
    private final Thread thread;

    private HandOverListener(ServerSocket server, String token, Consumer<List<String>> onHandOver) {
        this.server = server;
        this.token = token;
        this.onHandOver = onHandOver;
        this.thread = Thread.ofPlatform().daemon().name("instance-hand-over").unstarted(this);
    }

    static HandOverListener start(Consumer<List<String>> onHandOver) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        HandOverListener listener = new HandOverListener(server,
                Base64.getUrlEncoder().withoutPadding().encodeToString(random), onHandOver);
        listener.thread.start();
        return listener;
    }

    int port() {
        return server.getLocalPort();
    }

    String token() {
        return token;
    }

    void stop() throws IOException {
        server.close();
    }

    @Override
    public void run() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(READ_TIMEOUT_MS);
                List<String> ids = receive(client);
                if (ids != null) {
                    client.getOutputStream().write((ACCEPTED + "\n").getBytes(StandardCharsets.UTF_8));
                    client.getOutputStream().flush();
                    onHandOver.accept(ids);
                }
            } catch (SocketException closedOrReset) {
                // Closed by stop(), or a caller that went away: the loop condition decides.
            } catch (IOException | RuntimeException e) {
                // One bad caller (or a failing callback) must not end the listening.
            }
        }
    }

    /** The IDs sent, or null when the caller did not know the token. */
    private List<String> receive(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        String presented = in.readLine();
        if (presented == null || !MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String line = in.readLine(); line != null && ids.size() < MAX_IDS; line = in.readLine()) {
            if (!line.isBlank()) {
                ids.add(line.strip());
            }
        }
        return List.copyOf(ids);
    }
}
