package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * Runway Aleph tasks ({@code /api/v1/aleph/record-info}). Status rules, as kie.ai documents them:
 * successFlag 1 is success; 0 is failure when errorCode ≠ 0 or errorMessage is non-empty, else
 * still running; any other value is failure.
 *
 * <p>A record without a usable successFlag is read like 0: running unless it carries an error.
 * Calling it failed would be final and stop polling for good on what is most likely a glitch of
 * one answer, while "running" just polls again and recovers when the next answer is complete.
 */
public final class AlephKind implements TaskKind {

    /** The id stored with every Aleph task. */
    public static final String ID = "aleph";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Runway Aleph";
    }

    @Override
    public String recordPath() {
        return "/api/v1/aleph/record-info";
    }

    @Override
    public boolean isValidId(String taskId) {
        return TaskIds.isValid(taskId);
    }

    @Override
    public Duration resultLifetime() {
        return Duration.ofDays(14);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        return new TaskSnapshot(taskId, ID, status(data), ParamJson.read(field(data, "paramJson")),
                LenientTime.instant(data, "createTime"), LenientTime.instant(data, "completeTime"));
    }

    private static TaskStatus status(JsonNode data) {
        Long successFlag = LenientJson.whole(data, "successFlag");
        Long errorCode = LenientJson.whole(data, "errorCode");
        String errorMessage = LenientJson.text(data, "errorMessage");
        boolean errorReported = (errorCode != null && errorCode != 0) || errorMessage != null;

        if (successFlag != null && successFlag == 1) {
            JsonNode response = LenientJson.object(data, "response");
            return new TaskStatus.Succeeded(LenientJson.text(response, "resultVideoUrl"),
                    LenientJson.text(response, "resultImageUrl"), LenientTime.instant(data, "completeTime"));
        }
        if (successFlag == null || successFlag == 0) {
            return errorReported ? failed(errorCode, errorMessage, successFlag) : new TaskStatus.Running();
        }
        return failed(errorCode, errorMessage, successFlag);
    }

    private static TaskStatus.Failed failed(Long errorCode, String errorMessage, Long successFlag) {
        int code = errorCode == null || errorCode != errorCode.intValue() ? 0 : errorCode.intValue();
        String message = errorMessage != null ? errorMessage
                : code != 0 ? "kie.ai reports that the generation failed (error code " + code + ")."
                : "kie.ai reports that the generation failed (status " + successFlag + ").";
        return new TaskStatus.Failed(code, message);
    }

    private static JsonNode field(JsonNode data, String name) {
        return data == null || !data.isObject() ? null : data.get(name);
    }
}
