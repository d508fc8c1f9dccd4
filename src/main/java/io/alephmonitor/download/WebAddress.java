package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;

import java.net.URI;
import java.util.Locale;

/** The only links Aleph Monitor fetches: absolute http(s) addresses with a host and no credentials. */
public final class WebAddress {

    private static final int MAX_SHOWN = 120;

    private WebAddress() {
    }

    /** True when the link is one Aleph Monitor will fetch. */
    public static boolean isFetchable(URI link) {
        if (link == null || !link.isAbsolute() || link.isOpaque()) {
            return false;
        }
        String scheme = link.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && link.getHost() != null && !link.getHost().isBlank()
                && link.getRawUserInfo() == null;
    }

    /** Returns the link when it is fetchable, else throws a {@link SaveException} saying why not. */
    public static URI requireFetchable(URI link) throws SaveException {
        if (!isFetchable(link)) {
            throw new SaveException("This result link is not a web address Aleph Monitor will open: "
                    + shown(link) + ". Only http and https links are saved; check the task again to get a fresh link.");
        }
        return link;
    }

    /** Parses text into a link, refusing anything that is not a fetchable web address. */
    public static URI parseFetchable(String text) throws SaveException {
        URI link;
        try {
            link = new URI(text == null ? "" : text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new SaveException("This result link is not a web address Aleph Monitor will open: "
                    + shown(text) + ". Check the task again to get a fresh link.");
        }
        return requireFetchable(link);
    }

    // Never echo credentials, and keep hostile text short.
    private static String shown(URI link) {
        if (link == null) {
            return "(no link)";
        }
        if (link.getRawUserInfo() != null) {
            return link.getScheme() + "://…@" + link.getHost() + "/…";
        }
        return shown(link.toString());
    }

    private static String shown(String text) {
        if (text == null || text.isBlank()) {
            return "(no link)";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "");
        int at = clean.indexOf('@');
        int schemeEnd = clean.indexOf("://");
        if (at > 0 && schemeEnd > 0 && at > schemeEnd) {
            clean = clean.substring(0, schemeEnd + 3) + "…" + clean.substring(at);
        }
        return clean.length() > MAX_SHOWN ? clean.substring(0, MAX_SHOWN) + "…" : clean;
    }
}
