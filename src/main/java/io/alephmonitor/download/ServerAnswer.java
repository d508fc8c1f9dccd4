package io.alephmonitor.download;

import java.net.http.HttpHeaders;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a file server's status and headers, in answer to a (possibly ranged) GET, mean for the save. */
record ServerAnswer(Kind kind, int status, long offset, long total) {

    enum Kind {
        /** The body continues the file at {@code offset}; {@code total} is the full length or -1. */
        BODY,
        /** The part file is already the whole file. */
        ALREADY_COMPLETE,
        /** The part file cannot be continued: discard it and start from zero. */
        RESTART,
        /** The link is gone for good (403/404/410…). */
        GONE,
        /** The server failed for now: worth another attempt. */
        TRY_AGAIN,
        /** Any other refusal. */
        REFUSED
    }

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
    private static final Pattern UNSATISFIED_RANGE = Pattern.compile("bytes\\s+\\*/(\\d+)");

    /** Reads the answer to a request that asked to resume at {@code have} bytes (0: the whole file). */
    static ServerAnswer of(int status, HttpHeaders headers, long have) {
        return switch (status) {
            case 200 -> new ServerAnswer(Kind.BODY, status, 0, contentLength(headers));
            case 206 -> partial(headers, have);
            case 416 -> unsatisfiable(headers, have);
            case 401, 403, 404, 410 -> new ServerAnswer(Kind.GONE, status, 0, -1);
            case 408, 425, 429, 500, 502, 503, 504 -> new ServerAnswer(Kind.TRY_AGAIN, status, 0, -1);
            default -> new ServerAnswer(Kind.REFUSED, status, 0, -1);
        };
    }

    private static ServerAnswer partial(HttpHeaders headers, long have) {
        Matcher range = CONTENT_RANGE.matcher(headers.firstValue("Content-Range").orElse("").strip());
        if (!range.matches() || Long.parseLong(range.group(1)) != have) {
            return new ServerAnswer(Kind.RESTART, 206, 0, -1); // not the continuation we asked for
        }
        long total = range.group(3).equals("*") ? -1 : Long.parseLong(range.group(3));
        return new ServerAnswer(Kind.BODY, 206, have, total);
    }

    private static ServerAnswer unsatisfiable(HttpHeaders headers, long have) {
        Matcher range = UNSATISFIED_RANGE.matcher(headers.firstValue("Content-Range").orElse("").strip());
        if (have > 0 && range.matches() && Long.parseLong(range.group(1)) == have) {
            return new ServerAnswer(Kind.ALREADY_COMPLETE, 416, have, have);
        }
        return new ServerAnswer(Kind.RESTART, 416, 0, -1);
    }

    private static long contentLength(HttpHeaders headers) {
        OptionalLong length = headers.firstValueAsLong("Content-Length");
        return length.isPresent() && length.getAsLong() >= 0 ? length.getAsLong() : -1;
    }
}
