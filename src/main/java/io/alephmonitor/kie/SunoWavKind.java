package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A Suno track converted to WAV ({@code GET /api/v1/wav/record-info},
 * https://docs.kie.ai/suno-api/get-wav-details): {@code successFlag} PENDING, SUCCESS,
 * CREATE_TASK_FAILED, GENERATE_WAV_FAILED, CALLBACK_EXCEPTION; the file is
 * {@code response.audioWavUrl}, kept 14 days.
 */
public final class SunoWavKind extends SunoToolKind {

    public static final String ID = KindIds.SUNO_WAV;

    public SunoWavKind() {
        super(new KindInfo(ID, "Suno WAV conversion", "Suno WAV", SunoKind.SUNO_RETENTION, false),
                "/api/v1/wav/record-info", "successFlag", SunoRecords.Stage.FAILED);
    }

    @Override
    SunoRecords.Outcome results(JsonNode data) {
        String url = SunoRecords.text(SunoRecords.response(data), "audioWavUrl", "audio_wav_url");
        return new SunoRecords.Outcome(url == null ? List.of()
                : List.of(new ResultFile.Audio(url, null, "WAV", null, null, null, null)), null);
    }
}
