package io.alephmonitor.settings;

import java.util.Locale;

/**
 * How the app reaches the internet: the system's proxy (the default), no proxy, or an HTTP proxy the
 * user names. The password of a proxy that asks for one is never here: it lives in the OS credential
 * store ({@link ProxyPasswordStore}). SOCKS is not offered: Java's HTTP client, which talks to kie.ai,
 * ignores a SOCKS proxy and would connect directly instead ({@link #SOCKS_UNSUPPORTED}).
 *
 * @param mode the choice
 * @param host the HTTP proxy's host name (used for {@link Mode#HTTP} only)
 * @param port its port, 1–65535 (0 when not set)
 * @param user the user name the proxy asks for, or null
 */
public record ProxySetting(Mode mode, String host, int port, String user) {

    /** Why Settings offers no SOCKS proxy, in the user's words. */
    public static final String SOCKS_UNSUPPORTED = "SOCKS proxies are not offered: Java's HTTP client, which talks to "
            + "kie.ai, ignores them and would connect directly — use an HTTP proxy (most SOCKS tools offer one too).";

    /** The system's proxy. */
    public static final ProxySetting SYSTEM = new ProxySetting(Mode.SYSTEM, null, 0, null);

    /** The user's choices. */
    public enum Mode {
        /** The system's settings (and HTTPS_PROXY, HTTP_PROXY, NO_PROXY on Linux). */
        SYSTEM,
        /** Always connect directly. */
        NONE,
        /** Through the HTTP proxy at {@code host:port} (https is tunnelled with CONNECT). */
        HTTP;

        /** The mode named (any case); SYSTEM for an unknown or missing name (e.g. a hand-edited "SOCKS"). */
        public static Mode named(String name) {
            if (name == null) {
                return SYSTEM;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return SYSTEM;
            }
        }
    }

    public ProxySetting {
        mode = mode == null ? Mode.SYSTEM : mode;
        host = host == null || host.isBlank() ? null : host.strip();
        port = port < 1 || port > 65535 ? 0 : port;
        user = user == null || user.isBlank() ? null : user.strip();
    }

    /** An HTTP proxy at host:port, with a user name or null. */
    public static ProxySetting http(String host, int port, String user) {
        return new ProxySetting(Mode.HTTP, host, port, user);
    }

    /** What is wrong with this choice in words for the user, or null when it can be used. */
    public String problem() {
        if (mode != Mode.HTTP) {
            return null;
        }
        if (host == null) {
            return "Enter the proxy's host name.";
        }
        if (host.contains("/") || host.contains(" ") || host.contains("@")) {
            return "The proxy's host is a name like proxy.example.com, without http:// or a path.";
        }
        return port == 0 ? "Enter the proxy's port (1–65535)." : null;
    }

    /** One line for the log and the status bar; never a password. */
    public String describe() {
        return switch (mode) {
            case SYSTEM -> "the system's proxy settings";
            case NONE -> "no proxy";
            case HTTP -> "the HTTP proxy " + host + ":" + port + (user == null ? "" : " as " + user);
        };
    }
}
