package io.alephmonitor.kie;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how patiently the client talks to kie.ai. Plain http is accepted only for loopback
 * hosts (the embedded simulator); anything else must be https so the key never travels in clear.
 *
 * @param baseUri        e.g. {@code https://api.kie.ai} (a trailing slash is dropped)
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one whole exchange (headers and body) may take
 */
public record KieClientConfig(URI baseUri, Duration connectTimeout, Duration requestTimeout) {

    /** kie.ai's public API. */
    public static final URI KIE_AI = URI.create("https://api.kie.ai");

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "::1", "[::1]", "localhost");

    public KieClientConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
        String host = baseUri.getHost() == null ? "" : baseUri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("The kie.ai address " + baseUri
                    + " is not a web address — use https://api.kie.ai.");
        }
        if (scheme.equals("http") && !LOOPBACK_HOSTS.contains(host)) {
            throw new IllegalArgumentException("The kie.ai address " + baseUri
                    + " uses plain http, which would send the API key unencrypted — use https.");
        }
        String text = baseUri.toString();
        if (text.endsWith("/")) {
            baseUri = URI.create(text.substring(0, text.length() - 1));
        }
    }

    /** kie.ai itself, connect timeout 10 s, request timeout 20 s. */
    public static KieClientConfig defaults() {
        return new KieClientConfig(KIE_AI, Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    public KieClientConfig withBaseUri(URI uri) {
        return new KieClientConfig(uri, connectTimeout, requestTimeout);
    }

    public KieClientConfig withConnectTimeout(Duration timeout) {
        return new KieClientConfig(baseUri, timeout, requestTimeout);
    }

    public KieClientConfig withRequestTimeout(Duration timeout) {
        return new KieClientConfig(baseUri, connectTimeout, timeout);
    }

    /** True for the embedded simulator and other local servers (plain http allowed). */
    public boolean isLoopback() {
        return LOOPBACK_HOSTS.contains(baseUri.getHost().toLowerCase(Locale.ROOT));
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
