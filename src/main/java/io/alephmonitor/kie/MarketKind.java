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
 * Market models ({@code /api/v1/jobs/recordInfo}, every newer model): {@code state} waiting /
 * queuing / generating (running), success, fail ({@code failCode}, {@code failMsg});
 * {@code resultJson} is a JSON string holding {@code {"resultUrls": [...]}} (images or videos,
 * depending on the model); {@code param} is a JSON string with the request under {@code input};
 * times are epoch milliseconds. An unknown task is answered with code 422 "recordInfo is null",
 * which the client already reads as not found.
 */
public final class MarketKind extends DocumentedKind {

    /** The id stored with every Market task. */
    public static final String ID = KindIds.MARKET;

    public MarketKind() {
        super(new KindInfo(ID, "Market model", "Market", Duration.ofHours(24), false), // "Generated content URLs typically expire after 24 hours"
                "/api/v1/jobs/recordInfo", TaskIdFormat.HEX32, TaskIdFormat.TASK_PREFIXED);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        return new TaskSnapshot(taskId, ID, status(data), ParamJson.readLoose(KindRecords.field(data, "param")),
                LenientTime.instant(data, "createTime"), LenientTime.instant(data, "completeTime"));
    }

    private static TaskStatus status(JsonNode data) {
        String state = LenientJson.text(data, "state");
        String normalized = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "success" -> {
                JsonNode result = LenientJson.embeddedObject(KindRecords.field(data, "resultJson"));
                List<String> urls = KindRecords.urls(KindRecords.field(result, "resultUrls"), "url");
                yield KindRecords.mixedResults(urls, LenientTime.instant(data, "completeTime"));
            }
            case "fail", "failed" -> KindRecords.failed(LenientJson.whole(data, "failCode"),
                    LenientJson.text(data, "failMsg"), state);
            default -> new TaskStatus.Running(); // waiting, queuing, generating, or new states: poll again
        };
    }
}
