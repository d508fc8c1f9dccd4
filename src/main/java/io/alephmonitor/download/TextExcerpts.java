package io.alephmonitor.download;

import io.alephmonitor.model.ResultType;
import io.alephmonitor.tracking.SaveException;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of a text result's link for a preview: one ranged GET of at most {@code maxBytes}
 * (a server that ignores the range is read only that far), the whole size from
 * {@code Content-Range} or {@code Content-Length}, decoded as UTF-8 and cut at a character
 * boundary. A web page in the text's place, or a dead link kie.ai cannot renew, fails with a
 * sentence for the user. The whole file is saved by the {@link Downloader}, never through this.
 */
public final class TextExcerpts {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+\\d+-\\d+/(\\d+)");

    /** The part read, and the file's size (-1 when the server did not say). */
    public record Excerpt(String text, long totalBytes, boolean cut) {
    }

    private final Executor executor;
    private final LinkRequests requests;
    private final LinkRenewal renewal;

    /** Reads on the downloader's threads; a dead link gets one fresh link through {@code renewal} (null: none). */
    public TextExcerpts(Downloader downloader, LinkRenewal renewal) {
        this(downloader.executor(), downloader.stallTimeout(), renewal);
    }

    TextExcerpts(Executor executor, Duration stallTimeout, LinkRenewal renewal) {
        this.executor = executor;
        this.requests = new LinkRequests(stallTimeout);
        this.renewal = renewal;
    }

    /** At most {@code maxBytes} of the text behind {@code url}; fails with a {@link SaveException} saying why not. */
    public CompletableFuture<Excerpt> firstPart(String url, int maxBytes) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return read(WebAddress.parseFetchable(url), Math.max(1, maxBytes), true);
            } catch (SaveException why) {
                throw new CompletionException(why);
            }
        }, executor);
    }

    private Excerpt read(URI link, int maxBytes, boolean mayRenew) throws SaveException {
        HttpURLConnection connection = null;
        try {
            connection = requests.open(link, "bytes=0-" + (maxBytes - 1));
            int status = connection.getResponseCode();
            if ((status == 401 || status == 403 || status == 404 || status == 410) && mayRenew && renewal != null) {
                connection.disconnect();
                return read(renewal.renew(link), maxBytes, false);
            }
            if (status != 200 && status != 206) {
                throw new SaveException("The text could not be loaded (the link answered " + status
                        + "). Check the task again for a fresh link.");
            }
            String type = connection.getContentType();
            if (AnswerTypes.isWebPage(type)) {
                throw new SaveException("The link answered with a web page instead of the text — kie.ai may have removed it.");
            }
            ResultType answered = ResultType.ofContentType(type);
            if (answered != null && answered != ResultType.TEXT) {
                throw new SaveException("The link holds no text (it answered " + type + "), so there is nothing to show.");
            }
            long total = totalOf(connection, status);
            byte[] bytes;
            try (InputStream body = connection.getInputStream()) {
                bytes = body.readNBytes(maxBytes);
            }
            boolean cut = total >= 0 ? bytes.length < total : bytes.length == maxBytes;
            return new Excerpt(decode(bytes, cut), total, cut);
        } catch (IOException e) {
            throw new SaveException("The text could not be loaded (" + e.getMessage() + "). Check your connection.", e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static long totalOf(HttpURLConnection connection, int status) {
        if (status == 206) {
            Matcher range = CONTENT_RANGE.matcher(String.valueOf(connection.getHeaderField("Content-Range")).strip());
            return range.matches() ? Long.parseLong(range.group(1)) : -1;
        }
        return connection.getContentLengthLong();
    }

    /** UTF-8 text of these bytes; when they were cut, an incomplete last character is dropped, not mangled. */
    static String decode(byte[] bytes, boolean cut) {
        int end = bytes.length;
        if (cut) {
            end = characterBoundary(bytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, 0, end)).toString();
        } catch (CharacterCodingException cannotHappen) {
            return CharBuffer.wrap(new String(bytes, 0, end, StandardCharsets.UTF_8)).toString();
        }
    }

    /** The length of the longest start of {@code bytes} that ends on a UTF-8 character boundary. */
    static int characterBoundary(byte[] bytes) {
        int end = bytes.length;
        int back = 0;
        // Step back over continuation bytes (10xxxxxx) to the last lead byte, at most 3.
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        int leadAt = end - back - 1;
        if (leadAt < 0) {
            return end;
        }
        int lead = bytes[leadAt] & 0xFF;
        int needed = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return back + 1 >= needed ? end : leadAt;
    }
}
