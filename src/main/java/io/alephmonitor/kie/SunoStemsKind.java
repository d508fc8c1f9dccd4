package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Suno track separated into vocals and instruments ({@code GET /api/v1/vocal-removal/record-info},
 * https://docs.kie.ai/suno-api/get-vocal-separation-details): {@code successFlag} PENDING, SUCCESS,
 * CREATE_TASK_FAILED, GENERATE_AUDIO_FAILED, CALLBACK_EXCEPTION. {@code separate_vocal} gives
 * {@code vocalUrl} and {@code instrumentalUrl}; {@code split_stem} gives one link per instrument
 * ({@code drumsUrl}, {@code bassUrl}, …) and a null {@code instrumentalUrl}; {@code originUrl} is
 * the original mix. Each link is one audio result named after its stem; when none of the named
 * links is there, the {@code originData[]} entries ({@code audio_url}, {@code stem_type_group_name},
 * {@code duration}) are read instead.
 */
public final class SunoStemsKind extends SunoToolKind {

    public static final String ID = KindIds.SUNO_STEMS;

    /** The documented link fields, in the order shown to the user, and the stem each holds. */
    private static final Map<String, String> STEMS = stems();

    public SunoStemsKind() {
        super(new KindInfo(ID, "Suno vocal separation", "Suno stems", SunoKind.SUNO_RETENTION, false),
                "/api/v1/vocal-removal/record-info", "successFlag", SunoRecords.Stage.FAILED);
    }

    @Override
    SunoRecords.Outcome results(JsonNode data) {
        JsonNode response = SunoRecords.response(data);
        List<ResultFile> files = new ArrayList<>();
        STEMS.forEach((field, stem) -> {
            String url = SunoRecords.text(response, field);
            if (url != null) {
                files.add(new ResultFile.Audio(url, null, stem, null, null, null, null));
            }
        });
        JsonNode origin = KindRecords.field(response, "originData");
        if (files.isEmpty() && origin != null && origin.isArray()) {
            for (JsonNode entry : origin) {
                String url = SunoRecords.text(entry, "audio_url", "audioUrl");
                if (url != null) {
                    java.math.BigDecimal duration = LenientJson.decimal(KindRecords.field(entry, "duration"));
                    files.add(new ResultFile.Audio(url, null, SunoRecords.text(entry, "stem_type_group_name"),
                            duration == null || duration.signum() <= 0 ? null : duration.doubleValue(), null, null,
                            SunoRecords.text(entry, "id")));
                }
            }
        }
        return new SunoRecords.Outcome(files, null);
    }

    private static Map<String, String> stems() {
        Map<String, String> stems = new LinkedHashMap<>();
        stems.put("vocalUrl", "Vocals");
        stems.put("instrumentalUrl", "Instrumental");
        stems.put("backingVocalsUrl", "Backing vocals");
        stems.put("drumsUrl", "Drums");
        stems.put("bassUrl", "Bass");
        stems.put("guitarUrl", "Guitar");
        stems.put("pianoUrl", "Piano");
        stems.put("keyboardUrl", "Keyboard");
        stems.put("percussionUrl", "Percussion");
        stems.put("stringsUrl", "Strings");
        stems.put("synthUrl", "Synth");
        stems.put("fxUrl", "FX");
        stems.put("brassUrl", "Brass");
        stems.put("woodwindsUrl", "Woodwinds");
        stems.put("originUrl", "Original mix");
        return java.util.Collections.unmodifiableMap(stems);
    }
}
