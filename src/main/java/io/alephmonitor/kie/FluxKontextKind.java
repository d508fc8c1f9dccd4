package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Flux Kontext images ({@code /api/v1/flux/kontext/record-info}): successFlag 0 generating,
 * 1 success, 2 create failed, 3 generation failed; the result is {@code response.resultImageUrl}
 * ({@code originImageUrl} is the unprocessed original, kept as a second result); ISO times.
 */
public final class FluxKontextKind extends DocumentedKind {

    /** The id stored with every Flux Kontext task. */
    public static final String ID = KindIds.FLUX_KONTEXT;

    public FluxKontextKind() {
        super(new KindInfo(ID, "Flux Kontext", "Flux", Duration.ofDays(14), true), // "Generated images (resultImageUrl) will expire after 14 days"
                "/api/v1/flux/kontext/record-info", TaskIdFormat.HEX32);
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        TaskStatus status = KindRecords.flagStatus(data, () -> {
            JsonNode response = LenientJson.object(data, "response");
            List<String> urls = new ArrayList<>();
            urls.addAll(KindRecords.urls(KindRecords.field(response, "resultImageUrl"), null));
            urls.addAll(KindRecords.urls(KindRecords.field(response, "originImageUrl"), null));
            return KindRecords.imageResults(urls.stream().distinct().toList(), LenientTime.instant(data, "completeTime"));
        });
        return new TaskSnapshot(taskId, ID, status, ParamJson.readLoose(KindRecords.field(data, "paramJson")),
                LenientTime.instant(data, "createTime"), LenientTime.instant(data, "completeTime"));
    }
}
