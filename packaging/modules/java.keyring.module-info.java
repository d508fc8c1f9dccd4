open module java.keyring {
    requires com.sun.jna;
    requires com.sun.jna.platform;
    requires jkeychain;
    requires secret.service;
    requires org.freedesktop.dbus;

    exports com.github.javakeyring;
    exports com.github.javakeyring.internal;
    exports com.github.javakeyring.internal.freedesktop;
    exports com.github.javakeyring.internal.kde;
    exports com.github.javakeyring.internal.osx;
    exports com.github.javakeyring.internal.windows;
}
