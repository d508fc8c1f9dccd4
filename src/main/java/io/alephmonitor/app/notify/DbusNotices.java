package io.alephmonitor.app.notify;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Finish notices as freedesktop notifications over the D-Bus session bus (Linux desktops): each with
 * an "Open" action; choosing it (or clicking the notification) calls the notice's {@code onOpen}.
 */
public final class DbusNotices implements NoticeSink {

    private static final Logger LOG = LoggerFactory.getLogger(DbusNotices.class);
    static final String APP_NAME = "Aleph Monitor";
    /** The action a click on the notification itself sends (the spec's default action). */
    static final String OPEN = "default";
    /** Let the server decide how long it stays. */
    private static final int SERVER_DEFAULT_TIMEOUT = -1;

    private final DBusConnection connection;
    private final FreedesktopNotifications service;
    private final String icon;
    private final boolean actions;
    private final Map<UInt32, Shown> shown = new ConcurrentHashMap<>();

    private record Shown(FinishNotice notice, Consumer<FinishNotice> onOpen) { }

    private DbusNotices(DBusConnection connection, FreedesktopNotifications service, String icon, boolean actions) {
        this.connection = connection;
        this.service = service;
        this.icon = icon;
        this.actions = actions;
    }

    /**
     * Connects to the session bus at {@code address} (normally {@code DBUS_SESSION_BUS_ADDRESS}) and asks
     * the notification service what it can do; empty when there is no bus or no service on it. Blocks:
     * call off the FX thread. {@code icon} is a file path or icon name, or empty.
     */
    public static Optional<DbusNotices> connect(String address, String icon) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        DBusConnection connection = null;
        try {
            connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
            FreedesktopNotifications service = connection.getRemoteObject(FreedesktopNotifications.BUS_NAME,
                    FreedesktopNotifications.OBJECT_PATH, FreedesktopNotifications.class);
            boolean actions = service.GetCapabilities().contains("actions");
            FreedesktopNotifications.ServerInfo<String, String, String, String> server = service.GetServerInformation();
            LOG.info("Desktop notifications by {} {} (spec {}), actions: {}", server.name, server.version,
                    server.specVersion, actions);
            DbusNotices notices = new DbusNotices(connection, service, icon == null ? "" : icon, actions);
            connection.addSigHandler(FreedesktopNotifications.ActionInvoked.class, notices::actionInvoked);
            connection.addSigHandler(FreedesktopNotifications.NotificationClosed.class,
                    closed -> notices.shown.remove(closed.getId()));
            return Optional.of(notices);
        } catch (Exception | LinkageError e) {
            LOG.info("No desktop notifications over D-Bus ({}); finish notices show in the window", e.toString());
            if (connection != null) {
                connection.disconnect();
            }
            return Optional.empty();
        }
    }

    @Override
    public void show(FinishNotice notice, Consumer<FinishNotice> onOpen) {
        String[] offered = actions ? new String[] {OPEN, notice.isSummary() ? "Show the list" : "Open"} : new String[0];
        Map<String, Variant<?>> hints = Map.of(
                "desktop-entry", new Variant<>("aleph-monitor"),
                "urgency", new Variant<>((byte) (notice.anyFailed() ? 1 : 0)));
        try {
            UInt32 id = service.Notify(APP_NAME, new UInt32(0), icon, notice.title(), notice.body(), offered, hints,
                    SERVER_DEFAULT_TIMEOUT);
            shown.put(id, new Shown(notice, onOpen));
        } catch (RuntimeException e) {
            LOG.warn("The desktop did not take a notification ({})", e.toString());
        }
    }

    private void actionInvoked(FreedesktopNotifications.ActionInvoked signal) {
        Shown which = shown.get(signal.getId());
        if (which != null && OPEN.equals(signal.getActionKey())) {
            which.onOpen().accept(which.notice());
        }
    }

    @Override
    public String describe() {
        return "desktop notifications over D-Bus";
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
