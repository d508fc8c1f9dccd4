package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating tasks over real HTTP against the simulator: the Market endpoint
 * {@code POST /api/v1/jobs/createTask} with {@code {model, input, callBackUrl?}} answering
 * {@code data.taskId}, as documented on https://docs.kie.ai/market/kling/text-to-video and
 * https://docs.kie.ai/market/seedream/4.5-edit, and its errors mapped like every other call.
 */
class HttpKieClientCreateTest {

    private static final String KEY = "sim-key-5c2e8d1f9b3a47e6";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-08T08:00:00Z"));
    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults().withApiKey(KEY).withClock(clock));
    private final HttpKieClient client = clientWith(KEY);

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private HttpKieClient clientWith(String key) {
        return new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()), () -> ApiKey.of(key), clock);
    }

    private static ObjectNode input(String prompt) {
        return KieJson.MAPPER.createObjectNode().put("prompt", prompt).put("aspect_ratio", "16:9");
    }

    private static ApiError error(ApiResult<?> result) {
        assertThat(result).isInstanceOf(ApiResult.Err.class);
        ApiError error = ((ApiResult.Err<?>) result).error();
        assertThat(error.userMessage()).doesNotContain(KEY).endsWith(".");
        return error;
    }

    @Test
    void aMarketTaskIsCreatedWithItsModelAndInputAndTheTaskIdComesBack() {
        ObjectNode input = input("A paper boat on a rainy street");

        ApiResult<String> result = client.createMarketTask(
                new KieApi.MarketRequest("kling-2.6/text-to-video", input, null));

        assertThat(result).isInstanceOf(ApiResult.Ok.class);
        String taskId = ((ApiResult.Ok<String>) result).value();
        assertThat(taskId).startsWith("task_kling-2.6_");
        ObjectNode stored = sim.createdMarketTask(taskId);
        assertThat(stored.get("model").asText()).isEqualTo("kling-2.6/text-to-video");
        assertThat(stored.get("input")).isEqualTo(input);
    }

    @Test
    void aMarketRequestWithoutAnInputIsAnInvalidRequestQuotingKieAi() {
        ApiError error = error(client.createMarketTask(new KieApi.MarketRequest("kling-2.6/text-to-video", null, null)));

        assertThat(error.kind()).isEqualTo(ApiError.Kind.INVALID_REQUEST);
        assertThat(error.code()).isEqualTo(422);
        assertThat(error.userMessage()).contains("input is required");
    }

    @Test
    void aWrongKeyIsUnauthorized() {
        try (HttpKieClient wrong = clientWith("sk-wrong-000000000000")) {
            ApiError error = error(wrong.createMarketTask(new KieApi.MarketRequest("google/imagen4-fast", input("p"), null)));

            assertThat(error.kind()).isEqualTo(ApiError.Kind.UNAUTHORIZED);
            assertThat(error.userMessage()).contains("Settings").doesNotContain("sk-wrong");
        }
    }

    @Test
    void overTheCreationLimitBothCreateCallsAreRateLimitedWithKieAisRetryAfter() {
        for (int i = 0; i < 20; i++) {
            client.createMarketTask(new KieApi.MarketRequest("google/imagen4-fast", input("p" + i), null));
        }
        clock.advance(Duration.ofSeconds(3));

        ApiError market = error(client.createMarketTask(new KieApi.MarketRequest("google/imagen4-fast", input("p"), null)));
        ApiError aleph = error(client.generateAleph(new KieApi.AlephRequest("p", "https://example.com/v.mp4",
                null, null, null, null, null, null)));

        assertThat(market.kind()).isEqualTo(ApiError.Kind.RATE_LIMITED);
        assertThat(market.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(aleph.kind()).isEqualTo(ApiError.Kind.RATE_LIMITED);
    }
}
