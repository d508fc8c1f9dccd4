package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

/**
 * Flux Kontext images ({@code /api/v1/flux/kontext/record-info}): successFlag 0 generating,
 * 1 success, 2 create failed, 3 generation failed; the result is {@code response.resultImageUrl},
 * the copy on kie.ai's storage ({@code originImageUrl} is the same image at a link "valid for 10
 * minutes", used only when the stored copy is missing); ISO times.
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
            List<String> urls = KindRecords.urls(KindRecords.field(response, "resultImageUrl"), null);
            if (urls.isEmpty()) { // only the short-lived original: better than nothing, while it lasts
                urls = KindRecords.urls(KindRecords.field(response, "originImageUrl"), null);
            }
            return KindRecords.imageResults(urls, LenientTime.instant(data, "completeTime"));
        });
        return new TaskSnapshot(taskId, ID, status, ParamJson.readLoose(KindRecords.field(data, "paramJson")),
                LenientTime.instant(data, "createTime"), LenientTime.instant(data, "completeTime"));
    }
}
