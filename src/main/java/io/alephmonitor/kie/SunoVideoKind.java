package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A Suno track as an MP4 music video ({@code GET /api/v1/mp4/record-info},
 * https://docs.kie.ai/suno-api/get-music-video-details): {@code successFlag} PENDING, SUCCESS,
 * CREATE_TASK_FAILED, GENERATE_MP4_FAILED (CALLBACK_EXCEPTION on the copy at sunoapi.org);
 * the video is {@code response.videoUrl}, kept 14 days.
 */
public final class SunoVideoKind extends SunoToolKind {

    public static final String ID = KindIds.SUNO_VIDEO;

    public SunoVideoKind() {
        super(new KindInfo(ID, "Suno music video", "Suno video", SunoKind.SUNO_RETENTION, false),
                "/api/v1/mp4/record-info", "successFlag", SunoRecords.Stage.FAILED);
    }

    @Override
    SunoRecords.Outcome results(JsonNode data) {
        String url = SunoRecords.text(SunoRecords.response(data), "videoUrl", "video_url");
        return new SunoRecords.Outcome(url == null ? List.of() : List.of(new ResultFile.Video(url, null)), null);
    }
}
