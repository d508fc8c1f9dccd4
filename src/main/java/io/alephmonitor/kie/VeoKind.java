package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

/**
 * Veo 3.1 videos ({@code /api/v1/veo/record-info}): successFlag 0 generating, 1 success, 2/3
 * failed; the videos are {@code response.resultUrls[]} (no thumbnail); times are local
 * date-times without a zone ("2025-06-06 10:30:00", read as UTC); the request is {@code paramJson}.
 */
public final class VeoKind extends DocumentedKind {

    /** The id stored with every Veo task. */
    public static final String ID = KindIds.VEO;

    public VeoKind() {
        super(new KindInfo(ID, "Veo 3.1", "Veo", Duration.ofDays(14), false), // kie.ai keeps generated media 14 days
                "/api/v1/veo/record-info", TaskIdFormat.HEX32, TaskIdFormat.VEO_PREFIXED);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        TaskStatus status = KindRecords.flagStatus(data, () -> {
            List<String> urls = KindRecords.urls(KindRecords.field(LenientJson.object(data, "response"), "resultUrls"), null);
            return new TaskStatus.Succeeded(urls.isEmpty() ? null : urls.getFirst(), null, urls,
                    LenientTime.instant(data, "completeTime"));
        });
        return new TaskSnapshot(taskId, ID, status, ParamJson.readLoose(KindRecords.field(data, "paramJson")),
                LenientTime.instant(data, "createTime"), LenientTime.instant(data, "completeTime"));
    }
}
