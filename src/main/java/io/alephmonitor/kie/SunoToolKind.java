package io.alephmonitor.kie;

import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Suno task type made from an existing track or task (music video, WAV, stems, MIDI, lyrics,
 * cover art): its own record endpoint and result, the state conventions of {@link SunoRecords}.
 * Each subclass says only where its state is and what its results are.
 */
abstract class SunoToolKind extends DocumentedKind {

    private final String stateField;
    private final SunoRecords.Stage flagTwo;

    SunoToolKind(KindInfo info, String recordPath, String stateField, SunoRecords.Stage flagTwo) {
        super(info, recordPath, TaskIdFormat.HEX32); // unmasked Suno IDs on the docs are 32 hex digits (see SunoKind)
        this.stateField = stateField;
        this.flagTwo = flagTwo;
    }

    @Override
    public final TaskSnapshot parse(String taskId, JsonNode data) {
        SunoRecords.Stage stage = SunoRecords.stage(data, stateField, flagTwo);
        return SunoRecords.snapshot(taskId, id(), SunoRecords.status(data, stage, stateField, () -> results(data)), data);
    }

    /** The results in a record (read at success, and at a callback exception to see whether the work was done). */
    abstract SunoRecords.Outcome results(JsonNode data);
}
