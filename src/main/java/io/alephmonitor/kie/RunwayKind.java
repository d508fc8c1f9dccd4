package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Runway videos ({@code /api/v1/runway/record-detail}): {@code state} wait / queueing / generating
 * (running), success, fail ({@code failCode}, {@code failMsg}); the result is
 * {@code videoInfo{videoUrl, imageUrl}}; the request is the {@code generateParam} object; the only
 * time is {@code generateTime}, a local date-time. The state decides: the documented success
 * example also carries a failCode and failMsg, which mean nothing there.
 */
public final class RunwayKind extends DocumentedKind {

    /** The id stored with every Runway task. */
    public static final String ID = KindIds.RUNWAY;

    public RunwayKind() {
        super(new KindInfo(ID, "Runway", null, Duration.ofDays(14), false), // "Video links are valid for 14 days, after which expireFlag will be set to 1"
                "/api/v1/runway/record-detail", TaskIdFormat.UUID);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        return new TaskSnapshot(taskId, ID, status(data), ParamJson.readLoose(KindRecords.field(data, "generateParam")),
                LenientTime.instant(data, "generateTime"), null);
    }

    private static TaskStatus status(JsonNode data) {
        String state = LenientJson.text(data, "state");
        String normalized = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "success" -> {
                JsonNode video = LenientJson.object(data, "videoInfo");
                yield new TaskStatus.Succeeded(LenientJson.text(video, "videoUrl"), LenientJson.text(video, "imageUrl"), null);
            }
            case "fail", "failed" -> KindRecords.failed(LenientJson.whole(data, "failCode"),
                    LenientJson.text(data, "failMsg"), state);
            // wait, queueing, generating, and anything new or missing: poll again
            default -> new TaskStatus.Running();
        };
    }
}
