package io.alephmonitor.download;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The HTTP side of a {@link Transfer}: GETs of a result link with a range, redirects followed but
 * never from https to http, and a stall timeout on the connection and on the answer.
 */
final class LinkRequests {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    /** Redirects are followed this many hops, as the JDK's HttpClient does. */
    private static final int MAX_REDIRECTS = 5;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Duration stallTimeout;

    LinkRequests(Duration stallTimeout) {
        this.stallTimeout = stallTimeout;
    }

    /**
     * A GET of the link ({@code range}: null for the whole file) with the answer's headers read,
     * redirects followed as far as {@link #MAX_REDIRECTS} hops but never from https to http. A
     * connection or answer that makes no progress for the stall timeout fails with an IOException.
     */
    HttpURLConnection open(URI source, String range) throws IOException {
        return open(source, range, "GET");
    }

    /** {@link #open(URI, String)} with this method ("HEAD" to ask for the headers alone). */
    HttpURLConnection open(URI source, String range, String method) throws IOException {
        URI at = source;
        for (int hops = 0; ; hops++) {
            HttpURLConnection connection = (HttpURLConnection) at.toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setRequestMethod(method);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) Math.clamp(stallTimeout.toMillis(), 1, Integer.MAX_VALUE));
            connection.setRequestProperty("User-Agent", "AlephMonitor");
            connection.setRequestProperty("Accept-Encoding", "identity");
            if (range != null) {
                connection.setRequestProperty("Range", range);
            }
            try {
                connection.connect();
            } catch (SocketTimeoutException slow) {
                throw new IOException("no connection within " + describe(CONNECT_TIMEOUT), slow);
            }
            int status;
            try {
                status = connection.getResponseCode();
            } catch (SocketTimeoutException waited) {
                throw stalled(waited); // the answer's headers did not come
            }
            String location = connection.getHeaderField("Location");
            URI next = REDIRECTS.contains(status) && location != null && hops < MAX_REDIRECTS ? redirect(at, location) : null;
            if (next == null) {
                return connection;
            }
            connection.disconnect();
            at = next;
        }
    }

    /** The failure of a read that waited longer than the stall timeout. */
    IOException stalled(SocketTimeoutException waited) {
        return new IOException("no data arrived for " + describe(stallTimeout), waited);
    }

    private static String describe(Duration d) {
        long seconds = Math.max(1, d.toSeconds());
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    /** Where a redirect leads, or null when it is not followed (not a web address, or https to http). */
    static URI redirect(URI from, String location) {
        try {
            URI next = from.resolve(location.strip());
            boolean downgrade = "https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(next.getScheme());
            return WebAddress.isFetchable(next) && !downgrade ? next : null;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** The answer's headers, names in any letter case merged (HttpHeaders refuses two spellings of one name). */
    static HttpHeaders headersOf(HttpURLConnection connection) {
        Map<String, List<String>> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        connection.getHeaderFields().forEach((name, values) -> {
            if (name != null) { // null names the status line
                named.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
            }
        });
        return HttpHeaders.of(named, (name, value) -> true);
    }

    /** Closes a body read to its end, so the connection may serve the next save. */
    static void closeQuietly(HttpURLConnection connection) {
        try {
            connection.getInputStream().close();
        } catch (IOException ignored) {
            connection.disconnect();
        }
    }
}
