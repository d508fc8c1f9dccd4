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
 * 4o Image ({@code /api/v1/gpt4o-image/record-info}): {@code status} GENERATING, SUCCESS,
 * CREATE_TASK_FAILED, GENERATE_FAILED (the record also has a successFlag, used when status is
 * missing or new); the images are {@code response.resultUrls[]}; {@code progress} runs from "0.00" to
 * "1.00"; times are epoch milliseconds.
 */
public final class Gpt4oImageKind extends DocumentedKind {

    /** The id stored with every 4o Image task. */
    public static final String ID = KindIds.GPT4O_IMAGE;

    public Gpt4oImageKind() {
        super(new KindInfo(ID, "4o Image", null, Duration.ofDays(14), true), // kie.ai keeps generated media 14 days
                "/api/v1/gpt4o-image/record-info", TaskIdFormat.HEX32);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        return new TaskSnapshot(taskId, ID, status(data), ParamJson.readLoose(KindRecords.field(data, "paramJson")),
                LenientTime.instant(data, "createTime"), LenientTime.instant(data, "completeTime"));
    }

    private static TaskStatus status(JsonNode data) {
        String status = LenientJson.text(data, "status");
        String normalized = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
        return switch (normalized) {
            case "SUCCESS" -> succeeded(data);
            case "GENERATING" -> new TaskStatus.Running(KindRecords.progress(data, "progress", false));
            case "CREATE_TASK_FAILED", "GENERATE_FAILED" -> KindRecords.failed(LenientJson.whole(data, "errorCode"),
                    LenientJson.text(data, "errorMessage"), status);
            default -> KindRecords.flagStatus(data, () -> succeeded(data));
        };
    }

    private static TaskStatus.Succeeded succeeded(JsonNode data) {
        List<String> urls = KindRecords.urls(KindRecords.field(LenientJson.object(data, "response"), "resultUrls"), null);
        return KindRecords.imageResults(urls, LenientTime.instant(data, "completeTime"));
    }
}
