package io.alephmonitor.ui;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskStatus;

import java.util.List;
import java.util.Locale;

/**
 * How results are named on screen: what a task holds ("2 tracks", "Audio", "3 images", "Video"),
 * each result's own name in the detail pane's chooser ("Sunset Drive", "Image 2", "Text"), how far a
 * running task is ("42 %") and what a partial result says ("First track ready · still generating").
 * Pure, so every word is testable.
 */
public final class ResultText {

    /** What a succeeded task says when kie.ai's answer held no result at all. */
    public static final String NO_RESULT = "kie.ai sent no result";

    private ResultText() {
    }

    /** What these results are, in a word or two: "Video", "3 images", "2 tracks", "Text", "2 results". */
    public static String holds(List<ResultFile> results) {
        if (results.isEmpty()) {
            return NO_RESULT;
        }
        ResultType type = results.getFirst().type();
        boolean same = results.stream().allMatch(r -> r.type() == type);
        int n = results.size();
        if (!same) {
            return n + " results";
        }
        if (type == null) {
            return n == 1 ? "Link" : n + " links";
        }
        return switch (type) {
            case VIDEO -> n == 1 ? "Video" : n + " videos";
            case IMAGE -> n == 1 ? "Image" : n + " images";
            case AUDIO -> n == 1 ? "Audio" : n + " tracks";
            case TEXT -> n == 1 ? "Text" : n + " texts";
        };
    }

    /** The type's word for one result: "Video", "Image", "Track", "Text", "Link". */
    public static String typeWord(ResultType type) {
        if (type == null) {
            return "Link";
        }
        return switch (type) {
            case VIDEO -> "Video";
            case IMAGE -> "Image";
            case AUDIO -> "Track";
            case TEXT -> "Text";
        };
    }

    /**
     * A result's name among its task's results ({@code number} counts from 1): a track's or text's
     * title where kie.ai gave one, else its type with its number when the task has several of that type.
     */
    public static String name(ResultFile result, int number, List<ResultFile> all) {
        String title = switch (result) {
            case ResultFile.Audio a -> a.title();
            case ResultFile.Text t -> t.title();
            default -> null;
        };
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        long sameType = all.stream().filter(r -> r.type() == result.type()).count();
        if (sameType <= 1) {
            return typeWord(result.type());
        }
        int ofType = 0;
        for (ResultFile r : all) {
            if (r.type() == result.type()) {
                ofType++;
            }
            if (r == result) {
                break;
            }
        }
        return typeWord(result.type()) + " " + (ofType > 0 ? ofType : number);
    }

    /** "42 %" for a progress of 0.42; null when unknown. */
    public static String percent(Double progress) {
        return progress == null ? null : Math.round(progress * 100) + " %";
    }

    /** A track's length as "3:07" (or "42 s"); null when kie.ai did not say. */
    public static String duration(Double seconds) {
        if (seconds == null || seconds.isNaN() || seconds < 0) {
            return null;
        }
        long s = Math.round(seconds);
        return s < 3600 ? "%d:%02d".formatted(s / 60, s % 60) : "%d:%02d:%02d".formatted(s / 3600, (s / 60) % 60, s % 60);
    }

    /**
     * What a running task says in the result column: its partial result ("First track ready · still
     * generating"), kie.ai's stage ("Lyrics ready · still generating"), its progress ("Generating… 42 %")
     * or just "Generating…".
     */
    public static String running(TaskStatus.Running r) {
        if (!r.partial().isEmpty()) {
            return ready(r.partial()) + " · still generating";
        }
        if (r.stage() != null && !r.stage().isBlank()) {
            return r.stage().strip() + (r.progress() == null ? "" : " · " + percent(r.progress())) + " · still generating";
        }
        return r.progress() == null ? "Generating…" : "Generating… " + percent(r.progress());
    }

    /** "First track ready", "2 tracks ready", "First image ready", "3 results ready". */
    static String ready(List<ResultFile> partial) {
        if (partial.size() == 1) {
            return "First " + typeWord(partial.getFirst().type()).toLowerCase(Locale.ROOT) + " ready";
        }
        return holds(partial).toLowerCase(Locale.ROOT) + " ready";
    }

    /** What the detail pane says of a running task with part of its result: "Track 2 still generating". */
    public static String stillGenerating(List<ResultFile> partial) {
        if (partial.isEmpty()) {
            return null;
        }
        String word = typeWord(partial.getLast().type());
        return word + " " + (partial.size() + 1) + " still generating";
    }
}
