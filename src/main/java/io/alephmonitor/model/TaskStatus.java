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
     * The results there are to show and save: a finished task's, or those a running one has ready
     * already (Suno's first track); none for any other status.
     */
    default List<ResultFile> readyResults() {
        return switch (this) {
            case Succeeded done -> done.results();
            case Running running -> running.partial();
            default -> List.of();
        };
    }

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

    /**
     * kie.ai accepted the task and is still generating it.
     *
     * @param progress how far along it is, 0 to 1, where kie.ai says (Market's 0–100, 4o Image's
     *                 "0.00"–"1.00"); null when it does not
     * @param stage    kie.ai's word for a step on the way ("Lyrics ready", "First track ready"); null when none
     * @param partial  results that are ready before the task is done (Suno's first track), in kie.ai's
     *                 order; they can be played and saved while polling goes on
     */
    record Running(Double progress, String stage, List<ResultFile> partial) implements TaskStatus {
        public Running {
            partial = List.copyOf(Objects.requireNonNullElse(partial, List.of()));
            if (progress != null && (progress.isNaN() || progress < 0 || progress > 1)) {
                progress = progress.isNaN() ? null : Math.max(0, Math.min(1, progress));
            }
        }

        /** Running with nothing more known. */
        public Running() {
            this(null, null, List.of());
        }

        /** Running this far along (0 to 1, null: unknown). */
        public Running(Double progress) {
            this(progress, null, List.of());
        }

        public String label() { return partial.isEmpty() ? "Running" : "Partly ready"; }
    }

    /**
     * Finished with a result. {@code videoUrl} and {@code imageUrl} are the primary result and its
     * thumbnail (either may be null for image-only kinds); {@code resultUrls} lists every result
     * URL in the order kie.ai gave them (at least the video/image when present).
     *
     * @param files       the results, typed, in kie.ai's order; empty for values made from links
     *                    alone (older kinds and stores), whose types {@link #results()} reads off the links
     * @param linkExpired kie.ai said the result links are dead (Runway's {@code expireFlag} 1): renew or lost
     * @param notice      what was wrong with kie.ai's answer although the task succeeded, in words for the
     *                    user ("Track 2 came without an audio link."); null when nothing was
     */
    record Succeeded(String videoUrl, String imageUrl, List<String> resultUrls, Instant completedAt,
                     List<ResultFile> files, boolean linkExpired, String notice) implements TaskStatus {
        public Succeeded {
            resultUrls = resultUrls == null ? List.of() : resultUrls.stream().filter(Objects::nonNull).toList();
            files = List.copyOf(Objects.requireNonNullElse(files, List.of()));
        }

        /** Links alone, typed by {@link #results()}. */
        public Succeeded(String videoUrl, String imageUrl, List<String> resultUrls, Instant completedAt) {
            this(videoUrl, imageUrl, resultUrls, completedAt, List.of(), false, null);
        }

        /** The Aleph shape: one video and its thumbnail. */
        public Succeeded(String videoUrl, String imageUrl, Instant completedAt) {
            this(videoUrl, imageUrl, nonNull(videoUrl, imageUrl), completedAt);
        }

        /**
         * Typed results: the first video is the video (its poster the image), else the first image or
         * audio cover is the image; every link is listed in {@code resultUrls}.
         */
        public static Succeeded of(List<ResultFile> files, Instant completedAt) {
            return of(files, completedAt, false, null);
        }

        /** {@link #of(List, Instant)}, with kie.ai's word that the links are dead. */
        public static Succeeded of(List<ResultFile> files, Instant completedAt, boolean linkExpired) {
            return of(files, completedAt, linkExpired, null);
        }

        /** {@link #of(List, Instant, boolean)}, with what was wrong with the answer (null: nothing). */
        public static Succeeded of(List<ResultFile> files, Instant completedAt, boolean linkExpired, String notice) {
            String video = null;
            String image = null;
            List<String> urls = new java.util.ArrayList<>();
            for (ResultFile file : files) {
                if (file instanceof ResultFile.Video v && video == null) {
                    video = v.url();
                    image = v.thumbnailUrl() != null ? v.thumbnailUrl() : image;
                } else if (file instanceof ResultFile.Image i && image == null) {
                    image = i.url();
                } else if (file instanceof ResultFile.Audio a && image == null && a.coverUrl() != null) {
                    image = a.coverUrl();
                }
                if (file.url() != null) {
                    urls.add(file.url());
                }
            }
            return new Succeeded(video, image, urls, completedAt, files, linkExpired, notice);
        }

        /**
         * The results, typed. Typed values give their own; values made from links alone give the
         * video first (with {@code imageUrl} as its poster) when there is one, then every other link
         * in kie.ai's order, typed by its file name: untyped when the name does not say.
         */
        public List<ResultFile> results() {
            if (!files.isEmpty()) {
                return files;
            }
            List<ResultFile> results = new java.util.ArrayList<>();
            if (videoUrl != null) {
                results.add(new ResultFile.Video(videoUrl, imageUrl));
            }
            List<String> others = resultUrls.isEmpty() && videoUrl == null && imageUrl != null ? List.of(imageUrl) : resultUrls;
            for (String url : others) {
                if (url == null || url.equals(videoUrl) || (videoUrl != null && url.equals(imageUrl))) {
                    continue;
                }
                results.add(url.equals(imageUrl) && ResultType.ofUrl(url, null) == null
                        ? new ResultFile.Image(url) : ResultFile.ofUrl(url, null));
            }
            return List.copyOf(results);
        }

        /** This result with these results instead (types learnt, links renewed); the primary links follow. */
        public Succeeded withFiles(List<ResultFile> newFiles) {
            return of(newFiles, completedAt, linkExpired, notice);
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
