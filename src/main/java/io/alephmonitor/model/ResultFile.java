package io.alephmonitor.model;

import java.util.Objects;

/**
 * One file a task produced: a link to fetch it, or (for text models) the text itself. Sealed so
 * every view and saver says what it does with each type. A link whose name does not say what it
 * holds is {@link Untyped} until the answer's {@code Content-Type} has been asked for once.
 */
public sealed interface ResultFile {

    /** Where the file can be fetched (kie.ai links expire, see {@link Expiry}); null only for inline text. */
    String url();

    /** What the file holds; null only for an {@link Untyped} link. */
    ResultType type();

    /** What tells this result apart from the task's others, stable across polls (the link, a track's ID). */
    default String key() {
        return url();
    }

    /** This result with its link replaced (a renewed link); inline text stays as it is. */
    ResultFile withUrl(String newUrl);

    /** A video, with its poster image when kie.ai gave one (null otherwise). */
    record Video(String url, String thumbnailUrl) implements ResultFile {
        public Video {
            Objects.requireNonNull(url, "url");
        }

        public ResultType type() {
            return ResultType.VIDEO;
        }

        public Video withUrl(String newUrl) {
            return new Video(newUrl, thumbnailUrl);
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

        public Image withUrl(String newUrl) {
            return new Image(newUrl);
        }
    }

    /**
     * A sound file, a Suno track among them. Everything but the link may be null.
     *
     * @param coverUrl        the track's cover image
     * @param title           the track's title
     * @param durationSeconds how long it plays, as kie.ai says
     * @param tags            the style words ("electronic, upbeat")
     * @param lyrics          the lyrics (Suno's {@code prompt} of a track)
     * @param trackId         kie.ai's ID of the track, when it has one
     */
    record Audio(String url, String coverUrl, String title, Double durationSeconds, String tags, String lyrics,
                 String trackId) implements ResultFile {
        public Audio {
            Objects.requireNonNull(url, "url");
        }

        /** A sound file known only by its link. */
        public Audio(String url) {
            this(url, null, null, null, null, null, null);
        }

        public ResultType type() {
            return ResultType.AUDIO;
        }

        @Override
        public String key() {
            return trackId != null ? "track:" + trackId : url;
        }

        public Audio withUrl(String newUrl) {
            return new Audio(newUrl, coverUrl, title, durationSeconds, tags, lyrics, trackId);
        }
    }

    /**
     * A text result: fetched from {@code url}, or given inline as {@code content} (a text model's
     * {@code resultObject}, Suno's lyrics). {@code structured} when the text is JSON (saved as
     * {@code .json}, else {@code .txt}); {@code title} names it where kie.ai gave a name.
     */
    record Text(String url, String content, boolean structured, String title) implements ResultFile {
        public Text {
            if (url == null && content == null) {
                throw new IllegalArgumentException("A text result needs a link or its content");
            }
        }

        public ResultType type() {
            return ResultType.TEXT;
        }

        @Override
        public String key() {
            return url != null ? url : "text:" + Integer.toHexString(content.hashCode()) + ":" + content.length();
        }

        public Text withUrl(String newUrl) {
            return url == null ? this : new Text(newUrl, content, structured, title);
        }

        /** The extension a saved copy gets. */
        public String extension() {
            return structured ? "json" : "txt";
        }
    }

    /** A link whose name does not say what it holds; its answer's {@code Content-Type} will. */
    record Untyped(String url) implements ResultFile {
        public Untyped {
            Objects.requireNonNull(url, "url");
        }

        public ResultType type() {
            return null;
        }

        public Untyped withUrl(String newUrl) {
            return new Untyped(newUrl);
        }

        /** This link as the type its answer named. */
        public ResultFile as(ResultType type) {
            return ResultFile.of(url, type);
        }
    }

    /** The result a link of this type is (null type: {@link Untyped}). */
    static ResultFile of(String url, ResultType type) {
        if (type == null) {
            return new Untyped(url);
        }
        return switch (type) {
            case VIDEO -> new Video(url, null);
            case IMAGE -> new Image(url);
            case AUDIO -> new Audio(url);
            case TEXT -> new Text(url, null, url.toLowerCase(java.util.Locale.ROOT).split("[?#]", 2)[0].endsWith(".json"), null);
        };
    }

    /** The result a link is by its file name, or {@code fallback}'s when the name does not say (null: untyped). */
    static ResultFile ofUrl(String url, ResultType fallback) {
        return of(url, ResultType.ofUrl(url, fallback));
    }
}
