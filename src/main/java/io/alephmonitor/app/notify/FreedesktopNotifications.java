package io.alephmonitor.app.notify;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

import java.util.List;
import java.util.Map;

/**
 * The freedesktop notification service as the Desktop Notifications Specification defines it
 * (https://specifications.freedesktop.org/notification-spec/latest/protocol.html): the methods and
 * signals the app uses, on the bus name {@value #BUS_NAME} at {@value #OBJECT_PATH}.
 */
@DBusInterfaceName(FreedesktopNotifications.BUS_NAME)
public interface FreedesktopNotifications extends DBusInterface {

    String BUS_NAME = "org.freedesktop.Notifications";
    String OBJECT_PATH = "/org/freedesktop/Notifications";

    /** Shows (or, with a non-zero {@code replacesId}, replaces) a notification; returns its id. */
    UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                  String[] actions, Map<String, Variant<?>> hints, int expireTimeout);

    /** What the server can show ("actions", "body", ...). */
    List<String> GetCapabilities();

    /** The server's name, vendor, version and the spec version it follows. */
    ServerInfo<String, String, String, String> GetServerInformation();

    /** GetServerInformation's four answers (dbus-java reads a tuple's types from its type arguments). */
    final class ServerInfo<A, B, C, D> extends Tuple {
        @Position(0) public final A name;
        @Position(1) public final B vendor;
        @Position(2) public final C version;
        @Position(3) public final D specVersion;

        public ServerInfo(A name, B vendor, C version, D specVersion) {
            this.name = name;
            this.vendor = vendor;
            this.version = version;
            this.specVersion = specVersion;
        }
    }

    /** Closes a notification the app showed. */
    void CloseNotification(UInt32 id);

    /** The user chose one of a notification's actions ({@code "default"}: clicked its body). */
    class ActionInvoked extends DBusSignal {
        private final UInt32 id;
        private final String actionKey;

        public ActionInvoked(String path, UInt32 id, String actionKey) throws DBusException {
            super(path, id, actionKey);
            this.id = id;
            this.actionKey = actionKey;
        }

        public UInt32 getId() { return id; }

        public String getActionKey() { return actionKey; }
    }

    /** A notification went away (expired, dismissed, closed by the app). */
    class NotificationClosed extends DBusSignal {
        private final UInt32 id;
        private final UInt32 reason;

        public NotificationClosed(String path, UInt32 id, UInt32 reason) throws DBusException {
            super(path, id, reason);
            this.id = id;
            this.reason = reason;
        }

        public UInt32 getId() { return id; }

        public UInt32 getReason() { return reason; }
    }
}
