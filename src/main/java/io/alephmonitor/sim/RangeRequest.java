package io.alephmonitor.sim;

/** What a {@code Range} header asks of a file of known length (RFC 9110 §14, single ranges only). */
sealed interface RangeRequest {

    /** No usable Range header: send the whole file with 200. */
    record Whole() implements RangeRequest {
    }

    /** Send bytes {@code first..last} inclusive with 206. */
    record Slice(long first, long last) implements RangeRequest {
        long length() {
            return last - first + 1;
        }
    }

    /** The range starts past the end: answer 416. */
    record Unsatisfiable() implements RangeRequest {
    }

    /** Parses {@code bytes=a-b}, {@code bytes=a-} and {@code bytes=-n}; anything else is ignored, as RFC 9110 allows. */
    static RangeRequest of(String header, long length) {
        if (header == null) {
            return new Whole();
        }
        String spec = header.strip();
        if (!spec.regionMatches(true, 0, "bytes=", 0, 6) || spec.indexOf(',') >= 0) {
            return new Whole();
        }
        spec = spec.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        try {
            String from = spec.substring(0, dash).strip();
            String to = spec.substring(dash + 1).strip();
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                if (suffix <= 0 || length == 0) {
                    return new Unsatisfiable();
                }
                return new Slice(Math.max(0, length - suffix), length - 1);
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? Long.MAX_VALUE : Long.parseLong(to);
            if (first < 0 || last < first) {
                return new Whole();
            }
            if (first >= length) {
                return new Unsatisfiable();
            }
            return new Slice(first, Math.min(last, length - 1));
        } catch (NumberFormatException e) {
            return new Whole();
        }
    }
}
