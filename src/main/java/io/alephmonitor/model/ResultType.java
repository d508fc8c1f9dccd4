package io.alephmonitor.model;

import java.util.Locale;
import java.util.Set;

/** What a result file holds. Only video and image results are produced today; audio and text have their place. */
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
}
