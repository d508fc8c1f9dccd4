package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Cover images for a Suno music task ({@code GET /api/v1/suno/cover/record-info},
 * https://docs.kie.ai/suno-api/get-cover-suno-details): the example sends {@code successFlag} 1
 * (a number) while the status list names words (PENDING, SUCCESS, CREATE_TASK_FAILED,
 * GENERATE_COVER_FAILED); both are read. For the number, the copy at sunoapi.org says 0 pending,
 * 1 success, 2 generating, 3 failed, so 2 is running unless an error is reported beside it. The
 * images are {@code response.images[]} (usually two), kept 14 days. The success example sends
 * {@code errorCode} 200, which is no error.
 */
public final class SunoCoverKind extends SunoToolKind {

    public static final String ID = KindIds.SUNO_COVER;

    public SunoCoverKind() {
        super(new KindInfo(ID, "Suno cover art", "Suno cover", SunoKind.SUNO_RETENTION, true),
                "/api/v1/suno/cover/record-info", "successFlag", SunoRecords.Stage.RUNNING);
    }

    @Override
    SunoRecords.Outcome results(JsonNode data) {
        return new SunoRecords.Outcome(KindRecords.urls(KindRecords.field(SunoRecords.response(data), "images"), "url")
                .stream().map(url -> (ResultFile) new ResultFile.Image(url)).toList(), null);
    }
}
