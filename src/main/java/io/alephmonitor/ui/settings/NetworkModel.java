package io.alephmonitor.ui.settings;

import io.alephmonitor.settings.ProxySetting;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * Settings → Advanced's network part as properties: the proxy (System / None / HTTP with host, port,
 * user and password) and the opt-in update check. The password is handed to the app's key store,
 * never to the settings file.
 */
public final class NetworkModel {

    private final ObjectProperty<ProxySetting.Mode> mode = new SimpleObjectProperty<>(this, "mode", ProxySetting.Mode.SYSTEM);
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty passwordLocation = new SimpleStringProperty(this, "passwordLocation", "");
    private final BooleanProperty updateChecks = new SimpleBooleanProperty(this, "updateChecks", false);
    private final StringBinding error = Bindings.createStringBinding(this::problem, mode, host, port);

    public ObjectProperty<ProxySetting.Mode> modeProperty() { return mode; }

    public StringProperty hostProperty() { return host; }

    /** The port as typed. */
    public StringProperty portProperty() { return port; }

    public StringProperty userProperty() { return user; }

    /** The proxy's password as typed (empty: none); never logged. */
    public StringProperty passwordProperty() { return password; }

    /** Where the password is kept, in words (set by the app). */
    public StringProperty passwordLocationProperty() { return passwordLocation; }

    /** Whether the app may ask the project's release feed once a day for a new version. */
    public BooleanProperty updateChecksProperty() { return updateChecks; }

    /** Why the proxy cannot be used as entered, or null. */
    public ObservableStringValue error() { return error; }

    /** Fills the fields from a stored choice. */
    public void show(ProxySetting setting) {
        mode.set(setting.mode());
        host.set(setting.host() == null ? "" : setting.host());
        port.set(setting.port() == 0 ? "" : Integer.toString(setting.port()));
        user.set(setting.user() == null ? "" : setting.user());
    }

    /** The choice as entered (host, port and user are kept even when another mode is chosen). */
    public ProxySetting toSetting() {
        return new ProxySetting(mode.get(), host.get(), portNumber(), user.get());
    }

    private int portNumber() {
        try {
            return Integer.parseInt(port.get() == null ? "" : port.get().strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private String problem() {
        if (mode.get() == ProxySetting.Mode.HTTP && port.get() != null && !port.get().isBlank() && portNumber() == 0) {
            return "The port is a number from 1 to 65535.";
        }
        return toSetting().problem();
    }
}
