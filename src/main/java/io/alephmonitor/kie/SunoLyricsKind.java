package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Suno lyrics ({@code GET /api/v1/lyrics/record-info}, https://docs.kie.ai/suno-api/get-lyrics-details):
 * {@code status} PENDING, SUCCESS, CREATE_TASK_FAILED, GENERATE_LYRICS_FAILED, CALLBACK_EXCEPTION,
 * SENSITIVE_WORD_ERROR; {@code param} is the request; {@code response.data[]} holds the variants,
 * each {@code text} and {@code title} (and its own {@code status}/{@code errorMessage}). Each
 * variant with text is one inline text result named by its title; a variant that came without
 * text is named in the notice.
 */
public final class SunoLyricsKind extends SunoToolKind {

    public static final String ID = KindIds.SUNO_LYRICS;

    public SunoLyricsKind() {
        // the lyrics page names no retention; the other Suno pages say 14 days
        super(new KindInfo(ID, "Suno lyrics", null, SunoKind.SUNO_RETENTION, false),
                "/api/v1/lyrics/record-info", "status", SunoRecords.Stage.FAILED);
    }

    @Override
    SunoRecords.Outcome results(JsonNode data) {
        JsonNode variants = KindRecords.field(SunoRecords.response(data), "data");
        List<ResultFile> files = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        if (variants != null && variants.isArray()) {
            int number = 0;
            for (JsonNode variant : variants) {
                number++;
                String text = LenientJson.text(variant, "text");
                String title = SunoRecords.text(variant, "title");
                if (text != null) {
                    files.add(new ResultFile.Text(null, text, false, title));
                } else if (variant.isObject()) {
                    String why = SunoRecords.text(variant, "errorMessage");
                    empty.add("Lyrics " + number + (title == null ? "" : " (\"" + title + "\")")
                            + (why == null ? "" : ": " + why));
                }
            }
        }
        String notice = empty.isEmpty() || files.isEmpty() ? null
                : String.join("; ", empty) + " — kie.ai sent no text for " + (empty.size() == 1 ? "it." : "them.");
        return new SunoRecords.Outcome(files, notice);
    }
}
