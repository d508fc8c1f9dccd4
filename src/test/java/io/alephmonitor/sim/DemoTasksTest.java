package io.alephmonitor.sim;

import io.alephmonitor.testsupport.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo mode starts with a believable mix of tasks whose images the simulator itself serves. */
class DemoTasksTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults().withClock(clock));
    private final SimHttp http = new SimHttp(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void twoFinishedOneModeratedAndThreeRunningThatFinishWithinNinetySeconds() {
        List<String> ids = sim.addDemoTasks().subList(0, 6);

        assertThat(ids).hasSize(6).doesNotHaveDuplicates();
        assertThat(ids.stream().map(this::state)).containsExactly(
                "succeeded", "succeeded", "moderated", "running", "running", "running");

        clock.advance(Duration.ofSeconds(20));
        assertThat(ids.stream().map(this::state)).containsExactly(
                "succeeded", "succeeded", "moderated", "succeeded", "running", "running");

        clock.advance(Duration.ofSeconds(70));
        assertThat(ids.stream().map(this::state)).containsExactly(
                "succeeded", "succeeded", "moderated", "succeeded", "succeeded", "succeeded");
    }

    @Test
    void everyDemoTaskHasAPromptAndAnImageTheSimulatorServes() throws Exception {
        for (String id : sim.addDemoTasks().stream().filter(id -> "aleph".equals(sim.kindOf(id))).toList()) {
            JsonNode params = SimHttp.JSON.readTree(http.recordData(id).get("paramJson").asText());

            assertThat(params.get("prompt").asText()).hasSizeGreaterThan(10);
            assertThat(http.file(params.get("imageUrl").asText(), null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theDemoShowsEveryKindAfterTheAlephTasks() {
        List<String> ids = sim.addDemoTasks();

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids.subList(0, 6)).allMatch(id -> "aleph".equals(sim.kindOf(id)));
        assertThat(ids.stream().map(sim::kindOf).distinct()).containsExactlyInAnyOrder(
                "aleph", "runway", "veo", "market", "flux-kontext", "gpt4o-image", "midjourney", "suno", "luma");
        assertThat(ids.stream().filter(id -> "market".equals(sim.kindOf(id)))).hasSize(6);
    }

    private String state(String id) {
        JsonNode data = http.recordData(id);
        if (data.get("errorCode").asInt() != 0) {
            return "moderated";
        }
        return data.get("successFlag").asInt() == 1 ? "succeeded" : "running";
    }
}
