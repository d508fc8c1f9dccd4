package io.alephmonitor.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one proxy choice every connection of the app follows (the kie.ai client, saves, link probes,
 * previews, the update check): the user's {@link ProxySetting}, changed at run time with {@link #use}.
 * A loopback address (the embedded simulator, a local plain-http API base) is never sent through a
 * proxy, so a plain-http request carrying the API key never reaches one. With the system's settings,
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) are honoured first, then what the JDK reads from
 * the desktop ({@code java.net.useSystemProxies=true}, set at launch).
 */
public final class ProxyRoutes extends ProxySelector {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyRoutes.class);
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "[::1]", "localhost");
    private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

    private final ProxySelector system;
    private final Map<String, String> environment;
    private volatile ProxySetting setting;

    /**
     * @param setting     the user's choice
     * @param system      the JDK's selector for the system's settings (null: always direct)
     * @param environment the process environment (HTTPS_PROXY and friends are read from it)
     */
    public ProxyRoutes(ProxySetting setting, ProxySelector system, Map<String, String> environment) {
        this.setting = Objects.requireNonNullElse(setting, ProxySetting.SYSTEM);
        this.system = system;
        this.environment = Map.copyOf(environment);
    }

    /** Routes for this computer: the JDK's default selector and the process environment. */
    public static ProxyRoutes forThisComputer(ProxySetting setting) {
        return new ProxyRoutes(setting, ProxySelector.getDefault(), System.getenv());
    }

    /** Follow this choice from the next connection on. */
    public void use(ProxySetting choice) {
        setting = Objects.requireNonNullElse(choice, ProxySetting.SYSTEM);
        LOG.info("Connections use {}", setting.describe());
    }

    public ProxySetting setting() {
        return setting;
    }

    /** True when a connection to {@code uri} goes through a proxy. */
    public boolean proxies(URI uri) {
        return select(uri).stream().anyMatch(p -> p.type() != Proxy.Type.DIRECT);
    }

    @Override
    public List<Proxy> select(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        ProxySetting now = setting;
        if (host.isEmpty() || LOOPBACK.contains(host) || now.mode() == ProxySetting.Mode.NONE) {
            return DIRECT;
        }
        if (now.mode() == ProxySetting.Mode.HTTP) {
            return now.problem() == null ? List.of(httpProxy(now.host(), now.port())) : DIRECT;
        }
        Proxy fromEnvironment = fromEnvironment(uri, host);
        if (fromEnvironment != null) {
            return List.of(fromEnvironment);
        }
        if (system == null || noProxy().matches(host)) {
            return DIRECT;
        }
        List<Proxy> chosen = system.select(uri);
        return chosen == null || chosen.isEmpty() ? DIRECT : chosen;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress proxy, IOException failure) {
        LOG.warn("The proxy {} could not be reached for {}: {}", proxy, uri.getHost(), failure.toString());
    }

    private Proxy fromEnvironment(URI uri, String host) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String value = "https".equals(scheme) ? variable("https_proxy") : variable("http_proxy");
        if (value == null || noProxy().matches(host)) {
            return null;
        }
        try {
            URI proxy = URI.create(value.contains("://") ? value : "http://" + value);
            if (proxy.getHost() == null || !"http".equalsIgnoreCase(proxy.getScheme())) {
                LOG.warn("The proxy in the environment ({}) is not an http:// proxy; it is not used", proxy.getScheme());
                return null;
            }
            return httpProxy(proxy.getHost(), proxy.getPort() > 0 ? proxy.getPort() : 80);
        } catch (IllegalArgumentException unreadable) {
            LOG.warn("The proxy in the environment is not an address; it is not used");
            return null;
        }
    }

    private NoProxy noProxy() {
        return new NoProxy(variable("no_proxy"));
    }

    /** A variable by its lower-case name, or its upper-case one. */
    private String variable(String lowerCaseName) {
        String value = environment.get(lowerCaseName);
        if (value == null || value.isBlank()) {
            value = environment.get(lowerCaseName.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Proxy httpProxy(String host, int port) {
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    }

    /** NO_PROXY's list: "*", host names, ".domain" or "domain" (which also covers its sub-domains). */
    private record NoProxy(String list) {
        boolean matches(String host) {
            if (list == null) {
                return false;
            }
            for (String entry : list.split(",")) {
                String e = entry.strip().toLowerCase(Locale.ROOT);
                if (e.startsWith("*.")) {
                    e = e.substring(1);
                }
                if (e.equals("*")) {
                    return true;
                }
                String bare = e.startsWith(".") ? e.substring(1) : e;
                if (!bare.isEmpty() && (host.equals(bare) || host.endsWith("." + bare))) {
                    return true;
                }
            }
            return false;
        }
    }
}
