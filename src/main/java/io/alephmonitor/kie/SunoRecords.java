package io.alephmonitor.kie;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The record-reading rules every Suno task type shares (music, music video, WAV, stems, MIDI,
 * lyrics, cover art: the docs.kie.ai "Get … Details" pages under suno-api/). Their state is a
 * word in {@code status} or {@code successFlag} (PENDING, SUCCESS, CREATE_TASK_FAILED,
 * GENERATE_…_FAILED, CALLBACK_EXCEPTION, SENSITIVE_WORD_ERROR), except MIDI and cover art, which
 * send a number in {@code successFlag} (0 pending, 1 success, 2 and 3 as the kind says). The
 * error is {@code errorCode}/{@code errorMessage} (Suno music repeats the message in
 * {@code response.errorMessage}). Nothing here throws on odd input.
 */
final class SunoRecords {

    /** Where a Suno record stands, read from its state word or number. */
    enum Stage {
        /** PENDING, GENERATING, no state, or a state the docs do not name yet: poll again. */
        RUNNING,
        /** TEXT_SUCCESS (music): the lyrics are written, no audio yet. */
        TEXT_READY,
        /** FIRST_SUCCESS (music): the first track is ready, the second is still being made. */
        FIRST_READY,
        /** SUCCESS (or flag 1). */
        SUCCESS,
        /**
         * CALLBACK_EXCEPTION: the docs say only "an error occurred during the callback", i.e. while
         * kie.ai called the creator's callBackUrl. Like Luma's flag 4, results present mean the work
         * was done; without results it is a failure.
         */
        CALLBACK_EXCEPTION,
        /** SENSITIVE_WORD_ERROR: the prompt was refused for its words. */
        REFUSED,
        /** CREATE_TASK_FAILED, GENERATE_…_FAILED (any state ending in _FAILED), or a failed flag. */
        FAILED
    }

    /** What a record's results came to: the files, and what was odd about them (null: nothing). */
    record Outcome(List<ResultFile> files, String notice) {
        Outcome {
            files = List.copyOf(files);
        }
    }

    private SunoRecords() {
    }

    /**
     * The stage of a record whose state is a word (or, from MIDI and cover art, a number) in
     * {@code field}. For numbers: 0 running, 1 success, 3 failed; 2 is {@code flagTwo}, because
     * the pages disagree (MIDI: "failed to create the task"; cover art: "generating"), and is a
     * failure anyway when kie.ai reports an error beside it.
     */
    static Stage stage(JsonNode data, String field, Stage flagTwo) {
        JsonNode node = KindRecords.field(data, field);
        Long flag = LenientJson.whole(node);
        if (flag != null) {
            if (flag == 0) {
                return errorReported(data) ? Stage.FAILED : Stage.RUNNING;
            }
            if (flag == 1) {
                return Stage.SUCCESS;
            }
            if (flag == 2) {
                return flagTwo == Stage.RUNNING && errorReported(data) ? Stage.FAILED : flagTwo;
            }
            return flag == 3 ? Stage.FAILED : Stage.RUNNING;
        }
        String state = LenientJson.text(data, field);
        String word = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        return switch (word) {
            case "SUCCESS" -> Stage.SUCCESS;
            case "TEXT_SUCCESS" -> Stage.TEXT_READY;
            case "FIRST_SUCCESS" -> Stage.FIRST_READY;
            case "CALLBACK_EXCEPTION" -> Stage.CALLBACK_EXCEPTION;
            case "SENSITIVE_WORD_ERROR" -> Stage.REFUSED;
            default -> word.endsWith("_FAILED") ? Stage.FAILED : Stage.RUNNING;
        };
    }

