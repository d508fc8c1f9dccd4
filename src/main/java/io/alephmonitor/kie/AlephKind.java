package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

/**
 * Runway Aleph tasks ({@code /api/v1/aleph/record-info}). Status rules, as kie.ai documents them:
 * successFlag 1 is success; 0 is failure when errorCode ≠ 0 or errorMessage is non-empty, else
 * still running; any other value is failure.
 *
 * <p>A record without a usable successFlag is read like 0: running unless it carries an error.
 * Calling it failed would be final and stop polling for good on what is most likely a glitch of
 * one answer, while "running" just polls again and recovers when the next answer is complete.
 */
public final class AlephKind extends DocumentedKind {

    /** The id stored with every Aleph task. */
    public static final String ID = KindIds.ALEPH;

    public AlephKind() {
        super(new KindInfo(ID, "Runway Aleph", "Aleph", Duration.ofDays(14), false),
                "/api/v1/aleph/record-info", TaskIdFormat.UUID);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        return new TaskSnapshot(taskId, ID, status(data), ParamJson.read(KindRecords.field(data, "paramJson")),
                LenientTime.instant(data, "createTime"), LenientTime.instant(data, "completeTime"));
    }

    private static TaskStatus status(JsonNode data) {
        return KindRecords.flagStatus(data, () -> {
            JsonNode response = LenientJson.object(data, "response");
            return new TaskStatus.Succeeded(LenientJson.text(response, "resultVideoUrl"),
                    LenientJson.text(response, "resultImageUrl"), LenientTime.instant(data, "completeTime"));
        });
    }
}
