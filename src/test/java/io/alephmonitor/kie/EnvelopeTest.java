package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** How an answer's body code and HTTP status become data or a typed error (the HTTP tests cover the wire). */
class EnvelopeTest {

    private static ApiResult<JsonNode> read(int status, String body) {
        return Envelope.read(status, new CappedBody(body.getBytes(StandardCharsets.UTF_8), false), null, null);
    }

    private static ApiError error(ApiResult<?> result) {
        assertThat(result).isInstanceOf(ApiResult.Err.class);
        return ((ApiResult.Err<?>) result).error();
    }

    @ParameterizedTest(name = "body code {0} -> {1}")
    @CsvSource({"400, REJECTED", "401, UNAUTHORIZED", "402, NO_CREDITS", "404, NOT_FOUND", "408, TIMEOUT",
            "422, INVALID_REQUEST", "429, RATE_LIMITED", "451, REJECTED", "455, MAINTENANCE", "500, SERVER_ERROR",
            "501, REJECTED", "502, SERVER_ERROR", "503, SERVER_ERROR", "505, REJECTED", "999, REJECTED"})
    void theBodyCodeDecidesEvenUnderHttp200(int code, ApiError.Kind kind) {
        ApiError error = error(read(200, "{\"code\":" + code + ",\"msg\":\"why\",\"data\":null}"));

        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.userMessage()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void rejectedKeepsKieAisOwnWordsFromMsgOrMessage() {
        assertThat(error(read(200, "{\"code\":451,\"msg\":\"Could not fetch the image\"}")).userMessage())
                .contains("Could not fetch the image");
        assertThat(error(read(200, "{\"code\":400,\"message\":\"Prompt too long\"}")).userMessage())
                .contains("Prompt too long");
    }

    @Test
    void recordInfoIsNullMeansAnUnknownTask() {
        assertThat(error(read(200, "{\"code\":422,\"msg\":\"recordInfo is null\"}")).kind())
                .isEqualTo(ApiError.Kind.NOT_FOUND);
        assertThat(error(read(422, "{\"code\":422,\"msg\":\"Invalid taskId format\"}")).kind())
                .isEqualTo(ApiError.Kind.INVALID_REQUEST);
    }

    @Test
    void aSuccessfulEnvelopeGivesItsData() {
        ApiResult<JsonNode> result = read(200, "{\"code\":200,\"msg\":\"success\",\"data\":12.5,\"extra\":1}");

        assertThat(((ApiResult.Ok<JsonNode>) result).value().asDouble()).isEqualTo(12.5);
    }

    @Test
    void aNumericStringCodeIsUnderstood() {
        assertThat(error(read(200, "{\"code\":\"401\",\"msg\":\"no\"}")).kind()).isEqualTo(ApiError.Kind.UNAUTHORIZED);
    }

    @Test
    void anHttpErrorWithoutEnvelopeIsJudgedByItsStatus() {
        assertThat(error(read(502, "<html>Bad gateway</html>")).kind()).isEqualTo(ApiError.Kind.SERVER_ERROR);
        assertThat(error(read(401, "")).kind()).isEqualTo(ApiError.Kind.UNAUTHORIZED);
        assertThat(error(read(500, "{\"code\":200,\"msg\":\"success\"}")).kind()).isEqualTo(ApiError.Kind.SERVER_ERROR);
    }

    @Test
    void aBodyThatIsNotTheEnvelopeIsMalformed() {
        assertThat(error(read(200, "<html>hello</html>")).kind()).isEqualTo(ApiError.Kind.MALFORMED);
        assertThat(error(read(200, "{\"code\":200,\"data\":{\"taskId\":")).kind()).isEqualTo(ApiError.Kind.MALFORMED);
        assertThat(error(read(200, "[1,2]")).kind()).isEqualTo(ApiError.Kind.MALFORMED);
        assertThat(error(read(200, "{\"data\":{}}")).kind()).isEqualTo(ApiError.Kind.MALFORMED);
        assertThat(error(read(200, "")).kind()).isEqualTo(ApiError.Kind.MALFORMED);
    }

    @Test
    void aBodyPastTheCapIsTooLarge() {
        ApiError error = error(Envelope.read(200, new CappedBody(new byte[0], true), null, null));

        assertThat(error.kind()).isEqualTo(ApiError.Kind.TOO_LARGE);
        assertThat(error.kind().isTransient()).isTrue();
    }

    @Test
    void retryAfterIsCarriedOnRateLimitsAndNamedInTheMessage() {
        ApiError error = error(Envelope.read(429, new CappedBody(
                "{\"code\":429,\"msg\":\"slow down\"}".getBytes(), false), Duration.ofSeconds(2), null));

        assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(error.userMessage()).contains("2 seconds");
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2025-06-06T10:30:00Z");

        assertThat(RetryAfter.parse("2", now)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryAfter.parse(" 120 ", now)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Fri, 06 Jun 2025 10:30:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Fri, 06 Jun 2025 10:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("99999999999", now)).isEqualTo(RetryAfter.MAX);
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse("-3", now)).isNull();
        assertThat(RetryAfter.parse(null, now)).isNull();
    }
}
