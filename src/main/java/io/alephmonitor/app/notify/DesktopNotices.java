package io.alephmonitor.app.notify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Which notification centre this desktop has: on Linux the freedesktop service on the session bus
 * ({@code DBUS_SESSION_BUS_ADDRESS}); on Windows and macOS (or a Linux desktop with a tray but no
 * notification service) the system's own beside the tray icon; else none, and the window's own popup
 * stays. Blocks on the bus: call off the FX thread.
 */
public final class DesktopNotices {

    private DesktopNotices() { }

    public static Optional<NoticeSink> find(Optional<TrayPresence> tray) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            Optional<DbusNotices> bus = DbusNotices.connect(System.getenv("DBUS_SESSION_BUS_ADDRESS"), iconFile());
            if (bus.isPresent()) {
                return Optional.of(bus.get());
            }
        }
        return tray.map(t -> t);
    }

    /** The app's icon as a file the notification server can read (it cannot read inside the app's image). */
    private static String iconFile() {
        try (InputStream in = DesktopNotices.class.getResourceAsStream("/io/alephmonitor/icons/icon-64.png")) {
            if (in == null) {
                return "";
            }
            Path file = Files.createTempFile("aleph-monitor-icon-", ".png");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
