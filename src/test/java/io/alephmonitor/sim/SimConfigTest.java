package io.alephmonitor.sim;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's configuration. */
class SimConfigTest {

    @Test
    void defaultsAreARandomPortTheSimKeyAndTwoSecondTasks() {
        SimConfig config = SimConfig.defaults();

        assertThat(config.port()).isZero();
        assertThat(config.apiKey()).isEqualTo("sim-key");
        assertThat(config.runTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.slowDelay()).isEqualTo(Duration.ofSeconds(5));
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
    void impossibleValuesAreRefused() {
        assertThatThrownBy(() -> SimConfig.defaults().withPort(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimConfig.defaults().withRunTime(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
