package io.alephmonitor.download;

import io.alephmonitor.model.ResultType;
import io.alephmonitor.tracking.SaveException;

import java.util.Locale;

/**
 * Whether a link's answer is the file the save expects, by its {@code Content-Type}: a web page
 * (an error or sign-in page in the file's place) never is; a type that names another kind of file
 * (an image where audio was expected) proves a wrong file. No type, or a generic one
 * ({@code application/octet-stream}), proves nothing and is accepted.
 */
final class AnswerTypes {

    /** What a save of a dead link that kie.ai could not renew ends with. */
    static final String EXPIRED_AND_LOST = "kie.ai says this result's link has expired and could not renew it; "
            + "the file is lost unless you saved it earlier.";

    private AnswerTypes() {
    }

    /** True when this {@code Content-Type} is a web page. */
    static boolean isWebPage(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mime.equals("text/html") || mime.equals("application/xhtml+xml");
    }

    /** Throws the sentence for the user when an answer of this type is not a file of {@code expected} (null: any file). */
    static void requireFits(ResultType expected, String contentType) throws SaveException {
        if (isWebPage(contentType)) {
            throw new SaveException("The link answered with a web page instead of " + theFile(expected)
                    + " — kie.ai may have removed it. Nothing was saved.");
        }
        ResultType answered = ResultType.ofContentType(contentType);
        if (expected != null && answered != null && answered != expected) {
            throw new SaveException("The link answered with " + aFile(answered) + " instead of " + theFile(expected)
                    + ", so it is not this result. Nothing was saved; check the task again for a fresh link.");
        }
    }

    /** "the audio file", "the video"…: what a save of this type expects, in words. */
    static String theFile(ResultType type) {
        return type == null ? "the file" : switch (type) {
            case VIDEO -> "the video";
            case IMAGE -> "the image";
            case AUDIO -> "the audio file";
            case TEXT -> "the text";
        };
    }

    private static String aFile(ResultType type) {
        return switch (type) {
            case VIDEO -> "a video";
            case IMAGE -> "an image";
            case AUDIO -> "an audio file";
            case TEXT -> "text";
        };
    }
}
