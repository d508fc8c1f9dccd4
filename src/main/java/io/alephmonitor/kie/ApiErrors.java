package io.alephmonitor.kie;

import java.time.Duration;

/** Builds {@link ApiError}s with the sentence a creator reads, ending with what to do next. */
final class ApiErrors {

    /** kie.ai's own texts are shown, but never a wall of text from a misbehaving server. */
    private static final int MAX_SERVER_TEXT = 300;

    private ApiErrors() {
    }

    /**
     * The error for an error {@code code} (kie.ai's envelope code, or the HTTP status when the body
     * had none). {@code serverText} is kie.ai's msg, already scrubbed of the key; may be null.
     */
    static ApiError forCode(int code, String serverText, Duration retryAfter) {
        String said = clean(serverText);
        return switch (code) {
            case 401 -> new ApiError(ApiError.Kind.UNAUTHORIZED, code,
                    "The API key was rejected — open Settings to enter a new one.", null);
            case 402 -> new ApiError(ApiError.Kind.NO_CREDITS, code,
                    "Your kie.ai account has run out of credits — top it up on kie.ai, then try again.", null);
            case 404 -> new ApiError(ApiError.Kind.NOT_FOUND, code,
                    "kie.ai does not know this task — check the ID (kie.ai keeps tasks for 14 days).", null);
            case 408 -> new ApiError(ApiError.Kind.TIMEOUT, code,
                    "kie.ai timed out on its side — the app will try again shortly.", null);
            case 422 -> isUnknownRecord(said)
                    ? new ApiError(ApiError.Kind.NOT_FOUND, code,
                            "kie.ai does not know this task — check the ID (kie.ai keeps tasks for 14 days).", null)
                    : new ApiError(ApiError.Kind.INVALID_REQUEST, code,
                            "kie.ai did not accept the request" + quoted(said) + " — check the task ID or the fields you entered.", null);
            case 429 -> new ApiError(ApiError.Kind.RATE_LIMITED, code, rateLimited(retryAfter), retryAfter);
            case 455 -> new ApiError(ApiError.Kind.MAINTENANCE, code,
                    "kie.ai is under maintenance right now — the app will keep trying; nothing to do on your side.", null);
            case 501, 505 -> rejected(code, said);
            default -> code >= 500 && code <= 599
                    ? new ApiError(ApiError.Kind.SERVER_ERROR, code,
                            "kie.ai had a server problem (error " + code + ") — the app will try again shortly.", null)
                    : rejected(code, said);
        };
    }

    static ApiError timeout() {
        return new ApiError(ApiError.Kind.TIMEOUT, 0,
                "kie.ai did not answer in time — check your internet connection; the app will try again.", null);
    }

    static ApiError connection() {
        return new ApiError(ApiError.Kind.CONNECTION, 0,
                "Could not reach kie.ai — check your internet connection; the app will try again.", null);
    }

    /**
     * A failure while kie.ai is reached through the proxy at {@code proxy}: a proxy that wants a login (407),
     * or one that refused or could not be reached, is named as such so the user looks in the right place.
     */
    static ApiError throughProxy(String proxy, Throwable failure) {
        String said = String.valueOf(failure.getMessage());
        String where = proxy.replaceFirst("/<unresolved>", "").replaceFirst("^/", "");
        String text;
        if (said.contains("407")) {
            text = "The proxy " + where + " asks for a user name and password (407) — enter them, or check them, "
                    + "in Settings → Advanced → Proxy.";
        } else if (failure instanceof java.net.ConnectException || failure instanceof java.nio.channels.UnresolvedAddressException
                || said.contains("Tunnel failed")) {
            text = "The proxy " + where + " refused the connection to kie.ai — check it in Settings → Advanced → Proxy"
                    + ", or choose System or None there.";
        } else {
            text = "Could not reach kie.ai through the proxy " + where
                    + " — check the proxy in Settings → Advanced; the app will try again.";
        }
        return new ApiError(ApiError.Kind.CONNECTION, 0, text, null);
    }

    static ApiError interrupted() {
        return new ApiError(ApiError.Kind.CONNECTION, 0,
                "The request to kie.ai was cancelled — it will be made again on the next check.", null);
    }

    static ApiError malformed(int code) {
        return new ApiError(ApiError.Kind.MALFORMED, code,
                "kie.ai sent an answer the app could not read — it will try again; if this keeps happening, "
                        + "kie.ai may have changed its service and the app needs an update.", null);
    }

    static ApiError tooLarge(int code) {
        return new ApiError(ApiError.Kind.TOO_LARGE, code,
                "kie.ai sent an unexpectedly large answer (over 1 MiB), which the app ignored — it will try again.", null);
    }

    static ApiError noKey() {
        return new ApiError(ApiError.Kind.UNAUTHORIZED, 401,
                "No API key is set — open Settings to enter your kie.ai API key.", null);
    }

    private static ApiError rejected(int code, String said) {
        return new ApiError(ApiError.Kind.REJECTED, code,
                "kie.ai refused the request" + quoted(said) + " (error " + code + ") — check the task or request on kie.ai.", null);
    }

    private static String rateLimited(Duration retryAfter) {
        if (retryAfter == null) {
            return "kie.ai is receiving too many requests — the app will slow down and try again shortly.";
        }
        long seconds = Math.max(1, retryAfter.toSeconds());
        return "kie.ai is receiving too many requests — the app will try again in " + seconds
                + (seconds == 1 ? " second." : " seconds.");
    }

    /** Market endpoints answer 422 "recordInfo is null" for a task they do not know. */
    private static boolean isUnknownRecord(String said) {
        return said != null && said.toLowerCase(java.util.Locale.ROOT).contains("recordinfo is null");
    }

    private static String quoted(String said) {
        return said == null ? "" : ": “" + said + "”";
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\p{Cntrl}+", " ").strip();
        if (flat.isEmpty() || flat.equalsIgnoreCase("success")) {
            return null;
        }
        return flat.length() > MAX_SERVER_TEXT ? flat.substring(0, MAX_SERVER_TEXT) + "…" : flat;
    }
}
