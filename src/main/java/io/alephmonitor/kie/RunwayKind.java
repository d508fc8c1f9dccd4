package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Runway videos ({@code /api/v1/runway/record-detail}): {@code state} wait / queueing / generating
 * (running), success, fail ({@code failCode}, {@code failMsg}); the result is
 * {@code videoInfo{videoUrl, imageUrl}} (the video and its poster image); the request is the
 * {@code generateParam} object; {@code parentTaskId} names the source of an extension (kept in the
 * raw record only). The state decides: the documented success example also carries a failCode
 * and failMsg, which mean nothing there.
 *
 * <p>"Video links are valid for 14 days, after which expireFlag will be set to 1": a finished
 * task with {@code expireFlag} 1 has dead links (renew them through {@code common/download-url},
 * or they are lost). The record's only time is {@code generateTime}, a zoneless date-time read as
 * UTC; it is the create time and, for a finished task, the best completion time there is (the
 * documented examples give the same value while waiting and once done, so it errs early: the 14
 * days are counted from it and a shown expiry is at worst a few minutes early, never late).
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
        Instant generated = LenientTime.instant(data, "generateTime");
        TaskStatus status = status(data, generated);
        return new TaskSnapshot(taskId, ID, status, ParamJson.readLoose(request(data)),
                generated, status instanceof TaskStatus.Succeeded ? generated : null);
    }

    /** {@code generateParam}, with an extension's {@code parentTaskId} added so the raw request keeps it. */
    private static JsonNode request(JsonNode data) {
        JsonNode param = KindRecords.field(data, "generateParam");
        String parent = LenientJson.text(data, "parentTaskId");
        if (parent == null || parent.isBlank() || !(LenientJson.embeddedObject(param) instanceof ObjectNode object)) {
            return param;
        }
        return object.deepCopy().put("parentTaskId", parent.strip());
    }

    private static TaskStatus status(JsonNode data, Instant generated) {
        String state = LenientJson.text(data, "state");
        String normalized = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "success" -> {
                JsonNode video = LenientJson.object(data, "videoInfo");
                String videoUrl = LenientJson.text(video, "videoUrl");
                String imageUrl = LenientJson.text(video, "imageUrl");
                boolean expired = Long.valueOf(1).equals(LenientJson.whole(data, "expireFlag"));
                List<ResultFile> files = videoUrl != null ? List.of(new ResultFile.Video(videoUrl, imageUrl))
                        : imageUrl != null ? List.of(new ResultFile.Image(imageUrl)) : List.of();
                yield TaskStatus.Succeeded.of(files, generated, expired,
                        files.isEmpty() ? KindRecords.NO_LINK_NOTICE : null);
            }
            case "fail", "failed" -> KindRecords.failed(LenientJson.whole(data, "failCode"),
                    LenientJson.text(data, "failMsg"), state);
            // wait, queueing, generating, and anything new or missing: poll again
            default -> new TaskStatus.Running();
        };
    }
}
