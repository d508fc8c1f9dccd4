package io.alephmonitor.ui.preview;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches the start of a text result's link for the detail pane, off the FX thread: at most
 * {@code maxBytes}, so a 100 MB text never lands in memory. The future fails with an exception
 * whose message tells the user why there is no text (a dead link, a web page instead of text).
 */
@FunctionalInterface
public interface TextSource {

    /** The first part of the text behind {@code url}. */
    CompletableFuture<Excerpt> firstPart(String url, int maxBytes);

    /** A source that reads nothing: every link's text fails with "Text preview is not available". */
    static TextSource unavailable() {
        return (url, maxBytes) -> CompletableFuture.failedFuture(
                new IllegalStateException("Text preview is not available. Save the file or open it in the browser."));
    }

    /**
     * @param text       the text read (decoded as UTF-8, cut at a character boundary)
     * @param totalBytes the whole file's size when the server said it; -1 when unknown
     * @param cut        true when the file is longer than {@code text}
     */
    record Excerpt(String text, long totalBytes, boolean cut) {
    }
}
