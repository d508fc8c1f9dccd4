package io.alephmonitor.kie;

import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.Authenticator;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link KieApi} over {@code java.net.http} (HTTP/2 to kie.ai, pooled connections). Every answer
 * is read through kie.ai's envelope; every failure becomes an {@link ApiResult.Err}, never an
 * exception. The API key goes only into the Authorization header.
 */
public final class HttpKieClient implements KieApi, AutoCloseable {

    /** Answers larger than this are refused: a task record is a few KiB. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(HttpKieClient.class);

    private final KieClientConfig config;
    private final Supplier<ApiKey> keySource;
    private final Clock clock;
    /** The route to kie.ai (null: the JDK's default selector when the client is built); never used for plain http. */
    private final ProxySelector proxies;
    /** Answers a proxy's 407 (null: the JDK's default authenticator when the client is built). */
    private final Authenticator proxyLogin;
    private final Object httpLock = new Object();
    /** Built on the first request: building one reads the JDK's trust store, which a starting app need not wait for. */
    private HttpClient http;
    private boolean closed;

    /** A client that reads the current key from {@code keySource} on every call (so a new key applies at once). */
    public HttpKieClient(KieClientConfig config, Supplier<ApiKey> keySource, Clock clock) {
        this(config, keySource, clock, null, null);
    }

