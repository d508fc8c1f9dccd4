package io.alephmonitor.sim;

import io.alephmonitor.testsupport.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's documented odd answers: Market's 422 "recordInfo is null" while a record does
 * not exist yet (https://docs.kie.ai/market/common/get-task-detail), Luma's successFlag 4
 * (https://docs.kie.ai/luma-api/get-luma-modify-details) and Runway's expireFlag 1
 * (https://docs.kie.ai/runway-api/get-ai-video-details).
 */
class LateAndExpiredRecordsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults().withClock(clock));
    private final SimHttp http = new SimHttp(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aLateMarketRecordIs422RecordInfoIsNullUntilItAppears() {
        String id = sim.newMarketTask("elevenlabs/text-to-speech", "Hello", null);
        sim.script(id, Behaviour.LATE_RECORD);

        JsonNode early = SimHttp.json(http.get("/api/v1/jobs/recordInfo?taskId=" + id, sim.apiKey()));
        assertThat(early.get("code").asInt()).isEqualTo(422);
        assertThat(early.get("msg").asText()).isEqualTo("recordInfo is null");

        clock.advance(Behaviour.LATE_RECORD_DELAY);
        JsonNode later = SimHttp.json(http.get("/api/v1/jobs/recordInfo?taskId=" + id, sim.apiKey()));
        assertThat(later.get("code").asInt()).isEqualTo(200);
        assertThat(later.get("data").get("taskId").asText()).isEqualTo(id);
    }

    @Test
    void aLumaTaskScriptedCallbackFailedEndsWithSuccessFlag4AndItsVideo() {
        String id = sim.newTask("luma", "A futuristic cityscape", "https://example.com/video.mp4");
        sim.script(id, Behaviour.CALLBACK_FAILED);

        JsonNode running = SimHttp.json(http.get("/api/v1/modify/record-info?taskId=" + id, sim.apiKey())).get("data");
        assertThat(running.get("successFlag").asInt()).isZero();

        clock.advance(Duration.ofMinutes(1));
        JsonNode done = SimHttp.json(http.get("/api/v1/modify/record-info?taskId=" + id, sim.apiKey())).get("data");
        assertThat(done.get("successFlag").asInt()).isEqualTo(4);
        assertThat(done.get("response").get("resultUrls").get(0).asText()).endsWith(id + ".mp4");
        assertThat(done.get("response").get("originUrls").get(0).asText()).isEqualTo("https://example.com/video.mp4");
        assertThat(done.get("completeTime").isNumber()).isTrue();
    }

    @Test
    void aRunwayTaskWhoseVideoExpiredSaysExpireFlag1AndDownloadUrlRenewsTheLink() {
        String id = sim.newTask("runway", "A paper boat", null);
        clock.advance(Duration.ofMinutes(1));
        JsonNode fresh = SimHttp.json(http.get("/api/v1/runway/record-detail?taskId=" + id, sim.apiKey())).get("data");
        assertThat(fresh.get("expireFlag").asInt()).isZero();

        sim.expireFile(id + ".mp4", 410);
        JsonNode expired = SimHttp.json(http.get("/api/v1/runway/record-detail?taskId=" + id, sim.apiKey())).get("data");
        assertThat(expired.get("expireFlag").asInt()).isEqualTo(1);
        String videoUrl = expired.get("videoInfo").get("videoUrl").asText();
        assertThat(http.file(videoUrl, null).statusCode()).isEqualTo(410);

        JsonNode renewed = SimHttp.json(http.post("/api/v1/common/download-url", "{\"url\":\"" + videoUrl + "\"}"));
        assertThat(renewed.get("code").asInt()).isEqualTo(200);
        assertThat(http.file(renewed.get("data").asText(), null).statusCode()).isEqualTo(200);
    }
}
