package io.alephmonitor.kie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the client may send the key. */
class KieClientConfigTest {

    @Test
    void defaultsPointAtKieAiWithTenAndTwentySecondTimeouts() {
        KieClientConfig config = KieClientConfig.defaults();

        assertThat(config.baseUri()).isEqualTo(URI.create("https://api.kie.ai"));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.isLoopback()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9000", "https://api.kie.ai/",
            "https://kie.example.org"})
    void httpsAnywhereAndPlainHttpOnLoopbackAreAccepted(String uri) {
        KieClientConfig config = KieClientConfig.defaults().withBaseUri(URI.create(uri));

        assertThat(config.baseUri().toString()).doesNotEndWith("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.kie.ai", "http://192.168.1.10:8080", "http://127.0.0.2", "ftp://api.kie.ai",
            "api.kie.ai", "file:///etc/passwd"})
    void plainHttpToOtherHostsAndOtherSchemesAreRefused(String uri) {
        assertThatThrownBy(() -> KieClientConfig.defaults().withBaseUri(URI.create(uri)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> KieClientConfig.defaults().withRequestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KieClientConfig.defaults().withConnectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
