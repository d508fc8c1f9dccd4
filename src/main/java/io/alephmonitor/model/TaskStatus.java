package io.alephmonitor.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a task stands, as derived from its raw record by the task kind's adapter.
 * Transient problems (network, 5xx, 429, malformed answers) are deliberately not statuses:
 * they keep the last status and are reported beside it.
 */
public sealed interface TaskStatus {

    /** True once the task can never change again, so polling it is wasted. */
    default boolean isFinal() {
        return !(this instanceof Pending || this instanceof Running);
    }

    /** A short word for the status, for tables and logs. */
    String label();

    /**
     * The status's stable name where tasks are kept (the database, exported files): PENDING,
     * RUNNING, SUCCEEDED, FAILED, NOT_FOUND or INVALID_ID; no status yet counts as PENDING.
     */
    static String storedName(TaskStatus status) {
        return switch (status) {
            case Pending p -> "PENDING";
            case Running r -> "RUNNING";
            case Succeeded s -> "SUCCEEDED";
            case Failed f -> "FAILED";
            case NotFound n -> "NOT_FOUND";
            case InvalidId x -> "INVALID_ID";
            case null -> "PENDING";
        };
    }

    /** Added but not yet polled. */
    record Pending() implements TaskStatus {
        public String label() { return "Pending"; }
    }

    /** kie.ai accepted the task and is still generating it. */
    record Running() implements TaskStatus {
        public String label() { return "Running"; }
    }

    /**
     * Finished with a result. {@code videoUrl} and {@code imageUrl} are the primary result and its
     * thumbnail (either may be null for image-only kinds); {@code resultUrls} lists every result
     * URL in the order kie.ai gave them (at least the video/image when present).
     */
    record Succeeded(String videoUrl, String imageUrl, List<String> resultUrls, Instant completedAt)
            implements TaskStatus {
        public Succeeded {
            resultUrls = List.copyOf(Objects.requireNonNullElse(resultUrls, List.of()));
        }

        /** The Aleph shape: one video and its thumbnail. */
        public Succeeded(String videoUrl, String imageUrl, Instant completedAt) {
            this(videoUrl, imageUrl, nonNull(videoUrl, imageUrl), completedAt);
        }

        /**
         * The results, typed: the video first (with {@code imageUrl} as its poster) when there is
         * one, then every other link in kie.ai's order, a video or an image by its file name
         * (an image when the name does not say). Audio and text results are not produced yet.
         */
        public List<ResultFile> results() {
            List<ResultFile> results = new java.util.ArrayList<>();
            if (videoUrl != null) {
                results.add(new ResultFile.Video(videoUrl, imageUrl));
            }
            List<String> others = resultUrls.isEmpty() && videoUrl == null && imageUrl != null ? List.of(imageUrl) : resultUrls;
            for (String url : others) {
                if (url == null || url.equals(videoUrl) || (videoUrl != null && url.equals(imageUrl))) {
                    continue;
                }
                results.add(ResultType.ofUrl(url, ResultType.IMAGE) == ResultType.VIDEO
                        ? new ResultFile.Video(url, null) : new ResultFile.Image(url));
            }
            return List.copyOf(results);
        }

        private static List<String> nonNull(String... urls) {
            return java.util.Arrays.stream(urls).filter(Objects::nonNull).toList();
        }

        public String label() { return "Succeeded"; }
    }

    /** kie.ai reports that generation failed; {@code code} and {@code message} are kie.ai's own. */
    record Failed(int code, String message) implements TaskStatus {
        public String label() { return "Failed"; }
    }

    /** kie.ai does not know this task ID (expired from retention, or never existed). */
    record NotFound() implements TaskStatus {
        public String label() { return "Not found"; }
    }

    /** kie.ai rejected the ID's format. */
    record InvalidId() implements TaskStatus {
        public String label() { return "Invalid ID"; }
    }
}
