package io.alephmonitor.ui.detail;

import io.alephmonitor.model.TaskStatus;
import atlantafx.base.theme.Styles;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The words, icons and times the detail pane shows for a task; pure, so it is easy to test. */
final class DetailText {

    private final DateTimeFormatter dateTime;

    DetailText(ZoneId zone, Locale locale) {
        dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    }

    /** A local, readable time, or "—" when unknown. */
    String time(Instant instant) {
        return instant == null ? "—" : dateTime.format(instant);
    }

    /** "4 min 12 s" between two instants; null when either is unknown or the order is odd. */
    static String elapsed(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        Duration d = Duration.between(from, to);
        if (d.toHours() > 0) {
            return "%d h %d min".formatted(d.toHours(), d.toMinutesPart());
        }
        if (d.toMinutes() > 0) {
            return "%d min %d s".formatted(d.toMinutes(), d.toSecondsPart());
        }
        return d.toSeconds() + " s";
    }

    /** The AtlantaFX colour class for the status (the word and icon always carry the meaning too). */
    static String styleClass(TaskStatus status) {
        return switch (status) {
            case TaskStatus.Pending p -> Styles.TEXT_MUTED;
            case TaskStatus.Running r -> Styles.ACCENT;
            case TaskStatus.Succeeded s -> Styles.SUCCESS;
            case TaskStatus.Failed f -> Styles.DANGER;
            case TaskStatus.NotFound n -> Styles.WARNING;
            case TaskStatus.InvalidId i -> Styles.DANGER;
        };
    }

    /** A sentence explaining a final status that has no result; null for the others. */
    static String problem(TaskStatus status) {
        return switch (status) {
            case TaskStatus.Failed f -> {
                String code = f.code() == 0 ? "" : " (code " + f.code() + ")";
                yield f.message() == null || f.message().isBlank()
                        ? "kie.ai reported that the generation failed" + code + ". Try generating it again on kie.ai."
                        : "Generation failed: " + f.message().strip() + code;
            }
            case TaskStatus.NotFound n ->
                    "kie.ai doesn't know this task ID. It may have been mistyped, or it is older than kie.ai keeps records.";
            case TaskStatus.InvalidId i ->
                    "This is not a valid task ID for this kind of task. Check that it was copied completely.";
            default -> null;
        };
    }

    /** A one-line description of where the task stands, under the status word. */
    static String progress(TaskStatus status) {
        return switch (status) {
            case TaskStatus.Pending p -> "Waiting for the first check.";
            case TaskStatus.Running r -> r.stage() != null && !r.stage().isBlank()
                    ? r.stage().strip() + " — kie.ai is still generating the rest."
                    : "kie.ai is still generating this task.";
            case TaskStatus.Succeeded s -> "The result is ready.";
            default -> "";
        };
    }
}
