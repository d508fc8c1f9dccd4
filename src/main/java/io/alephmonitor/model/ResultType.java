package io.alephmonitor.model;

import java.util.Locale;
import java.util.Set;

/** What a result file holds: named by the link's extension, else by the answer's {@code Content-Type}. */
public enum ResultType {
    VIDEO(Set.of("mp4", "mov", "webm", "m4v", "mkv")),
    IMAGE(Set.of("png", "jpg", "jpeg", "webp", "gif", "bmp")),
    AUDIO(Set.of("mp3", "wav", "m4a", "aac", "ogg", "flac")),
    TEXT(Set.of("txt", "md", "json", "srt", "vtt"));

    private final Set<String> extensions;

    ResultType(Set<String> extensions) {
        this.extensions = extensions;
    }

    /** The type a link's file extension names (query and fragment ignored), or {@code fallback} when it names none. */
    public static ResultType ofUrl(String url, ResultType fallback) {
        if (url == null) {
            return fallback;
        }
        String path = url.split("[?#]", 2)[0];
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return fallback;
        }
        String extension = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ResultType type : values()) {
            if (type.extensions.contains(extension)) {
                return type;
            }
        }
        return fallback;
    }

    /**
     * The type a {@code Content-Type} header names ("audio/mpeg", "video/mp4; codecs=…",
     * "application/json"), or null when it names none of these (an error page's text/html among them).
     */
    public static ResultType ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mime.startsWith("video/")) {
            return VIDEO;
        }
        if (mime.startsWith("image/")) {
            return IMAGE;
        }
        if (mime.startsWith("audio/") || mime.equals("application/ogg")) {
            return AUDIO;
        }
        if (mime.equals("text/plain") || mime.equals("application/json") || mime.endsWith("+json")
                || mime.equals("text/markdown") || mime.equals("text/vtt") || mime.equals("application/x-subrip")) {
            return TEXT;
        }
        return null;
    }

    /** The extension a saved file of this type gets when neither its link nor its answer names a better one. */
    public String defaultExtension() {
        return switch (this) {
            case VIDEO -> "mp4";
            case IMAGE -> "png";
            case AUDIO -> "mp3";
            case TEXT -> "txt";
        };
    }

    /** The extension for a {@code Content-Type} of this type ("audio/wav" → "wav"), or the default one. */
    public String extensionFor(String contentType) {
        if (contentType != null) {
            String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            String sub = mime.substring(mime.indexOf('/') + 1);
            String named = switch (sub) {
                case "mpeg", "mp3" -> this == AUDIO ? "mp3" : null;
                case "mp4" -> this == AUDIO ? "m4a" : "mp4";
                case "x-wav", "wave", "vnd.wave" -> "wav";
                case "jpeg" -> "jpg";
                case "quicktime" -> "mov";
                case "plain" -> "txt";
                case "x-m4a", "mp4a-latm" -> "m4a";
                default -> sub;
            };
            if (named != null && extensions.contains(named)) {
                return named;
            }
        }
        return defaultExtension();
    }
}
