package io.alephmonitor.sim;

import io.alephmonitor.testsupport.MutableClock;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each scripted behaviour changes record-info for its task only, until scripted back. */
class BehaviourTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults().withClock(clock)
            .withSlowDelay(Duration.ofSeconds(3))); // room for the quick answer on a busy machine
    private final SimHttp http = new SimHttp(sim);
    private final String id = sim.newAlephTask("A lighthouse in a storm", "https://example.com/l.jpg");

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void moderationFailureIsCode200WithErrorCode400AndKieAisMessage() {
        sim.script(id, Behaviour.MODERATION_FAILURE);
        clock.advance(Duration.ofHours(1));

        HttpResponse<String> response = http.recordInfo(id);
        JsonNode data = SimHttp.json(response).get("data");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(data.get("successFlag").asInt()).isZero();
        assertThat(data.get("errorCode").asInt()).isEqualTo(400);
        assertThat(data.get("errorMessage").asText())
                .isEqualTo("Your prompt was caught by our AI moderator. Please adjust it and try again!");
        assertThat(data.get("response").isNull()).isTrue();
        assertThat(data.get("completeTime").isNull()).isTrue();
    }

    @Test
    void unknownTaskIsNotFoundEvenThoughItWasAdded() {
        sim.script(id, Behaviour.UNKNOWN_TASK);

        assertError(http.recordInfo(id), 404, "Task not found");
    }

    @Test
    void invalidIdIsRejectedEvenForAWellFormedId() {
        sim.script(id, Behaviour.INVALID_ID);

        assertError(http.recordInfo(id), 422, "Invalid taskId format");
    }

    @Test
    void rateLimitedIs429WithRetryAfterTwoSeconds() {
        sim.script(id, Behaviour.RATE_LIMITED);

        HttpResponse<String> response = http.recordInfo(id);

        assertThat(SimHttp.json(response).get("code").asInt()).isEqualTo(429);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
    }

    @Test
    void rateLimitedWithoutRetryAfterSendsNoRetryAfterHeader() {
        sim.script(id, Behaviour.RATE_LIMITED_NO_RETRY_AFTER);

        HttpResponse<String> response = http.recordInfo(id);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void serverErrorIs500() {
        sim.script(id, Behaviour.SERVER_ERROR);

        assertThat(http.recordInfo(id).statusCode()).isEqualTo(500);
        assertThat(SimHttp.json(http.recordInfo(id)).get("code").asInt()).isEqualTo(500);
    }

    @Test
    void aSlowAnswerComesAfterTheSlowDelayWithoutHoldingUpOtherTasks() throws Exception {
        String quick = sim.newAlephTask("quick", "https://example.com/q.jpg");
        sim.script(id, Behaviour.SLOW);
        long start = System.nanoTime();

        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> http.recordInfo(id));
        while (sim.recordRequests(id) == 0) { // the slow request is now being answered
            LockSupport.parkNanos(1_000_000L); // a millisecond: leaves the core to the work awaited
        }
        HttpResponse<String> other = http.recordInfo(quick);
        long otherDone = System.nanoTime();
        HttpResponse<String> slowResponse = slow.get(10, TimeUnit.SECONDS);
        long slowDone = System.nanoTime();

        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(slowResponse.statusCode()).isEqualTo(200);
        assertThat(SimHttp.json(slowResponse).get("data").get("taskId").asText()).isEqualTo(id);
        assertThat(Duration.ofNanos(slowDone - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(otherDone).isLessThan(slowDone);
    }

    @Test
    void aMalformedBodyIsTruncatedJsonWithStatus200() {
        sim.script(id, Behaviour.MALFORMED_BODY);

        HttpResponse<String> response = http.recordInfo(id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"code\":200");
        assertThatThrownBy(() -> SimHttp.JSON.readTree(response.body())).isInstanceOf(JacksonException.class);
    }

    @Test
    void anHtmlBodyIsAnHtmlPageWithStatus200() {
        sim.script(id, Behaviour.HTML_BODY);

        HttpResponse<String> response = http.recordInfo(id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void anOversizedBodyIsOverTwoMebibytesOfJsonLookingText() {
        sim.script(id, Behaviour.OVERSIZED_BODY);

        HttpResponse<String> response = http.recordInfo(id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().length()).isGreaterThan(2 * 1024 * 1024);
        assertThat(response.body()).startsWith("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"" + id);
    }

    @Test
    void scriptingBackToNormalRestoresTheNormalAnswer() {
        sim.script(id, Behaviour.SERVER_ERROR);
        http.recordInfo(id);

        sim.script(id, Behaviour.NORMAL);

        assertThat(http.recordData(id).get("taskId").asText()).isEqualTo(id);
    }

    @Test
    void aBehaviourAffectsOnlyItsOwnTask() {
        String other = sim.newAlephTask("other", "https://example.com/o.jpg");
        sim.script(id, Behaviour.SERVER_ERROR);

        assertThat(http.recordInfo(other).statusCode()).isEqualTo(200);
    }

    @Test
    void aBehaviourCanBeScriptedForAnIdThatWasNeverAdded() {
        String stranger = UUID.randomUUID().toString();
        sim.script(stranger, Behaviour.RATE_LIMITED);

        assertThat(http.recordInfo(stranger).statusCode()).isEqualTo(429);
    }

    private static void assertError(HttpResponse<String> response, int code, String message) {
        assertThat(response.statusCode()).isEqualTo(code);
        assertThat(SimHttp.json(response).get("code").asInt()).isEqualTo(code);
        assertThat(SimHttp.json(response).get("msg").asText()).isEqualTo(message);
    }
}