    /**
     * A client whose https requests take the route {@code proxies} gives (an HTTP proxy is a CONNECT tunnel:
     * the key stays inside TLS) and whose proxy logins {@code proxyLogin} answers; a plain-http base
     * (loopback only) always connects directly, so the key never reaches a proxy in clear text.
     * Nulls mean the JDK's defaults at the time the client is built.
     */
    public HttpKieClient(KieClientConfig config, Supplier<ApiKey> keySource, Clock clock,
                         ProxySelector proxies, Authenticator proxyLogin) {
        this.config = Objects.requireNonNull(config, "config");
        this.keySource = Objects.requireNonNull(keySource, "keySource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.proxies = proxies;
        this.proxyLogin = proxyLogin;
    }

    /** A client with a fixed key and the system clock. */
    public HttpKieClient(KieClientConfig config, ApiKey key) {
        this(config, () -> key, Clock.systemUTC());
    }

    @Override
    public ApiResult<TaskSnapshot> poll(TaskKind kind, String taskId) {
        return await(pollAsync(kind, taskId));
    }

    /** The answer is read and parsed on the client's thread that received it. */
    @Override
    public CompletableFuture<ApiResult<TaskSnapshot>> pollAsync(TaskKind kind, String taskId) {
        String path = kind.recordPath() + "?taskId=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
        CompletableFuture<ApiResult<JsonNode>> answer = exchangeAsync("GET", path, null);
        CompletableFuture<ApiResult<TaskSnapshot>> parsed =
                answer.thenApply(data -> map(data, record -> record.isObject() ? kind.parse(taskId, record) : null));
        parsed.whenComplete((result, failure) -> answer.cancel(true)); // cancelling the poll drops the request
        return parsed;
    }

    @Override
    public ApiResult<Double> credits() {
        return map(exchange("GET", "/api/v1/chat/credit", null), data -> {
            BigDecimal balance = LenientJson.decimal(data);
            return balance == null ? null : balance.doubleValue();
        });
    }

    @Override
    public ApiResult<String> freshDownloadUrl(String resultUrl) {
        ObjectNode body = KieJson.MAPPER.createObjectNode().put("url", resultUrl);
        return map(exchange("POST", "/api/v1/common/download-url", body),
                data -> data.isTextual() && !data.asText().isBlank() ? data.asText() : LenientJson.text(data, "url"));
    }

    @Override
    public ApiResult<String> generateAleph(AlephRequest request) {
        ObjectNode body = KieJson.MAPPER.createObjectNode();
        putIfPresent(body, "prompt", request.prompt());
        putIfPresent(body, "videoUrl", request.videoUrl());
        putIfPresent(body, "callBackUrl", request.callBackUrl());
        putIfPresent(body, "waterMark", request.waterMark());
        if (request.uploadCn() != null) {
            body.put("uploadCn", request.uploadCn());
        }
        putIfPresent(body, "aspectRatio", request.aspectRatio());
        if (request.seed() != null) {
            body.put("seed", request.seed());
        }
        putIfPresent(body, "referenceImage", request.referenceImage());
        return map(exchange("POST", "/api/v1/aleph/generate", body), data -> LenientJson.text(data, "taskId"));
    }

    @Override
    public ApiResult<String> createMarketTask(MarketRequest request) {
        ObjectNode body = KieJson.MAPPER.createObjectNode();
        putIfPresent(body, "model", request.model());
        putIfPresent(body, "callBackUrl", request.callBackUrl());
        if (request.input() != null) {
            body.set("input", request.input().deepCopy());
        }
        return map(exchange("POST", "/api/v1/jobs/createTask", body), data -> LenientJson.text(data, "taskId"));
    }

    @Override
    public ApiResult<String> create(CreateRequest request) {
        return map(exchange("POST", request.path(), request.body()), data -> LenientJson.text(data, "taskId"));
    }

    @Override
    public ApiResult<java.util.Optional<String>> hdVideo(HdVideo which, String taskId, int index) {
        ApiResult<JsonNode> answer = which == HdVideo.HD_1080P
                ? exchange("GET", "/api/v1/veo/get-1080p-video?taskId=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8)
                        + "&index=" + index, null)
                : exchange("POST", "/api/v1/veo/get-4k-video",
                        KieJson.MAPPER.createObjectNode().put("taskId", taskId).put("index", index));
        return map(answer, data -> hdLink(which, data));
    }

    /** The 1080P answer's {@code data.resultUrl}, the 4K answer's first {@code data.resultUrls}; empty when null. */
    static java.util.Optional<String> hdLink(HdVideo which, JsonNode data) {
        return java.util.Optional.ofNullable(which == HdVideo.HD_1080P
                ? LenientJson.text(data, "resultUrl")
                : KindRecords.urls(KindRecords.field(data, "resultUrls"), null).stream().findFirst().orElse(null));
    }

    private HttpClient http() {
        synchronized (httpLock) {
            if (closed) {
                throw new IllegalStateException("The kie.ai client is closed.");
            }
            if (http == null) {
                // h2c upgrade over plain http is pointless on loopback and trips simple servers; TLS negotiates h2.
                // The client's own selector thread reads each answer and runs what follows it (envelope, parsing,
                // the poll cycle's bookkeeping), none of which blocks: a hand-off to a pool thread per answer cost
                // more CPU.
                HttpClient.Builder builder = HttpClient.newBuilder()
                        .executor(Runnable::run)
                        .version(config.isLoopback() ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                        .connectTimeout(config.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .proxy(route());
                Authenticator login = proxyLogin != null ? proxyLogin : Authenticator.getDefault();
                if (login != null) {
                    builder.authenticator(login);
                }
                http = builder.build();
            }
            return http;
        }
    }

    private ProxySelector route() {
        return KieRoute.of(config, proxies);
    }

    private String proxyInUse() {
        return KieRoute.proxyFor(route(), config.baseUri());
    }

    /** Waits for running calls to finish and releases the connections. */
    @Override
    public void close() {
        HttpClient built;
        synchronized (httpLock) {
            closed = true;
            built = http;
        }
        if (built != null) {
            built.close();
        }
    }

    @Override
    public String toString() {
        return "HttpKieClient[" + config.baseUri() + "]";
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    /** Applies {@code reader} to the data; a null result (or a reader failure) means the data had the wrong shape. */
    private static <T> ApiResult<T> map(ApiResult<JsonNode> answer, Function<JsonNode, T> reader) {
        return switch (answer) {
            case ApiResult.Err<JsonNode> err -> ApiResult.err(err.error());
            case ApiResult.Ok<JsonNode> ok -> {
                T value;
                try {
                    value = reader.apply(ok.value());
                } catch (RuntimeException unexpectedShape) {
                    LOG.warn("kie.ai data had an unexpected shape: {}", unexpectedShape.toString());
                    value = null;
                }
                yield value == null ? ApiResult.err(ApiErrors.malformed(200)) : ApiResult.ok(value);
            }
        };
    }

    private ApiResult<JsonNode> exchange(String method, String path, JsonNode body) {
        return await(exchangeAsync(method, path, body));
    }

    /** Waits for an answer; an interrupted wait drops the request. */
    private <T> ApiResult<T> await(CompletableFuture<ApiResult<T>> answer) {
        try {
            return answer.get();
        } catch (InterruptedException interrupted) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return ApiResult.err(ApiErrors.interrupted());
        } catch (ExecutionException | CancellationException unexpected) {
            return ApiResult.err(forFailure(unexpected));
        }
    }

    /** Sends one request; the future never completes exceptionally, and cancelling it drops the request. */
    private CompletableFuture<ApiResult<JsonNode>> exchangeAsync(String method, String path, JsonNode body) {
        ApiKey key;
        try {
            key = keySource.get();
        } catch (RuntimeException noKeyAvailable) {
            key = null;
        }
        if (key == null) {
            return CompletableFuture.completedFuture(ApiResult.err(ApiErrors.noKey()));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.baseUri() + path))
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + key.reveal())
                .header("Accept", "application/json")
                .header("User-Agent", "AlephMonitor");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        long started = System.nanoTime();
        CompletableFuture<ApiResult<JsonNode>> answer = send(request.build(), key);
        if (LOG.isDebugEnabled()) {
            answer.thenAccept(result -> LOG.debug("{} {} -> {} in {} ms", method, path, describe(result),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        }
        return answer;
    }

    private CompletableFuture<ApiResult<JsonNode>> send(HttpRequest request, ApiKey key) {
        CompletableFuture<ApiResult<JsonNode>> answer = new CompletableFuture<>();
        AtomicBoolean bodyRead = new AtomicBoolean();
        // The answer completes as soon as the body is read, on the thread that read it; what sendAsync returns
        // completes on a pool thread after that, so it only carries failures.
        HttpResponse.BodyHandler<ApiResult<JsonNode>> reader = info -> HttpResponse.BodySubscribers.mapping(
                CappedBody.subscriber(MAX_BODY_BYTES), body -> {
                    ApiResult<JsonNode> result = read(info, body, key);
                    bodyRead.set(true);
                    answer.complete(result);
                    return result;
                });
        CompletableFuture<HttpResponse<ApiResult<JsonNode>>> pending;
        try {
            pending = http().sendAsync(request, reader);
        } catch (RuntimeException refused) { // e.g. the client was closed
            return CompletableFuture.completedFuture(ApiResult.err(forFailure(refused)));
        }
        pending.whenComplete((response, failure) -> {
            if (!answer.isDone()) {
                answer.complete(failure == null ? bodyOf(response) : ApiResult.err(forFailure(failure)));
            }
        });
        // The request timeout only covers the wait for headers; this deadline also covers the body.
        Duration deadline = config.requestTimeout().plus(config.connectTimeout());
        answer.completeOnTimeout(ApiResult.err(ApiErrors.timeout()), deadline.toMillis(), TimeUnit.MILLISECONDS);
        // Timed out or cancelled before its body was read: the request is dropped.
        answer.whenComplete((result, failure) -> {
            if (!bodyRead.get()) {
                pending.cancel(true);
            }
        });
        return answer;
    }

    /** A proxy's own 407 to the CONNECT comes back as an answer whose body was never read. */
    private ApiResult<JsonNode> bodyOf(HttpResponse<ApiResult<JsonNode>> response) {
        if (response.body() != null) {
            return response.body();
        }
        String proxy = proxyInUse();
        return ApiResult.err(proxy != null && response.statusCode() == 407
                ? ApiErrors.throughProxy(proxy, new IOException("407"))
                : ApiErrors.forCode(response.statusCode(), null, null));
    }

    private ApiResult<JsonNode> read(HttpResponse.ResponseInfo info, CappedBody body, ApiKey key) {
        try {
            Duration retryAfter = RetryAfter.parse(info.headers().firstValue("Retry-After").orElse(null), clock.instant());
            return Envelope.read(info.statusCode(), body, retryAfter, key);
        } catch (RuntimeException unexpected) {
            return ApiResult.err(forFailure(unexpected));
        }
    }

    private ApiError forFailure(Throwable cause) {
        Throwable root = cause;
        while ((root instanceof CompletionException || root instanceof ExecutionException) && root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof HttpTimeoutException) {
            return ApiErrors.timeout();
        }
        if (root instanceof IOException) {
            String proxy = proxyInUse();
            return proxy == null ? ApiErrors.connection() : ApiErrors.throughProxy(proxy, root);
        }
        LOG.warn("Unexpected failure talking to kie.ai: {}", root.getClass().getName());
        return ApiErrors.connection();
    }

    private static String describe(ApiResult<?> result) {
        return result instanceof ApiResult.Err<?> err ? err.error().kind() + " " + err.error().code() : "ok";
    }
}
