package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Overridden record fields replace the task's own ones and leave the rest as kie.ai sends it. */
class RecordOverrideTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";

    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults());
    private final SimHttp http = new SimHttp(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void overriddenFieldsAreServedInPlaceOfTheTasksOwn() {
        sim.addAlephTask(ID, "A majestic eagle", "https://example.com/eagle.jpg");
        ObjectNode fields = JsonNodeFactory.instance.objectNode().put("successFlag", 1);
        fields.putObject("response").put("resultVideoUrl", "file:///etc/passwd");
        sim.overrideRecordFields(ID, fields);
        fields.put("successFlag", 7); // the simulator keeps its own copy

        JsonNode data = http.recordData(ID);

        assertThat(data.get("successFlag").asInt()).isEqualTo(1);
        assertThat(data.get("response").get("resultVideoUrl").asText()).isEqualTo("file:///etc/passwd");
        assertThat(data.get("taskId").asText()).isEqualTo(ID);
        assertThat(data.get("paramJson").asText()).contains("A majestic eagle");
    }
}
