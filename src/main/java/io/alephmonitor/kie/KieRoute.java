package io.alephmonitor.kie;

import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;

/** How the client reaches kie.ai: through the chosen proxy for https, always directly for plain http. */
final class KieRoute {

    private KieRoute() {
    }

    /**
     * Plain http (loopback only) never goes through a proxy: the Authorization header would be readable
     * there. https takes {@code proxies} (null: the JDK's default selector now).
     */
    static ProxySelector of(KieClientConfig config, ProxySelector proxies) {
        if (!"https".equalsIgnoreCase(config.baseUri().getScheme())) {
            return HttpClient.Builder.NO_PROXY;
        }
        ProxySelector chosen = proxies != null ? proxies : ProxySelector.getDefault();
        return chosen != null ? chosen : HttpClient.Builder.NO_PROXY;
    }

    /** The HTTP proxy {@code uri} is reached through ("host:port"), or null when the connection is direct. */
    static String proxyFor(ProxySelector route, URI uri) {
        try {
            return route.select(uri).stream()
                    .filter(p -> p.type() == Proxy.Type.HTTP)
                    .map(p -> String.valueOf(p.address()))
                    .findFirst().orElse(null);
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
