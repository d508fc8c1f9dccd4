package io.alephmonitor.kie;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API key never shows itself except where it is sent. */
class ApiKeyTest {

    private static final String SECRET = "sk-live-4b1d9c0e7a2f44e0a7d1f3a9";

    @Test
    void toStringShowsOnlyTheLastFourCharactersOfALongKey() {
        ApiKey key = ApiKey.of(SECRET);

        assertThat(key.toString()).doesNotContain(SECRET).doesNotContain("sk-live").endsWith("f3a9]");
        assertThat(key.masked()).isEqualTo("••••f3a9");
        assertThat(key.reveal()).isEqualTo(SECRET);
    }

    @Test
    void aShortKeyIsMaskedCompletely() {
        assertThat(ApiKey.of("abc123").toString()).isEqualTo("ApiKey[••••]");
    }

    @Test
    void surroundingBlanksAreTrimmedAndEqualityIsByValue() {
        assertThat(ApiKey.of("  " + SECRET + "\n")).isEqualTo(ApiKey.of(SECRET)).hasSameHashCodeAs(ApiKey.of(SECRET));
    }

    @Test
    void anInvalidKeyIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> ApiKey.of("sk-secret with-space")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("sk-secret").contains("API key");
        assertThatThrownBy(() -> ApiKey.of("sk-secret\r\nX-Injected: 1")).hasMessageNotContaining("sk-secret");
        assertThatThrownBy(() -> ApiKey.of("   ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> ApiKey.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aServerTextEchoingTheKeyIsScrubbedFromTheError() {
        ApiKey key = ApiKey.of(SECRET);
        byte[] body = ("{\"code\":401,\"msg\":\"Bearer " + SECRET + " is not valid\"}").getBytes();

        ApiResult<?> result = Envelope.read(200, new CappedBody(body, false), null, key);
        ApiResult<?> rejected = Envelope.read(200, new CappedBody(
                ("{\"code\":400,\"msg\":\"bad key " + SECRET + "\"}").getBytes(), false), Duration.ZERO, key);

        assertThat(result.toString()).doesNotContain(SECRET);
        assertThat(rejected.toString()).doesNotContain(SECRET).contains("••••f3a9");
    }
}
