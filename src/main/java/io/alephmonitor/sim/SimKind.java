package io.alephmonitor.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The task kinds the simulator serves: each kind's record endpoint, the task-ID shape it accepts,
 * how it answers for a task it does not know, and how many results a finished task has. The ids
 * are the ones the app stores ({@code kie.TaskKind.id()}); the paths are written out here on
 * purpose, so a wrong path in the client shows up as a 404 in tests.
 */
enum SimKind {

    ALEPH("aleph", "/api/v1/aleph/record-info", true, 1),
    RUNWAY("runway", "/api/v1/runway/record-detail", true, 1),
    VEO("veo", "/api/v1/veo/record-info", false, 1),
    MARKET("market", "/api/v1/jobs/recordInfo", false, 3),
    FLUX_KONTEXT("flux-kontext", "/api/v1/flux/kontext/record-info", false, 1),
    GPT4O_IMAGE("gpt4o-image", "/api/v1/gpt4o-image/record-info", false, 2),
    MIDJOURNEY("midjourney", "/api/v1/mj/record-info", false, 4),
    // Suno (records in SunoRecords): music makes two tracks, lyrics two variants, stems vocals + instrumental
    SUNO("suno", "/api/v1/generate/record-info", false, 2),
    SUNO_VIDEO("suno-video", "/api/v1/mp4/record-info", false, 1),
    SUNO_WAV("suno-wav", "/api/v1/wav/record-info", false, 1),
    SUNO_STEMS("suno-stems", "/api/v1/vocal-removal/record-info", false, 2),
    SUNO_MIDI("suno-midi", "/api/v1/midi/record-info", false, 1),
    SUNO_LYRICS("suno-lyrics", "/api/v1/lyrics/record-info", false, 2),
    SUNO_COVER("suno-cover", "/api/v1/suno/cover/record-info", false, 2),
    LUMA("luma", "/api/v1/modify/record-info", false, 1);

    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HEX32_OR_PREFIXED =
            Pattern.compile("[0-9a-fA-F]{32}|veo_(?:extend_)?task_[A-Za-z0-9]{4,64}"
                    // what createTask hands out: task_<model family>_<ms>, e.g. task_kling-2.6_1765182425861
                    + "|task_[A-Za-z0-9](?:[A-Za-z0-9._-]{2,78}[A-Za-z0-9])");

    final String id;
    final String recordPath;
    private final boolean uuidIds;
    final int defaultResults;

    SimKind(String id, String recordPath, boolean uuidIds, int defaultResults) {
        this.id = id;
        this.recordPath = recordPath;
        this.uuidIds = uuidIds;
        this.defaultResults = defaultResults;
    }

    /** The kind with this stored id. */
    static SimKind of(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("The simulator knows no task kind " + id));
    }

    static Optional<SimKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    /** True when kie.ai would accept this ID's format at this kind's endpoint. */
    boolean acceptsIdFormat(String taskId) {
        return (uuidIds ? UUID_FORMAT : HEX32_OR_PREFIXED).matcher(taskId).matches();
    }

    /** A fresh ID of this kind's shape (UUIDs for Aleph and Runway, 32 hex digits for the rest). */
    String newId() {
        String uuid = UUID.randomUUID().toString();
        return uuidIds ? uuid : uuid.replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** Market answers an unknown task with 422 "recordInfo is null"; the others with 404. */
    boolean unknownIsRecordInfoNull() {
        return this == MARKET;
    }
}
