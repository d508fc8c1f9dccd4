package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

/**
 * Midjourney ({@code /api/v1/mj/record-info}): successFlag 0–3 like Veo; the results are
 * {@code resultInfoJson.resultUrls[].resultUrl} (usually four images; {@code resultInfoJson} is
 * also accepted as a JSON string); ISO times. Image-to-video tasks give videos, which are
 * recognised by their file type.
 */
public final class MidjourneyKind extends DocumentedKind {

    /** The id stored with every Midjourney task. */
    public static final String ID = KindIds.MIDJOURNEY;

    public MidjourneyKind() {
        super(new KindInfo(ID, "Midjourney", null, Duration.ofDays(15), true), // the Midjourney pages: images are kept 15 days
                "/api/v1/mj/record-info", TaskIdFormat.HEX32);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        TaskStatus status = KindRecords.flagStatus(data, () -> {
            JsonNode info = LenientJson.embeddedObject(KindRecords.field(data, "resultInfoJson"));
            List<String> urls = KindRecords.urls(KindRecords.field(info, "resultUrls"), "resultUrl");
            return KindRecords.mixedResults(urls, LenientTime.instant(data, "completeTime"));
        });
        return new TaskSnapshot(taskId, ID, status, ParamJson.readLoose(KindRecords.field(data, "paramJson")),
                LenientTime.instant(data, "createTime"), LenientTime.instant(data, "completeTime"));
    }
}
