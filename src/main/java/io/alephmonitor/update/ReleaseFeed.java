package io.alephmonitor.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Asks the project's release feed for its latest release: GitHub's REST endpoint
 * {@code GET /repos/{owner}/{repo}/releases/latest}, whose JSON carries {@code tag_name}, {@code name},
 * {@code body}, {@code html_url}, {@code draft} and {@code prerelease}
 * (https://docs.github.com/en/rest/releases/releases#get-the-latest-release). Every failure — no
 * answer, a slow one, an odd one — is an {@link Answer.Unavailable} that is logged, never thrown.
 */
public final class ReleaseFeed {

    /**
     * Where the project's releases are published. The lead sets the repository; a build or a test
     * points elsewhere with {@code -Dalephmonitor.releaseFeed=URL}.
     */
    public static final URI DEFAULT = URI.create("https://api.github.com/repos/alephmonitor/aleph-monitor/releases/latest");

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NOTES = 600;
    private static final int MAX_BODY = 1 << 20;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private final URI feed;
    private final ProxySelector proxies;
    private final Duration timeout;

    /** What the feed said. */
    public sealed interface Answer {
        /** The feed's latest release. */
        record Latest(Release release) implements Answer {
        }

        /** No usable answer: down, too slow, or malformed ({@code why} is for the log). */
        record Unavailable(String why) implements Answer {
        }
    }

    public ReleaseFeed(URI feed, ProxySelector proxies, Duration timeout) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.proxies = Objects.requireNonNull(proxies, "proxies");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The feed named by {@code -Dalephmonitor.releaseFeed}, or {@link #DEFAULT}. */
    public static URI configured() {
        String named = System.getProperty("alephmonitor.releaseFeed");
        try {
            return named == null || named.isBlank() ? DEFAULT : URI.create(named.strip());
        } catch (IllegalArgumentException unreadable) {
            LOG.warn("alephmonitor.releaseFeed is not an address; using {}", DEFAULT);
            return DEFAULT;
        }
    }

    /** Asks the feed once (blocks up to the timeout: call it off the FX thread). */
    public Answer latest() {
        try (HttpClient client = HttpClient.newBuilder().proxy(proxies).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpRequest request = HttpRequest.newBuilder(feed).timeout(timeout)
                    .header("Accept", "application/vnd.github+json")
                    .header("User-Agent", "AlephMonitor").GET().build();
            HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                return unavailable("the feed answered " + answer.statusCode());
            }
            return read(answer.body());
        } catch (HttpTimeoutException slow) {
            return unavailable("the feed did not answer within " + timeout.toSeconds() + " s");
        } catch (IOException down) {
            return unavailable("the feed could not be reached (" + down.getClass().getSimpleName() + ")");
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return unavailable("the check was stopped");
        } catch (RuntimeException odd) {
            return unavailable("the feed could not be asked (" + odd.getClass().getSimpleName() + ")");
        }
    }

    /** The release in a feed answer, or why there is none; never throws on odd JSON. */
    static Answer read(byte[] body) {
        if (body == null || body.length == 0 || body.length > MAX_BODY) {
            return unavailable("the feed's answer was empty or too large");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException | RuntimeException notJson) {
            return unavailable("the feed's answer is not JSON");
        }
        if (root == null || !root.isObject()) {
            return unavailable("the feed's answer is not a release");
        }
        if (root.path("draft").asBoolean(false) || root.path("prerelease").asBoolean(false)) {
            return unavailable("the latest release is a draft or a pre-release");
        }
        AppVersion version = AppVersion.parse(root.path("tag_name").asText(null));
        URI page = page(root.path("html_url").asText(null));
        if (version == null || page == null) {
            return unavailable("the feed's release has no version or no https page");
        }
        String title = root.path("name").asText("").strip();
        String notes = root.path("body").asText("").strip();
        if (notes.length() > MAX_NOTES) {
            notes = notes.substring(0, MAX_NOTES).stripTrailing() + "…";
        }
        return new Answer.Latest(new Release(version, title.isEmpty() ? version.toString() : title, notes, page));
    }

    private static URI page(String text) {
        try {
            URI uri = text == null ? null : new URI(text.strip());
            if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            boolean local = LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
            return scheme.equals("https") || (scheme.equals("http") && local) ? uri : null;
        } catch (java.net.URISyntaxException notAnAddress) {
            return null;
        }
    }

    private static Answer unavailable(String why) {
        LOG.info("Update check: {}", why);
        return new Answer.Unavailable(why);
    }
}
