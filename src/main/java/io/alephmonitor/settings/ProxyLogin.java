package io.alephmonitor.settings;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the user's HTTP proxy when it asks for a login (407), and nobody else: a web server's
 * own question (401) or another proxy gets nothing, so the password goes only where the user set it.
 */
public final class ProxyLogin extends Authenticator {

    private final Supplier<ProxySetting> setting;
    private final Supplier<Optional<String>> password;

    public ProxyLogin(Supplier<ProxySetting> setting, Supplier<Optional<String>> password) {
        this.setting = Objects.requireNonNull(setting, "setting");
        this.password = Objects.requireNonNull(password, "password");
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        ProxySetting now = setting.get();
        if (getRequestorType() != RequestorType.PROXY || now == null || now.mode() != ProxySetting.Mode.HTTP
                || now.user() == null || getRequestingHost() == null
                || !getRequestingHost().equalsIgnoreCase(now.host()) || getRequestingPort() != now.port()) {
            return null;
        }
        return password.get().map(p -> new PasswordAuthentication(now.user(), p.toCharArray())).orElse(null);
    }
}
