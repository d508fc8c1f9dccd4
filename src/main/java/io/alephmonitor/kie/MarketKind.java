package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Market models ({@code /api/v1/jobs/recordInfo}, every newer model): {@code state} waiting /
 * queuing / generating (running), success, fail ({@code failCode}, {@code failMsg});
 * {@code resultJson} is a JSON string holding {@code {"resultUrls": [...]}} for image, video and
 * audio models (typed by each link's name, else by its answer) or {@code {"resultObject": {...}}}
 * for text models (kept as the JSON text); {@code progress} is 0–100 where the model reports it;
 * {@code param} is a JSON string with the request under {@code input}; times are epoch milliseconds.
 * An unknown task is answered with code 422 "recordInfo is null" (the record may not exist yet in
 * the first seconds after creation), which the client reads as not found and the engine checks again.
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
            case "success" -> succeeded(data);
            case "fail", "failed" -> KindRecords.failed(LenientJson.whole(data, "failCode"),
                    LenientJson.text(data, "failMsg"), state);
            // waiting, queuing, generating, or new states: poll again
            default -> new TaskStatus.Running(KindRecords.progress(data, "progress", true));
        };
    }

    /** The links (typed by name where it says) and the text object, both kept when a record has both. */
    private static TaskStatus.Succeeded succeeded(JsonNode data) {
        JsonNode result = LenientJson.embeddedObject(KindRecords.field(data, "resultJson"));
        List<ResultFile> files = new ArrayList<>();
        for (String url : KindRecords.urls(KindRecords.field(result, "resultUrls"), "url")) {
            files.add(ResultFile.ofUrl(url, null));
        }
        ResultFile.Text text = textResult(KindRecords.field(result, "resultObject"));
        String notice = null;
        if (text != null) {
            notice = files.isEmpty() ? null
                    : "kie.ai sent both result links and a text result for this task; both are kept.";
            files.add(text);
        } else if (files.isEmpty()) {
            notice = "kie.ai reported success but sent no result: neither links (resultUrls) nor a text (resultObject).";
        }
        return TaskStatus.Succeeded.of(files, LenientTime.instant(data, "completeTime"), false, notice);
    }

    /** A text model's {@code resultObject}: an object or array kept as indented JSON, a string as plain text. */
    static ResultFile.Text textResult(JsonNode object) {
        if (object == null || object.isNull() || object.isMissingNode()) {
            return null;
        }
        if (object.isTextual()) {
            String text = object.asText();
            JsonNode embedded = LenientJson.embeddedObject(object);
            if (embedded != null && (embedded.isObject() || embedded.isArray())) {
                return new ResultFile.Text(null, pretty(embedded), true, null);
            }
            return text.isBlank() ? null : new ResultFile.Text(null, text, false, null);
        }
        return new ResultFile.Text(null, pretty(object), true, null);
    }

    private static String pretty(JsonNode node) {
        try {
            return KieJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }
}
