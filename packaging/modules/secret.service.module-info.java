open module secret.service {
    requires transitive org.freedesktop.dbus;
    requires hkdf;
    requires org.slf4j;

    exports org.freedesktop.secret;
    exports org.freedesktop.secret.errors;
    exports org.freedesktop.secret.handlers;
    exports org.freedesktop.secret.interfaces;
    exports org.freedesktop.secret.simple;
    exports org.freedesktop.secret.simple.interfaces;
    exports org.gnome.keyring;
    exports org.gnome.keyring.interfaces;
}
