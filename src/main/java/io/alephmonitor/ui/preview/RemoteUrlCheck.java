package io.alephmonitor.ui.preview;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a link from kie.ai's answer may be handed to JavaFX's media or image loader.
 * Only absolute http(s) links without embedded credentials pass: a task record is remote data,
 * and {@code file:}, {@code jar:} or {@code javascript:} links in it must never be opened.
 *
 * @param uri     the parsed link when allowed, else null
 * @param refusal why the link was refused, as a sentence for the user; null when allowed
 */
public record RemoteUrlCheck(URI uri, String refusal) {

    /** Checks one link; never throws. */
    public static RemoteUrlCheck of(String url) {
        if (url == null || url.isBlank()) {
            return refused("There is no link to open.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return refused("The link is not a valid web address, so it was not opened.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()) {
            return refused("The link is not a full web address, so it was not opened.");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return refused("The link is not a web address (" + scheme + ":), so it was not opened for safety.");
        }
        if (uri.getRawUserInfo() != null) {
            return refused("The link contains a user name or password, so it was not opened for safety.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return refused("The link has no web server name, so it was not opened.");
        }
        return new RemoteUrlCheck(uri, null);
    }

    private static RemoteUrlCheck refused(String reason) {
        return new RemoteUrlCheck(null, reason);
    }

    /** True when the link may be loaded. */
    public boolean allowed() {
        return uri != null;
    }
}
