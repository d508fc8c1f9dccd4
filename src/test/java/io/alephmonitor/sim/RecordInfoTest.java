package io.alephmonitor.sim;

import io.alephmonitor.testsupport.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** record-info answers like kie.ai's, and tasks progress by the simulator's clock. */
class RecordInfoTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";

    private final MutableClock clock = new MutableClock(Instant.parse("2023-08-15T14:25:00Z"));
    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults()
            .withClock(clock).withRunTime(Duration.ofMinutes(5)));
    private final SimHttp http = new SimHttp(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aNewTaskIsRunningWithNoResultYet() {
        sim.addAlephTask(ID, "A majestic eagle", "https://example.com/eagle.jpg");

        JsonNode data = http.recordData(ID);

        assertThat(data.get("taskId").asText()).isEqualTo(ID);
        assertThat(data.get("response").isNull()).isTrue();
        assertThat(data.get("completeTime").isNull()).isTrue();
        assertThat(data.get("createTime").asText()).isEqualTo("2023-08-15T14:25:00Z");
        assertThat(data.get("successFlag").asInt()).isZero();
        assertThat(data.get("errorCode").asInt()).isZero();
        assertThat(data.get("errorMessage").asText()).isEmpty();
    }

    @Test
    void aTaskSucceedsOnceItsRunTimeHasPassedOnTheSimulatorsClock() {
        sim.addAlephTask(ID, "A majestic eagle", "https://example.com/eagle.jpg");

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(http.recordData(ID).get("successFlag").asInt()).isZero();

        clock.advance(Duration.ofSeconds(1));
        JsonNode data = http.recordData(ID);
        assertThat(data.get("successFlag").asInt()).isEqualTo(1);
        assertThat(data.get("completeTime").asText()).isEqualTo("2023-08-15T14:30:00Z");
        assertThat(data.get("createTime").asText()).isEqualTo("2023-08-15T14:25:00Z");
        JsonNode response = data.get("response");
        assertThat(response.get("taskId").asText()).isEqualTo(ID);
        assertThat(response.get("resultVideoUrl").asText()).isEqualTo(sim.baseUri() + "/files/" + ID + ".mp4");
        assertThat(response.get("resultImageUrl").asText()).isEqualTo(sim.baseUri() + "/files/" + ID + ".png");
    }

    @Test
    void theRecordHasTheSeedsFieldsInTheSeedsOrder() {
        sim.addAlephTask(ID, "p", "https://example.com/i.jpg");
        clock.advance(Duration.ofHours(1));

        JsonNode body = SimHttp.json(http.recordInfo(ID));

        assertThat(fieldNames(body)).containsExactly("code", "msg", "data");
        assertThat(body.get("code").asInt()).isEqualTo(200);
        assertThat(body.get("msg").asText()).isEqualTo("success");
        assertThat(fieldNames(body.get("data"))).containsExactly("taskId", "paramJson", "response",
                "completeTime", "createTime", "successFlag", "errorCode", "errorMessage");
        assertThat(fieldNames(body.get("data").get("response"))).containsExactly("taskId", "resultVideoUrl", "resultImageUrl");
    }

    @Test
    void paramJsonIsAJsonStringHoldingThePromptAndImageUrl() throws Exception {
        sim.addAlephTask(ID, "A \"quoted\" eagle, soaring", "https://example.com/eagle.jpg");

        JsonNode paramJson = http.recordData(ID).get("paramJson");

        assertThat(paramJson.isTextual()).isTrue();
        JsonNode params = SimHttp.JSON.readTree(paramJson.asText());
        assertThat(params.get("prompt").asText()).isEqualTo("A \"quoted\" eagle, soaring");
        assertThat(params.get("imageUrl").asText()).isEqualTo("https://example.com/eagle.jpg");
    }

    @Test
    void newAlephTaskGivesEachTaskItsOwnUuid() {
        String first = sim.newAlephTask("one", "https://example.com/1.jpg");
        String second = sim.newAlephTask("two", "https://example.com/2.jpg");

        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
        assertThat(http.recordData(second).get("taskId").asText()).isEqualTo(second);
    }

    @Test
    void aMissingOrWrongKeyIsRefusedWith401() {
        sim.addAlephTask(ID, "p", "https://example.com/i.jpg");

        for (String key : new String[] {null, "not-the-key", sim.apiKey() + "x"}) {
            HttpResponse<String> response = http.get(ApiHandler.RECORD_INFO + "?taskId=" + ID, key);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(SimHttp.json(response).get("code").asInt()).isEqualTo(401);
            assertThat(SimHttp.json(response).get("msg").asText()).isEqualTo("You do not have access permissions");
        }
    }

    @Test
    void anIdThatWasNeverAddedIsNotFound() {
        HttpResponse<String> response = http.recordInfo(UUID.randomUUID().toString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SimHttp.json(response).get("code").asInt()).isEqualTo(404);
        assertThat(SimHttp.json(response).get("msg").asText()).isEqualTo("Task not found");
    }

    @Test
    void anIdThatIsNotAUuidIsRejectedWith422() {
        HttpResponse<String> response = http.recordInfo("not-a-task-id");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(SimHttp.json(response).get("code").asInt()).isEqualTo(422);
        assertThat(SimHttp.json(response).get("msg").asText()).isEqualTo("Invalid taskId format");
    }

    @Test
    void aRequestWithoutTaskIdIsRejectedWith422() {
        HttpResponse<String> response = http.get(ApiHandler.RECORD_INFO, sim.apiKey());

        assertThat(SimHttp.json(response).get("code").asInt()).isEqualTo(422);
    }

    @Test
    void everyRecordRequestIsCountedPerIdWhateverTheAnswer() {
        sim.addAlephTask(ID, "p", "https://example.com/i.jpg");
        String other = UUID.randomUUID().toString();

        http.recordInfo(ID);
        http.recordInfo(ID);
        http.get(ApiHandler.RECORD_INFO + "?taskId=" + ID, "wrong-key");
        http.recordInfo(other);
        http.get(ApiHandler.CREDIT, sim.apiKey());

        assertThat(sim.recordRequests(ID)).isEqualTo(3);
        assertThat(sim.recordRequests(other)).isEqualTo(1);
        assertThat(sim.recordRequests(UUID.randomUUID().toString())).isZero();
        assertThat(sim.totalRequests()).isEqualTo(5);
    }

    @Test
    void anUnknownApiPathIsAnEnvelopedNotFound() {
        HttpResponse<String> response = http.get("/api/v1/nothing/here", sim.apiKey());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SimHttp.json(response).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void itListensOnLoopbackOnly() {
        assertThat(sim.baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
