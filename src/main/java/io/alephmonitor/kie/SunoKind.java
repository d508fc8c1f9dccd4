package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Suno music ({@code GET /api/v1/generate/record-info}, https://docs.kie.ai/suno-api/get-music-details):
 * {@code data.status} PENDING, TEXT_SUCCESS (lyrics ready), FIRST_SUCCESS (the first track is
 * ready: a partial result, polling goes on), SUCCESS (all tracks), CREATE_TASK_FAILED,
 * GENERATE_AUDIO_FAILED, CALLBACK_EXCEPTION (see {@link SunoRecords.Stage#CALLBACK_EXCEPTION}),
 * SENSITIVE_WORD_ERROR (a refused prompt); {@code data.param} is the request as a JSON string;
 * {@code data.response.sunoData[]} holds one entry per track (a request makes two): {@code id,
 * audioUrl, streamAudioUrl, imageUrl, prompt} (the lyrics){@code , modelName, title, tags,
 * createTime, duration}. Times look like {@code 2025-01-01 00:00:00}.
 *
 * <p>A track is saved from its {@code audioUrl} only: {@code streamAudioUrl} is a stream that kie.ai
 * hands out before the file exists (the docs' example link has no file name), not the track's file.
 * At SUCCESS a track without an {@code audioUrl} is left out and the result says so in its notice
 * (the user can check again). When <em>no</em> track has one at SUCCESS the task stays
 * {@link TaskStatus.Running} ("Finished; waiting for the audio links"): a final status would stop
 * polling for good on what is most likely a glitch of the record, and polling on keeps costing
 * only the ordinary interval.
 *
 * <p>IDs: the docs mask theirs ({@code 5c79****be8e}); the unmasked IDs on the sibling pages (cover
 * art {@code 21aee3c3c2a01fa5e030b3799fa4dd56}, stems {@code 3e63b4cc88d52611159371f6af5571e7}) are
 * 32 hex digits, so that is the shape accepted.
 */
public final class SunoKind extends DocumentedKind {

    /** The id stored with every Suno music task. */
    public static final String ID = KindIds.SUNO;

    /** How long Suno's files are kept: the Suno detail pages (WAV, MP4, MIDI, cover art) all say 14 days. */
    static final Duration SUNO_RETENTION = Duration.ofDays(14);

    public SunoKind() {
        super(new KindInfo(ID, "Suno", null, SUNO_RETENTION, false), "/api/v1/generate/record-info", TaskIdFormat.HEX32);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        SunoRecords.Stage stage = SunoRecords.stage(data, "status", SunoRecords.Stage.FAILED);
        TaskStatus status = switch (stage) {
            case TEXT_READY -> new TaskStatus.Running(null, "Lyrics ready", List.of());
            case FIRST_READY -> new TaskStatus.Running(null, "First track ready", tracks(data).files());
            case SUCCESS -> {
                SunoRecords.Outcome tracks = tracks(data);
                yield tracks.files().isEmpty()
                        ? new TaskStatus.Running(null, "Finished; waiting for the audio links", List.of())
                        : SunoRecords.succeeded(data, tracks);
            }
            default -> SunoRecords.status(data, stage, "status", () -> tracks(data));
        };
        return SunoRecords.snapshot(taskId, ID, status, data);
    }

    /** The tracks that have an audio link, and a notice naming those that do not. */
    static SunoRecords.Outcome tracks(JsonNode data) {
        JsonNode entries = KindRecords.field(SunoRecords.response(data), "sunoData");
        List<ResultFile> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (entries != null && entries.isArray()) {
            int number = 0;
            for (JsonNode entry : entries) {
                number++;
                if (!entry.isObject()) {
                    continue;
                }
                String title = SunoRecords.text(entry, "title");
                String audio = SunoRecords.text(entry, "audioUrl", "audio_url");
                if (audio == null) {
                    missing.add("Track " + number + (title == null ? "" : " (\"" + title + "\")"));
                    continue;
                }
                java.math.BigDecimal duration = LenientJson.decimal(KindRecords.field(entry, "duration"));
                files.add(new ResultFile.Audio(audio, SunoRecords.text(entry, "imageUrl", "image_url"), title,
                        duration == null || duration.signum() <= 0 ? null : duration.doubleValue(),
                        SunoRecords.text(entry, "tags"), SunoRecords.text(entry, "prompt"),
                        SunoRecords.text(entry, "id")));
            }
        }
        return new SunoRecords.Outcome(files, missing.isEmpty() || files.isEmpty() ? null : notice(missing));
    }

    private static String notice(List<String> missing) {
        String who = String.join(" and ", missing);
        return who + " came without an audio link; kie.ai may still be preparing "
                + (missing.size() == 1 ? "it" : "them") + " — Check again later.";
    }
}
