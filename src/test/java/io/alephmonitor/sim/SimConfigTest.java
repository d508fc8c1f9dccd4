package io.alephmonitor.sim;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's configuration, and the network-like delay it can put on its answers. */
class SimConfigTest {

    @Test
    void defaultsAreARandomPortTheSimKeyAndTwoSecondTasks() {
        SimConfig config = SimConfig.defaults();

        assertThat(config.port()).isZero();
        assertThat(config.apiKey()).isEqualTo("sim-key");
        assertThat(config.runTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.slowDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.responseDelay()).isZero();
    }

    @Test
    void theKeyNeverAppearsInToString() {
        assertThat(SimConfig.defaults().withApiKey("secret-123").toString()).doesNotContain("secret-123");
    }

    @Test
    void aSimulatorUsesTheConfiguredKey() {
        try (KieSimulator sim = KieSimulator.start(SimConfig.defaults().withApiKey("k-42"))) {
            assertThat(sim.apiKey()).isEqualTo("k-42");
            assertThat(new SimHttp(sim).get(ApiHandler.CREDIT, "k-42").statusCode()).isEqualTo(200);
            assertThat(new SimHttp(sim).get(ApiHandler.CREDIT, "sim-key").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void delayedAnswersAreHeldAtTheSameTimeNotOneAfterAnother() throws Exception {
        try (KieSimulator sim = KieSimulator.start(SimConfig.defaults().withResponseDelay(Duration.ofSeconds(2)));
             // 2 s: all twelve arrive before the first is answered, even from a cold client on a busy machine
             HttpClient client = HttpClient.newHttpClient()) {
            String id = sim.newAlephTask("A heron at dawn", null);
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(sim.baseUri() + ApiHandler.RECORD_INFO + "?taskId=" + id))
                    .header("Authorization", "Bearer " + sim.apiKey()).build();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }

            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                assertThat(answer.get().body()).contains(id);
            }
            assertThat(sim.mostConcurrentApiRequests()).isEqualTo(12);
            assertThat(sim.recordRequests(id)).isEqualTo(12);
        }
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThatThrownBy(() -> SimConfig.defaults().withPort(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimConfig.defaults().withRunTime(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimConfig.defaults().withResponseDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
