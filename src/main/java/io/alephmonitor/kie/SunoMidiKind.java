package io.alephmonitor.kie;

import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.ResultFile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A Suno track's notes as MIDI data ({@code GET /api/v1/midi/record-info},
 * https://docs.kie.ai/suno-api/get-midi-details): {@code successFlag} 0 pending, 1 success,
 * 2 failed to create the task, 3 MIDI generation failed. The result is no file but
 * {@code midiData} ({@code state}, {@code instruments[].notes[]} with pitch, start, end and
 * velocity), kept as one structured text result (saved as {@code .json}). The page warns that
 * {@code midiData} may be empty for a {@code split_stem} separation: that success says so.
 */
public final class SunoMidiKind extends SunoToolKind {

    public static final String ID = KindIds.SUNO_MIDI;

    public SunoMidiKind() {
        super(new KindInfo(ID, "Suno MIDI", null, SunoKind.SUNO_RETENTION, false), // "MIDI generation records are retained for 14 days"
                "/api/v1/midi/record-info", "successFlag", SunoRecords.Stage.FAILED);
    }

    @Override
    SunoRecords.Outcome results(JsonNode data) {
        JsonNode midi = LenientJson.embeddedObject(KindRecords.field(data, "midiData"));
        JsonNode instruments = KindRecords.field(midi, "instruments");
        ResultFile.Text text = MarketKind.textResult(midi);
        if (text == null || instruments == null || !instruments.isArray() || instruments.isEmpty()) {
            return new SunoRecords.Outcome(text == null ? List.of() : List.of(asMidi(text)),
                    "kie.ai sent no MIDI notes; its docs say this can happen when the track was split into stems.");
        }
        return new SunoRecords.Outcome(List.of(asMidi(text)), null);
    }

    private static ResultFile.Text asMidi(ResultFile.Text text) {
        return new ResultFile.Text(null, text.content(), text.structured(), "MIDI notes");
    }
}
