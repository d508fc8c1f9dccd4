package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Luma video modify ({@code /api/v1/modify/record-info}): {@code successFlag} 0 generating,
 * 1 success, 2 create failed, 3 generation failed, and 4 "callback failed — generation succeeded
 * but callback failed", which is a success here: the video was made, only kie.ai's call to the
 * creator's callback URL went wrong, and this app does not use callbacks. The videos are
 * {@code response.resultUrls[]} (the source video is {@code response.originUrls[]}, not a result;
 * no thumbnail is documented); the request is {@code paramJson}; times are epoch milliseconds.
 * IDs are 32 hex digits in the docs' example. The page says only that videos "are stored
 * temporarily and may expire"; kie.ai keeps generated media 14 days.
 */
public final class LumaKind extends DocumentedKind {

    /** The id stored with every Luma task. */
    public static final String ID = KindIds.LUMA;

    /** successFlag 4: generated, only the callback failed. */
    private static final long CALLBACK_FAILED = 4;

    public LumaKind() {
        super(new KindInfo(ID, "Luma video modify", "Luma", Duration.ofDays(14), false),
                "/api/v1/modify/record-info", TaskIdFormat.HEX32);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        Instant completed = LenientTime.instant(data, "completeTime");
        Long flag = LenientJson.whole(data, "successFlag");
        TaskStatus status = flag != null && flag == CALLBACK_FAILED
                ? succeeded(data, completed)
                : KindRecords.flagStatus(data, () -> succeeded(data, completed));
        return new TaskSnapshot(taskId, ID, status, ParamJson.readLoose(KindRecords.field(data, "paramJson")),
                LenientTime.instant(data, "createTime"), completed);
    }

    private static TaskStatus.Succeeded succeeded(JsonNode data, Instant completed) {
        JsonNode response = LenientJson.object(data, "response");
        List<ResultFile> videos = KindRecords.urls(KindRecords.field(response, "resultUrls"), null).stream()
                .<ResultFile>map(url -> new ResultFile.Video(url, null)).toList();
        return TaskStatus.Succeeded.of(videos, completed, false,
                videos.isEmpty() ? KindRecords.NO_LINK_NOTICE : null);
    }
}
