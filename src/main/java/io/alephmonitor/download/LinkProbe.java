package io.alephmonitor.download;

import io.alephmonitor.model.ResultType;
import io.alephmonitor.tracking.LinkTypes;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * {@link LinkTypes} over HTTP: a {@code HEAD} of the link, or, where a server refuses HEAD, a GET
 * of its first byte ({@code Range: bytes=0-0}); no body is read. What a link answered is
 * remembered for the rest of the run, so each link is asked once; a failed request is not
 * remembered (the next save or poll may ask again).
 */
public final class LinkProbe implements LinkTypes {

    private final Executor executor;
    private final LinkRequests requests;
    private final Map<String, CompletableFuture<Learnt>> learnt = new ConcurrentHashMap<>();

    /** Asks on the downloader's threads, with its stall timeout. */
    public LinkProbe(Downloader downloader) {
        this(downloader.executor(), downloader.stallTimeout());
    }

    LinkProbe(Executor executor, Duration stallTimeout) {
        this.executor = executor;
        this.requests = new LinkRequests(stallTimeout);
    }

    @Override
    public CompletableFuture<Learnt> typeOf(String url) {
        CompletableFuture<Learnt> known = learnt.computeIfAbsent(url, u -> CompletableFuture.supplyAsync(() -> ask(u), executor));
        known.whenComplete((answer, failure) -> {
            if (failure != null) {
                learnt.remove(url, known);
            }
        });
        return known;
    }

    /** The link's answer, on the calling thread; throws {@link java.io.UncheckedIOException} when there is none. */
    Learnt ask(String url) {
        URI link;
        try {
            link = WebAddress.parseFetchable(url);
        } catch (io.alephmonitor.tracking.SaveException notALink) {
            throw new IllegalArgumentException(notALink.getMessage(), notALink);
        }
        try {
            String type = contentType(link, "HEAD", null);
            if (type == null) {
                type = contentType(link, "GET", "bytes=0-0");
            }
            return new Learnt(ResultType.ofContentType(type), type.isEmpty() ? null : type);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the link could not be asked what it holds: " + e.getMessage(), e);
        }
    }

    /** The answer's Content-Type; null when the server refused this request (try the other). */
    private String contentType(URI link, String method, String range) throws IOException {
        HttpURLConnection connection = requests.open(link, range, method);
        try {
            int status = connection.getResponseCode();
            if (status == 200 || status == 206) {
                return connection.getContentType() == null ? "" : connection.getContentType();  // "" : the server named none
            }
            if ("HEAD".equals(method)) {
                return null;
            }
            throw new IOException("the link answered " + status);
        } finally {
            connection.disconnect(); // the body, if any, is not wanted
        }
    }
}
