package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/jobs/createTask (the Market endpoint) validates like kie.ai, stores the task, and
 * both create endpoints share kie.ai's creation limit of about 20 per 10 seconds.
 * Request and answer shapes: https://docs.kie.ai/market/kling/text-to-video (read, not copied).
 */
class CreateTaskTest {

    private static final String KLING = """
            {"model":"kling-2.6/text-to-video","input":{"prompt":"A paper boat on a rainy street","duration":"5"}}""";
    private static final String ALEPH = "{\"prompt\":\"p\",\"videoUrl\":\"https://example.com/v.mp4\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-08T08:00:00Z"));
    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults().withClock(clock));
    private final SimHttp http = new SimHttp(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aValidRequestAnswersATaskIdInTheDocumentedStyleAndKeepsModelAndInput() throws Exception {
        HttpResponse<String> response = http.post(ApiHandler.CREATE_TASK, KLING);

        JsonNode body = SimHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("code").asInt()).isEqualTo(200);
        String taskId = body.get("data").get("taskId").asText();
        assertThat(taskId).isEqualTo("task_kling-2.6_" + clock.instant().toEpochMilli());
        assertThat(sim.createdMarketTask(taskId)).isEqualTo(SimHttp.JSON.readTree(KLING));
    }

    @Test
    void twoTasksCreatedInTheSameMillisecondGetDifferentIds() {
        String first = SimHttp.json(http.post(ApiHandler.CREATE_TASK, KLING)).get("data").get("taskId").asText();
        String second = SimHttp.json(http.post(ApiHandler.CREATE_TASK, KLING)).get("data").get("taskId").asText();

        assertThat(first).isNotEqualTo(second);
        assertThat(sim.createdMarketTask(second)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"input\":{\"prompt\":\"p\"}}",
            "{\"model\":\"  \",\"input\":{\"prompt\":\"p\"}}",
            "{\"model\":\"kling-2.6/text-to-video\"}",
            "{\"model\":\"kling-2.6/text-to-video\",\"input\":null}",
            "{\"model\":\"kling-2.6/text-to-video\",\"input\":\"prompt=p\"}",
            "{\"model\":\"kling-2.6/text-to-video\",\"input\":[1,2]}",
            "[\"model\"]",
            "{not json"})
    void aRequestWithoutAModelOrAnInputObjectIsRefusedWith422AndAReason(String request) {
        HttpResponse<String> response = http.post(ApiHandler.CREATE_TASK, request);

        JsonNode body = SimHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body.get("code").asInt()).isEqualTo(422);
        assertThat(body.get("msg").asText()).containsAnyOf("model", "input", "JSON object");
    }

    @Test
    void createTaskNeedsTheKey() {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.resolve(ApiHandler.CREATE_TASK))
                        .POST(HttpRequest.BodyPublishers.ofString(KLING)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theTwentyFirstCreationWithinTenSecondsIs429WithRetryAfterAcrossBothEndpoints() {
        for (int i = 0; i < 10; i++) {
            assertThat(http.post(ApiHandler.CREATE_TASK, KLING).statusCode()).isEqualTo(200);
            assertThat(http.post(ApiHandler.GENERATE, ALEPH).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMillis(100));
        }

        HttpResponse<String> market = http.post(ApiHandler.CREATE_TASK, KLING);
        HttpResponse<String> aleph = http.post(ApiHandler.GENERATE, ALEPH);

        assertThat(SimHttp.json(market).get("code").asInt()).isEqualTo(429);
        assertThat(SimHttp.json(aleph).get("code").asInt()).isEqualTo(429);
        assertThat(market.headers().firstValue("Retry-After")).hasValue("9");
    }

    @Test
    void creatingIsAllowedAgainOnceTheOldestCreationIsTenSecondsOld() {
        for (int i = 0; i < 20; i++) {
            http.post(ApiHandler.CREATE_TASK, KLING);
        }
        assertThat(http.post(ApiHandler.CREATE_TASK, KLING).statusCode()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(10));

        assertThat(http.post(ApiHandler.CREATE_TASK, KLING).statusCode()).isEqualTo(200);
    }

    @Test
    void pollingIsNotLimitedByTheCreationLimit() {
        String id = sim.newAlephTask("p", "https://example.com/i.png");
        for (int i = 0; i < 20; i++) {
            http.post(ApiHandler.GENERATE, ALEPH);
        }

        assertThat(http.recordInfo(id).statusCode()).isEqualTo(200);
    }
}
