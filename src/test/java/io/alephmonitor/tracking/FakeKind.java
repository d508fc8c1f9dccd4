package io.alephmonitor.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;

import java.time.Duration;

/** A task kind with id "aleph" for engine tests that never touch JSON. */
final class FakeKind implements TaskKind {

    static final FakeKind ALEPH = new FakeKind();

    @Override
    public String id() {
        return "aleph";
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
        return true;
    }

    @Override
    public TaskSnapshot parse(String taskId, JsonNode data) {
        return new TaskSnapshot(taskId, id(), new TaskStatus.Running(), TaskParams.EMPTY, null, null);
    }

    @Override
    public Duration resultLifetime() {
        return Duration.ofDays(14);
    }
}