    /**
     * The status for the stages every Suno type shares: running, success (with {@code outcome}'s
     * files and notice), a callback exception (success when there are files), a refused prompt or
     * a failure with kie.ai's code and message. TEXT_READY and FIRST_READY read as plain running
     * here; the music kind handles them itself.
     */
    static TaskStatus status(JsonNode data, Stage stage, String field, Supplier<Outcome> outcome) {
        return switch (stage) {
            case RUNNING, TEXT_READY, FIRST_READY -> new TaskStatus.Running();
            case SUCCESS -> succeeded(data, outcome.get());
            case CALLBACK_EXCEPTION -> {
                Outcome results = outcome.get();
                yield results.files().isEmpty()
                        ? failed(data, "kie.ai reports an error while it called back (CALLBACK_EXCEPTION) and sent no result.")
                        : succeeded(data, results);
            }
            case REFUSED -> refused(data);
            case FAILED -> KindRecords.failed(LenientJson.whole(data, "errorCode"), errorMessage(data),
                    String.valueOf(LenientJson.text(data, field)));
        };
    }

    /** Success with these results, completed when kie.ai says (else when its latest result was made). */
    static TaskStatus.Succeeded succeeded(JsonNode data, Outcome outcome) {
        return TaskStatus.Succeeded.of(outcome.files(), completedAt(data), false, outcome.notice());
    }

    /** The prompt was refused for its words: said plainly, with kie.ai's own message after it. */
    static TaskStatus.Failed refused(JsonNode data) {
        String theirs = errorMessage(data);
        Long code = LenientJson.whole(data, "errorCode");
        String sentence = "kie.ai refused the prompt because of words in it (SENSITIVE_WORD_ERROR); "
                + "change the wording and create the task again.";
        return new TaskStatus.Failed(code == null || code != code.intValue() ? 0 : code.intValue(),
                theirs == null ? sentence : sentence + " kie.ai says: " + theirs);
    }

    private static TaskStatus.Failed failed(JsonNode data, String fallback) {
        String theirs = errorMessage(data);
        Long code = LenientJson.whole(data, "errorCode");
        return new TaskStatus.Failed(code == null || code != code.intValue() || code == 200 ? 0 : code.intValue(),
                theirs == null ? fallback : fallback + " kie.ai says: " + theirs);
    }

    /** The snapshot every Suno type gives: the request from {@code param} where there is one, and its times. */
    static TaskSnapshot snapshot(String taskId, String kindId, TaskStatus status, JsonNode data) {
        return new TaskSnapshot(taskId, kindId, status, ParamJson.readLoose(KindRecords.field(data, "param")),
                LenientTime.instant(data, "createTime"), LenientTime.instant(data, "completeTime"));
    }

    /** The record's {@code response} object, or null. */
    static JsonNode response(JsonNode data) {
        return LenientJson.embeddedObject(KindRecords.field(data, "response"));
    }

    /** The first of these fields that holds text (camelCase as in records, snake_case as in callbacks). */
    static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = LenientJson.text(node, field);
            if (value != null) {
                return value.strip();
            }
        }
        return null;
    }

    private static Instant completedAt(JsonNode data) {
        Instant completed = LenientTime.instant(data, "completeTime");
        if (completed != null) {
            return completed;
        }
        // Suno music has no completeTime: its tracks' createTime is the nearest the record says
        Instant latest = null;
        JsonNode tracks = KindRecords.field(response(data), "sunoData");
        if (tracks != null && tracks.isArray()) {
            for (JsonNode track : tracks) {
                Instant made = LenientTime.instant(track, "createTime");
                latest = made != null && (latest == null || made.isAfter(latest)) ? made : latest;
            }
        }
        return latest;
    }

    private static boolean errorReported(JsonNode data) {
        Long code = LenientJson.whole(data, "errorCode");
        return (code != null && code != 0 && code != 200) || LenientJson.text(data, "errorMessage") != null;
    }

    private static String errorMessage(JsonNode data) {
        String message = LenientJson.text(data, "errorMessage");
        return message != null ? message : LenientJson.text(response(data), "errorMessage");
    }
}
