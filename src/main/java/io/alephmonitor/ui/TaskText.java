package io.alephmonitor.ui;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How task facts read in the table and gallery: short IDs, relative times, durations, the result column. */
public final class TaskText {

    private static final DateTimeFormatter SHORT_DATE =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private TaskText() {
    }

    /**
     * Eight characters of a task ID, enough to tell tasks apart at a glance: the first eight of a
     * UUID or hex ID, the last eight of a prefixed one ({@code task_kling-2.6_1765182425861},
     * {@code veo_task_…}), whose start is the same for every task of its kind.
     */
    public static String shortId(String taskId) {
        if (taskId.length() <= 8) {
            return taskId;
        }
        return taskId.indexOf('_') >= 0 ? taskId.substring(taskId.length() - 8) : taskId.substring(0, 8);
    }

    /** The first non-blank line of a text, or an empty string. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    /** "just now", "5 min ago", "3 h ago", "yesterday", then a short date. */
    public static String relative(Instant then, Instant now) {
        if (then == null) {
            return "";
        }
        long seconds = Duration.between(then, now).toSeconds();
        if (seconds < 45) {
            return "just now";
        }
        if (seconds < 3600) {
            return Math.max(1, Math.round(seconds / 60.0)) + " min ago";
        }
        if (seconds < 24 * 3600) {
            return seconds / 3600 + " h ago";
        }
        if (seconds < 48 * 3600) {
            return "yesterday";
        }
        return SHORT_DATE.format(then);
    }

    /** A duration as "42 s", "3:07", "1:02:09". */
    public static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d:%02d", s / 60, s % 60);
        }
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** Running time so far (active tasks) or the time generation took (finished ones); null when unknown. */
    public static Duration elapsed(TrackedTask t, Instant now) {
        Instant start = t.createdAt() != null ? t.createdAt() : t.addedAt();
        if (start == null) {
            return null;
        }
        if (!t.status().isFinal()) {
            return Duration.between(start, now);
        }
        Instant end = t.completedAt();
        if (end == null && t.status() instanceof TaskStatus.Succeeded s) {
            end = s.completedAt();
        }
        // one time for both (Runway's generateTime is its record's only time): how long it took is not known
        return end == null || t.createdAt() == null || end.equals(start) ? null : Duration.between(start, end);
    }

    /** The elapsed column's words. */
    public static String elapsedText(TrackedTask t, Instant now) {
        Duration d = elapsed(t, now);
        return d == null ? "" : duration(d);
    }

    /**
     * The result column: what the task holds ("2 tracks", "Video") and whether it is saved (or the saved
     * file missing, as the tracker last found it), expires in N days or hours (the task's kind decides, see
     * {@link KindNames#expiresAt}), or expired; a running task's progress or partial result; or the error.
     */
    public static String result(TrackedTask t, Instant now) {
        return result(t, now, KindNames.standard());
    }

    /** {@link #result(TrackedTask, Instant)} with these kinds' result lifetimes. */
    public static String result(TrackedTask t, Instant now, KindNames kinds) {
        return switch (t.status()) {
            case TaskStatus.Succeeded s -> {
                if (s.results().isEmpty()) {
                    yield ResultText.NO_RESULT;
                }
                yield ResultText.holds(s.results()) + " · " + lifetime(t, s, now, kinds);
            }
            case TaskStatus.Failed f -> f.message() == null || f.message().isBlank()
                    ? "Generation failed (code " + f.code() + ")" : f.message();
            case TaskStatus.NotFound n -> "kie.ai does not know this task ID";
            case TaskStatus.InvalidId i -> "Not a valid task ID";
            case TaskStatus.Running r -> t.lastError() != null ? t.lastError() : ResultText.running(r);
            case TaskStatus.Pending p -> t.lastError() != null ? t.lastError() : "Waiting for first check";
        };
    }

    /** Saved, the save's error, or how long the links live: "Saved ✓", "Expires in 3 days", "Link expired". */
    private static String lifetime(TrackedTask t, TaskStatus.Succeeded s, Instant now, KindNames kinds) {
        if (t.savedPath() != null) {
            return t.savedFileMissing() ? "Saved file missing" : "Saved ✓";
        }
        if (t.lastError() != null) {
            return t.lastError(); // e.g. "Auto-save failed: the link has expired…"
        }
        if (s.linkExpired()) {
            return "Link expired";
        }
        if (!s.results().isEmpty() && s.results().stream().allMatch(r -> r instanceof ResultFile.Text text && text.url() == null)) {
            return "Kept here"; // kie.ai's answer held the text itself: no link to expire
        }
        Instant expires = kinds.expiresAt(t).orElse(null);
        if (expires == null) {
            return "Ready";
        }
        Duration left = Duration.between(now, expires);
        if (left.isNegative() || left.isZero()) {
            return "Link expired";
        }
        long days = left.toDays();
        return days >= 1 ? "Expires in " + days + (days == 1 ? " day" : " days")
                : "Expires in " + Math.max(1, left.toHours()) + " h";
    }

    /**
     * What the result column's tooltip adds to its text: kie.ai's notice about an odd answer ("Track 2
     * came without an audio link."); null when there is nothing more to say.
     */
    public static String resultNotice(TrackedTask t) {
        return t.status() instanceof TaskStatus.Succeeded s && s.notice() != null && !s.notice().isBlank()
                ? s.notice().strip() : null;
    }
}
