package io.alephmonitor.app.notify;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in notification daemon exported on a private bus as {@code org.freedesktop.Notifications}:
 * it records every Notify call (answering a new id), says it can show actions, and emits
 * ActionInvoked as a user's click would.
 */
public final class FakeNotificationServer implements FreedesktopNotifications, AutoCloseable {

    /** One Notify call as it arrived on the bus. */
    public record Call(long id, String appName, String appIcon, String summary, String body, List<String> actions) { }

    private final DBusConnection connection;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    private FakeNotificationServer(DBusConnection connection) {
        this.connection = connection;
    }

    public static FakeNotificationServer exportOn(String address) throws DBusException {
        DBusConnection connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        FakeNotificationServer server = new FakeNotificationServer(connection);
        connection.requestBusName(BUS_NAME);
        connection.exportObject(OBJECT_PATH, server);
        return server;
    }

    @Override
    public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                         String[] actions, Map<String, Variant<?>> hints, int expireTimeout) {
        int id = ids.incrementAndGet();
        calls.add(new Call(id, appName, appIcon, summary, body, List.of(actions)));
        return new UInt32(id);
    }

    @Override
    public List<String> GetCapabilities() {
        return List.of("actions", "body");
    }

    @Override
    public ServerInfo<String, String, String, String> GetServerInformation() {
        return new ServerInfo<>("fake-notifications", "Aleph Monitor tests", "1.0", "1.2");
    }

    @Override
    public void CloseNotification(UInt32 id) { }

    /** As if the user clicked the notification. */
    public void click(long id) throws DBusException {
        connection.sendMessage(new FreedesktopNotifications.ActionInvoked(OBJECT_PATH, new UInt32(id), "default"));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public String getObjectPath() {
        return OBJECT_PATH;
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
