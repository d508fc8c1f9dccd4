package io.alephmonitor.download;

import io.alephmonitor.tracking.SaveException;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a file server's answer to a (possibly ranged) GET means for the save. */
record ServerAnswer(Kind kind, long offset, long total) {

    enum Kind {
        /** The body continues the file at {@code offset}; {@code total} is the full length or -1. */
        BODY,
        /** The part file is already the whole file. */
        ALREADY_COMPLETE,
        /** The part file cannot be continued: discard it and start from zero. */
        RESTART
    }

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
    private static final Pattern UNSATISFIED_RANGE = Pattern.compile("bytes\\s+\\*/(\\d+)");

    /**
     * Reads the status and headers of the answer to a request that asked to resume at {@code have}.
     *
     * @throws SaveException              when the link is gone or refused for good
     * @throws Transfer.BrokenTransfer    when the server failed for now (worth a retry)
     */
    static ServerAnswer of(HttpResponse<?> response, long have) throws SaveException, Transfer.BrokenTransfer {
        int status = response.statusCode();
        return switch (status) {
            case 200 -> new ServerAnswer(Kind.BODY, 0, contentLength(response));
            case 206 -> partial(response, have);
            case 416 -> unsatisfiable(response, have);
            case 401, 403, 404, 410 -> throw new SaveException("The link has expired or was removed (the server answered "
                    + status + "). Check the task again to get a fresh link, then save again.");
            case 408, 425, 429, 500, 502, 503, 504 -> throw new Transfer.BrokenTransfer(
                    new IOException("the server answered " + status));
            default -> throw new SaveException("The server refused the download (it answered " + status
                    + "). Check the task again later, then save again.");
        };
    }

    private static ServerAnswer partial(HttpResponse<?> response, long have) {
        Matcher range = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
        if (!range.matches() || Long.parseLong(range.group(1)) != have) {
            return new ServerAnswer(Kind.RESTART, 0, -1); // not the continuation we asked for
        }
        long total = range.group(3).equals("*") ? -1 : Long.parseLong(range.group(3));
        return new ServerAnswer(Kind.BODY, have, total);
    }

    private static ServerAnswer unsatisfiable(HttpResponse<?> response, long have) {
        Matcher range = UNSATISFIED_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
        if (have > 0 && range.matches() && Long.parseLong(range.group(1)) == have) {
            return new ServerAnswer(Kind.ALREADY_COMPLETE, have, have);
        }
        return new ServerAnswer(Kind.RESTART, 0, -1);
    }

    private static long contentLength(HttpResponse<?> response) {
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        return length.isPresent() && length.getAsLong() >= 0 ? length.getAsLong() : -1;
    }
}
