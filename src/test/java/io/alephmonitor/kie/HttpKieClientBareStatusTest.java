package io.alephmonitor.kie;

import io.alephmonitor.model.TaskSnapshot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers the simulator never gives, because it always speaks kie.ai's envelope: a proxy's bare
 * HTTP error statuses, a Retry-After HTTP-date, a body that stops mid-way. A minimal loopback server
 * stands in for such a proxy.
 */
class HttpKieClientBareStatusTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";
    private static final Instant NOW = Instant.parse("2025-06-06T10:30:00Z");

    private interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    private final AtomicReference<Reply> reply = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> query = new AtomicReference<>();
    private HttpServer server;
    private HttpKieClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                query.set(exchange.getRequestURI().getRawQuery());
                reply.get().send(exchange);
            }
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(base)
                .withRequestTimeout(Duration.ofSeconds(5)), () -> ApiKey.of("stub-key-0123456789abcd"),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    private static Reply status(int status, String contentType, String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        };
    }

    private ApiError pollError() {
        ApiResult<TaskSnapshot> result = client.poll(new AlephKind(), ID);
        assertThat(result).isInstanceOf(ApiResult.Err.class);
        return ((ApiResult.Err<TaskSnapshot>) result).error();
    }

    @ParameterizedTest(name = "HTTP {0} without a kie.ai body -> {1}")
    @CsvSource({"401, UNAUTHORIZED", "402, NO_CREDITS", "404, NOT_FOUND", "422, INVALID_REQUEST",
            "429, RATE_LIMITED", "455, MAINTENANCE", "500, SERVER_ERROR", "502, SERVER_ERROR",
            "503, SERVER_ERROR", "504, SERVER_ERROR", "418, REJECTED"})
    void bareHttpErrorStatusesAreMappedByStatus(int status, ApiError.Kind kind) {
        reply.set(status(status, "text/html", "<html><body>Error " + status + "</body></html>"));

        ApiError error = pollError();

        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.code()).isEqualTo(status);
    }

    @Test
    void anEmptyBadGatewayIsAServerError() {
        reply.set(status(502, "text/plain", ""));

        assertThat(pollError().kind()).isEqualTo(ApiError.Kind.SERVER_ERROR);
    }

    @Test
    void retryAfterAsAnHttpDateBecomesTheWaitFromNow() {
        reply.set(exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "Fri, 06 Jun 2025 10:30:45 GMT");
            status(429, "application/json", "{\"code\":429,\"msg\":\"Too many requests\"}").send(exchange);
        });

        ApiError error = pollError();

        assertThat(error.kind()).isEqualTo(ApiError.Kind.RATE_LIMITED);
        assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aBodyCutOffBeforeItsLengthIsAConnectionProblem() {
        reply.set(exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            OutputStream body = exchange.getResponseBody();
            body.write("{\"code\":200,\"data\":{".getBytes(StandardCharsets.UTF_8));
            body.flush(); // then the exchange closes short of the 1000 bytes promised
        });

        assertThat(pollError().kind()).isEqualTo(ApiError.Kind.CONNECTION);
    }

    @Test
    void theKeyTravelsOnlyAsABearerHeaderAndTheTaskIdIsEncodedInTheQuery() {
        reply.set(status(200, "application/json", "{\"code\":404,\"msg\":\"Task not found\"}"));

        ApiResult<TaskSnapshot> result = client.poll(new AlephKind(), "a b&c");

        assertThat(authorization.get()).isEqualTo("Bearer stub-key-0123456789abcd");
        assertThat(query.get()).isEqualTo("taskId=a+b%26c");
        assertThat(((ApiResult.Err<TaskSnapshot>) result).error().kind()).isEqualTo(ApiError.Kind.NOT_FOUND);
    }
}
