package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
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
public final class VeoKind implements TaskKind {

    /** The id stored with every Veo task. */
    public static final String ID = KindIds.VEO;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Veo 3.1";
    }

    @Override
    public String shortName() {
        return "Veo";
    }

    @Override
    public String recordPath() {
        return "/api/v1/veo/record-info";
    }

    @Override
    public List<TaskIdFormat> idFormats() {
        return List.of(TaskIdFormat.HEX32, TaskIdFormat.VEO_PREFIXED);
    }

    @Override
    public Duration resultLifetime() {
        return Duration.ofDays(14); // kie.ai keeps generated media 14 days
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
