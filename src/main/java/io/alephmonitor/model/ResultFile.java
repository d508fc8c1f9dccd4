package io.alephmonitor.model;

import java.util.Objects;

/**
 * One file a finished task produced, as a link to fetch it. Sealed so every view and saver says
 * what it does with each type; audio and text results join here as their own records.
 */
public sealed interface ResultFile {

    /** Where the file can be fetched (kie.ai links expire, see {@link Expiry}). */
    String url();

    ResultType type();

    /** A video, with its poster image when kie.ai gave one (null otherwise). */
    record Video(String url, String thumbnailUrl) implements ResultFile {
        public Video {
            Objects.requireNonNull(url, "url");
        }

        public ResultType type() {
            return ResultType.VIDEO;
        }
    }

    /** A still image. */
    record Image(String url) implements ResultFile {
        public Image {
            Objects.requireNonNull(url, "url");
        }

        public ResultType type() {
            return ResultType.IMAGE;
        }
    }
}
