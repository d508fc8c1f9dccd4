package io.alephmonitor.app.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A D-Bus session bus of the test's own ({@code dbus-daemon --nofork --print-address} over a config in
 * a temporary folder), so tests never touch the desktop's bus. Skips the test where dbus-daemon is
 * missing (.ci/run installs the {@code dbus} package, so in CI it runs).
 */
public final class PrivateSessionBus implements AutoCloseable {

    private final Process daemon;
    private final String address;

    private PrivateSessionBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    public static PrivateSessionBus start(Path temp) throws Exception {
        Path binary = Path.of("/usr/bin/dbus-daemon");
        assumeTrue(Files.isExecutable(binary), "dbus-daemon is not installed (Debian package dbus)");
        Path dir = Files.createDirectories(temp.resolve("bus"));
        String config;
        try (InputStream in = PrivateSessionBus.class.getResourceAsStream("private-session-bus.xml")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("LISTEN_DIR", dir.toString());
        }
        Path configFile = Files.writeString(temp.resolve("session-bus.xml"), config);
        Process daemon = new ProcessBuilder(binary.toString(), "--config-file=" + configFile, "--nofork",
                "--print-address").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        String address = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(60, TimeUnit.SECONDS);
        if (address == null || address.isBlank()) {
            daemon.destroyForcibly();
            throw new IllegalStateException("dbus-daemon printed no address");
        }
        return new PrivateSessionBus(daemon, address.strip());
    }

    /** What DBUS_SESSION_BUS_ADDRESS would say for this bus. */
    public String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        daemon.destroy();
        if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
            daemon.destroyForcibly();
        }
    }
}
