package io.alephmonitor.sim;

import io.alephmonitor.testsupport.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/aleph/generate validates like kie.ai and starts a task that then runs normally. */
class GenerateTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults().withClock(clock)
            .withRunTime(Duration.ofMinutes(3)));
    private final SimHttp http = new SimHttp(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aValidRequestStartsATaskWithANewUuidThatRunsThenSucceeds() {
        HttpResponse<String> response = http.post(ApiHandler.GENERATE,
                "{\"prompt\":\"Snow falling on the harbour\",\"videoUrl\":\"https://example.com/harbour.mp4\"}");

        JsonNode body = SimHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("code").asInt()).isEqualTo(200);
        String taskId = body.get("data").get("taskId").asText();
        assertThat(UUID.fromString(taskId).toString()).isEqualTo(taskId);

        assertThat(http.recordData(taskId).get("successFlag").asInt()).isZero();
        clock.advance(Duration.ofMinutes(3));
        assertThat(http.recordData(taskId).get("successFlag").asInt()).isEqualTo(1);
    }

    @Test
    void theTasksParamJsonHoldsEverythingThatWasSent() throws Exception {
        String request = """
                {"prompt":"Neon rain","videoUrl":"http://example.com/v.mp4","callBackUrl":"https://example.com/cb",
                 "waterMark":"","uploadCn":false,"aspectRatio":"9:16","seed":42,"referenceImage":"https://example.com/r.png"}""";

        String taskId = SimHttp.json(http.post(ApiHandler.GENERATE, request)).get("data").get("taskId").asText();

        JsonNode params = SimHttp.JSON.readTree(http.recordData(taskId).get("paramJson").asText());
        assertThat(params).isEqualTo(SimHttp.JSON.readTree(request));
    }

    @ParameterizedTest
    @ValueSource(strings = {"16:9", "9:16", "4:3", "3:4", "1:1", "21:9"})
    void everyDocumentedAspectRatioIsAccepted(String aspectRatio) {
        HttpResponse<String> response = http.post(ApiHandler.GENERATE,
                "{\"prompt\":\"p\",\"videoUrl\":\"https://example.com/v.mp4\",\"aspectRatio\":\"" + aspectRatio + "\"}");

        assertThat(SimHttp.json(response).get("code").asInt()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"videoUrl\":\"https://example.com/v.mp4\"}",
            "{\"prompt\":\"   \",\"videoUrl\":\"https://example.com/v.mp4\"}",
            "{\"prompt\":\"p\"}",
            "{\"prompt\":\"p\",\"videoUrl\":\"ftp://example.com/v.mp4\"}",
            "{\"prompt\":\"p\",\"videoUrl\":\"not a url\"}",
            "{\"prompt\":\"p\",\"videoUrl\":\"https://example.com/v.mp4\",\"aspectRatio\":\"2:1\"}",
            "{\"prompt\":\"p\",\"videoUrl\":\"https://example.com/v.mp4\",\"seed\":\"forty-two\"}",
            "[\"prompt\"]",
            "{not json"})
    void anInvalidRequestIsRefusedWith422AndAReason(String request) {
        HttpResponse<String> response = http.post(ApiHandler.GENERATE, request);

        JsonNode body = SimHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body.get("code").asInt()).isEqualTo(422);
        assertThat(body.get("msg").asText()).isNotBlank();
        assertThat(body.get("data").isNull()).isTrue();
    }

    @Test
    void theMessageNamesTheFieldThatIsWrong() {
        HttpResponse<String> response = http.post(ApiHandler.GENERATE,
                "{\"prompt\":\"p\",\"videoUrl\":\"https://example.com/v.mp4\",\"aspectRatio\":\"2:1\"}");

        assertThat(SimHttp.json(response).get("msg").asText()).contains("aspectRatio");
    }

    @Test
    void generateNeedsTheKeyToo() {
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(http.resolve(ApiHandler.GENERATE))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
