package io.alephmonitor.ui.preview;

import javafx.scene.media.MediaException;

import java.util.Locale;

/** Turns JavaFX media errors into sentences a creator understands, each with the next step. */
public final class MediaProblem {

    static final String NEXT_STEP = " Open it in your browser or save it.";

    private MediaProblem() {
    }

    /** The message shown in place of the video for this error (null = unknown error). */
    public static String describe(MediaException error) {
        if (error == null) {
            return "The video can't play here." + NEXT_STEP;
        }
        return describe(error.getType(), error.getMessage() + " " + error.getCause());
    }

    /** The message for any failure while opening the video (JavaFX sometimes throws plain runtime exceptions). */
    public static String describe(Throwable error) {
        if (error instanceof MediaException media) {
            return describe(media);
        }
        return describe(MediaException.Type.UNKNOWN, error == null ? "" : error.getMessage() + " " + error.getCause());
    }

    /**
     * {@link #describe(Throwable)} for what is played ({@code "track"} for a sound file): "The track
     * can't play here: the computer has no audio device."
     */
    public static String describe(Throwable error, String what) {
        return about(describe(error), what);
    }

    /** {@link #notReadyInTime()} for what is played ("track"). */
    public static String notReadyInTime(String what) {
        return about(notReadyInTime(), what);
    }

    private static String about(String message, String what) {
        return "video".equals(what) ? message
                : message.replace("The video ", "The " + what + " ").replace("the video ", "the " + what + " ");
    }

    /** The message shown when the video did not become ready to play, twice, within the watchdog's time. */
    public static String notReadyInTime() {
        return "The video took too long to load — the connection may be slow or the link may no longer work."
                + NEXT_STEP;
    }

    /**
     * True when the failure may come from an expired link, so asking kie.ai for a fresh one is
     * worth it: the server refused it, or JavaFX could not open it without saying why.
     */
    public static boolean mayBeExpired(Throwable error) {
        String detail = detailOf(error);
        if (detail.contains("audio device") || (detail.contains("audio") && detail.contains("open"))) {
            return false;
        }
        return isGone(detail) || detail.contains("could not create player")
                || (error instanceof MediaException media && (media.getType() == MediaException.Type.MEDIA_UNAVAILABLE
                || media.getType() == MediaException.Type.MEDIA_INACCESSIBLE));
    }

    private static boolean isGone(String detail) {
        return detail.contains("403") || detail.contains("404") || detail.contains("410")
                || detail.contains("not found") || detail.contains("forbidden");
    }

    private static String detailOf(Throwable error) {
        return error == null ? "" : String.valueOf(error.getMessage() + " " + error.getCause()).toLowerCase(Locale.ROOT);
    }

    private static String describe(MediaException.Type type, String message) {
        String detail = String.valueOf(message).toLowerCase(Locale.ROOT);
        if (detail.contains("audio device") || (detail.contains("audio") && detail.contains("open"))) {
            return "The video can't play here: the computer has no audio device." + NEXT_STEP;
        }
        if (detail.contains("could not create player")) {
            // JavaFX says this for an expired link, a missing audio output and a missing codec alike.
            return "The video couldn't be loaded — the link may have expired, or this computer has no working"
                    + " audio device or media codecs (ffmpeg)." + NEXT_STEP;
        }
        if (isGone(detail)) {
            return "The video link no longer works — links from kie.ai expire after a while."
                    + " Check the task again for a fresh link, or open it in your browser.";
        }
        if (detail.contains("connect") || detail.contains("network") || detail.contains("host")
                || detail.contains("timed out") || detail.contains("timeout")) {
            return "The video couldn't be downloaded — check the internet connection, then select the task again."
                    + NEXT_STEP;
        }
        return switch (type) {
            case MEDIA_UNSUPPORTED, MEDIA_CORRUPTED, OPERATION_UNSUPPORTED ->
                    "The video can't play here: its format isn't supported by this preview." + NEXT_STEP;
            case MEDIA_UNAVAILABLE, MEDIA_INACCESSIBLE ->
                    "The video couldn't be loaded — the link may have expired or the connection failed."
                            + NEXT_STEP;
            case PLAYBACK_HALTED, PLAYBACK_ERROR ->
                    "The video stopped playing because of a playback problem." + NEXT_STEP;
            default -> "The video can't play here." + NEXT_STEP;
        };
    }
}
