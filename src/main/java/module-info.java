/** Aleph Monitor: tracks kie.ai generation tasks, previews and saves their results. */
module io.alephmonitor {
    requires javafx.controls;
    requires javafx.media;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires atlantafx.base;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires java.net.http;
    requires java.sql;
    requires jdk.httpserver;
    requires org.xerial.sqlitejdbc;
    requires org.slf4j;
    requires java.desktop;
    requires java.keyring;
    requires org.freedesktop.dbus;
    requires jaudiotagger;
    requires isoparser;

    exports io.alephmonitor.app;
    // dbus-java makes proxies of the D-Bus interface and builds its signals reflectively
    exports io.alephmonitor.app.notify to org.freedesktop.dbus;
    opens io.alephmonitor.app.notify to org.freedesktop.dbus;

    opens io.alephmonitor.kie to com.fasterxml.jackson.databind;
    opens io.alephmonitor.settings to com.fasterxml.jackson.databind;
}
