package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's create endpoints answer as the docs pages show ({@code {"code":200,"msg":"success",
 * "data":{"taskId":…}}}, e.g. https://docs.kie.ai/cn/veo3-api/generate-veo-3-video) and refuse what
 * the pages say kie.ai refuses with a 422 and its reason; a created task is then served on its
 * kind's record endpoint with the request as its recorded parameters.
 */
class CreateEndpointsTest {

    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults());
    private final SimHttp http = new SimHttp(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void eachCreateEndpointAnswersATaskIdOfItsKindInTheDocumentedShape() {
        Map<String, String> bodies = Map.of(
                "/api/v1/veo/generate", "{\"prompt\":\"A dog\",\"model\":\"veo3_fast\",\"aspect_ratio\":\"16:9\"}",
                "/api/v1/runway/generate", "{\"prompt\":\"A cat\",\"duration\":5,\"quality\":\"720p\",\"aspectRatio\":\"16:9\"}",
                "/api/v1/flux/kontext/generate", "{\"prompt\":\"A lake\",\"aspectRatio\":\"16:9\"}",
                "/api/v1/gpt4o-image/generate", "{\"prompt\":\"A sunset\",\"size\":\"1:1\"}",
                "/api/v1/mj/generate", "{\"taskType\":\"mj_txt2img\",\"prompt\":\"A jet\"}",
                "/api/v1/generate", "{\"customMode\":false,\"instrumental\":false,\"model\":\"V4_5ALL\","
                        + "\"prompt\":\"A calm piano piece\",\"callBackUrl\":\"https://example.com/cb\"}",
                "/api/v1/modify/generate", "{\"prompt\":\"Night\",\"videoUrl\":\"https://example.com/in.mp4\"}");
        Map<String, String> kinds = Map.of("/api/v1/veo/generate", "veo", "/api/v1/runway/generate", "runway",
                "/api/v1/flux/kontext/generate", "flux-kontext", "/api/v1/gpt4o-image/generate", "gpt4o-image",
                "/api/v1/mj/generate", "midjourney", "/api/v1/generate", "suno", "/api/v1/modify/generate", "luma");

        bodies.forEach((path, body) -> {
            JsonNode answer = SimHttp.json(http.post(path, body));
            assertThat(answer.get("code").asInt()).as(path).isEqualTo(200);
            assertThat(answer.get("msg").asText()).as(path).isEqualTo("success");
            String taskId = answer.path("data").path("taskId").asText();
            assertThat(sim.kindOf(taskId)).as(path).isEqualTo(kinds.get(path));
        });
    }

    @Test
    void aCreatedTaskIsServedOnItsKindsRecordEndpointWithItsRequestAsItsParameters() {
        String taskId = SimHttp.json(http.post("/api/v1/modify/generate",
                "{\"prompt\":\"Night\",\"videoUrl\":\"https://example.com/in.mp4\"}")).path("data").path("taskId").asText();

        JsonNode record = SimHttp.json(http.get("/api/v1/modify/record-info?taskId=" + taskId, sim.apiKey()));

        assertThat(record.get("code").asInt()).isEqualTo(200);
        assertThat(record.path("data").path("paramJson").asText()).contains("\"videoUrl\":\"https://example.com/in.mp4\"");
    }

    @Test
    void whatTheDocsSayKieAiRefusesIsAnswered422WithItsReason() {
        Map<String, String> refused = Map.of(
                "{\"model\":\"veo3\"}", "/api/v1/veo/generate|prompt is required",
                "{\"prompt\":\"A cat\",\"duration\":10,\"quality\":\"1080p\",\"aspectRatio\":\"16:9\"}",
                "/api/v1/runway/generate|A 10-second video cannot be generated in 1080p",
                "{\"prompt\":\"A cat\",\"duration\":5,\"quality\":\"720p\"}", "/api/v1/runway/generate|aspectRatio is required",
                "{\"prompt\":\"A lake\",\"aspectRatio\":\"5:4\"}", "/api/v1/flux/kontext/generate|aspectRatio must be one of",
                "{\"size\":\"1:1\"}", "/api/v1/gpt4o-image/generate|prompt or filesUrl is required",
                "{\"customMode\":true,\"instrumental\":true,\"model\":\"V4\",\"callBackUrl\":\"https://e.com/c\"}",
                "/api/v1/generate|style and title are required in custom mode",
                "{\"prompt\":\"Night\"}", "/api/v1/modify/generate|videoUrl is required",
                "not json", "/api/v1/mj/generate|must be a JSON object");

        refused.forEach((body, pathAndReason) -> {
            String[] parts = pathAndReason.split("\\|");
            HttpResponse<String> response = http.post(parts[0], body);
            JsonNode answer = SimHttp.json(response);
            assertThat(answer.get("code").asInt()).as(body).isEqualTo(422);
            assertThat(answer.get("msg").asText()).as(body).contains(parts[1]);
        });
    }

    @Test
    void aMarketModelsDocumentedRequiredInputIsChecked() {
        JsonNode answer = SimHttp.json(http.post("/api/v1/jobs/createTask",
                "{\"model\":\"elevenlabs/text-to-speech-multilingual-v2\",\"input\":{\"voice\":\"Rachel\"}}"));

        assertThat(answer.get("code").asInt()).isEqualTo(422);
        assertThat(answer.get("msg").asText()).isEqualTo("input.text is required");
    }
}
