package io.alephmonitor.sim;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * kie.ai's JSON API under {@code /api/}: auth, global faults, then the endpoint for the path (every
 * kind's record endpoint, every documented create endpoint, credit, download-url), looked up in one routing map.
 */
final class ApiHandler implements HttpHandler {

    static final String RECORD_INFO = "/api/v1/aleph/record-info";
    static final String GENERATE = "/api/v1/aleph/generate";
    static final String CREDIT = "/api/v1/chat/credit";
    static final String DOWNLOAD_URL = "/api/v1/common/download-url";
    static final String CREATE_TASK = "/api/v1/jobs/createTask";

    private static final int MAX_REQUEST_BODY = 64 * 1024;
    private static final int CREDIT_BALANCE = 1280;
    private static final long JUNK_BYTES = 10L * 1024 * 1024;
    private static final byte[] HTML_PAGE = """
            <!DOCTYPE html>
            <html><head><title>502 Bad Gateway</title></head>
            <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private final KieSimulator sim;

    /** One endpoint's answer; the method is checked before it runs. */
    @FunctionalInterface
    private interface Endpoint {
        void answer(HttpExchange exchange) throws IOException;
    }

    private record Route(String method, Endpoint endpoint) {
    }

    /** Path → endpoint; each kind's record endpoint, then the account-wide ones. */
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final Map<String, SimKind> recordPaths = new LinkedHashMap<>();

    ApiHandler(KieSimulator sim) {
        this.sim = sim;
        for (SimKind kind : SimKind.values()) {
            recordPaths.put(kind.recordPath, kind);
            routes.put(kind.recordPath, new Route("GET", exchange -> recordInfo(exchange, kind, taskIdOf(exchange))));
        }
        routes.put(GENERATE, new Route("POST", exchange -> {
            if (withinCreationLimit(exchange)) {
                generate(exchange);
            }
        }));
        routes.put(CREATE_TASK, new Route("POST", exchange -> {
            if (withinCreationLimit(exchange)) {
                createTask(exchange);
            }
        }));
        SimCreateRequests.BY_PATH.forEach((path, spec) -> routes.put(path, new Route("POST", exchange -> {
            JsonNode body = readJson(exchange);
            sim.countCreateRequest(path, body);
            if (withinCreationLimit(exchange)) {
                SimCreateRequests.answer(sim, exchange, spec, body);
            }
        })));
        routes.put(SimFollowUps.GET_1080P, new Route("GET", exchange -> sim.followUps().get1080p(exchange)));
        routes.put(SimFollowUps.GET_4K, new Route("POST", exchange -> sim.followUps().get4k(exchange, readJson(exchange))));
        routes.put(CREDIT, new Route("GET",
                exchange -> Replies.success(exchange, JsonNodeFactory.instance.numberNode(CREDIT_BALANCE))));
        routes.put(DOWNLOAD_URL, new Route("POST", this::downloadUrl));
    }

    /** Runs on the server's own thread: counts the request, then answers at once, later, or on a thread of its own. */
    @Override
    public void handle(HttpExchange exchange) {
        sim.apiRequestArrived();
        String path = exchange.getRequestURI().getPath();
        String taskId = recordPaths.containsKey(path) ? taskIdOf(exchange) : null;
        if (taskId != null) {
            sim.countRecordRequest(taskId);
        }
        Runnable answered = countAnsweredOnce();
        countAnsweredAtFirstByte(exchange, answered);
        KieSimulator.ExchangeWork work = () -> {
            try {
                answer(exchange, path);
            } finally {
                answered.run(); // an answer without a body, or none at all
            }
        };
        sim.afterResponseDelay(() -> {
            if (mayBlock(exchange, taskId)) {
                sim.offload(exchange, work);
            } else {
                KieSimulator.runAndClose(exchange, work);
            }
        });
    }

    private Runnable countAnsweredOnce() {
        AtomicBoolean counted = new AtomicBoolean();
        return () -> {
            if (counted.compareAndSet(false, true)) {
                sim.apiRequestAnswered();
            }
        };
    }

    /**
     * A request stops counting as held when the first byte of its answer goes out, not after the
     * exchange is closed: by then the client may already have read the answer and sent its next
     * request, which would be counted alongside one the client no longer waits for.
     */
    private static void countAnsweredAtFirstByte(HttpExchange exchange, Runnable answered) {
        exchange.setStreams(null, new FilterOutputStream(exchange.getResponseBody()) {
            @Override
            public void write(int b) throws IOException {
                answered.run();
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                answered.run();
                out.write(bytes, offset, length);
            }
        });
    }

    /** Request bodies and the answers that sleep or send megabytes are not written by the server's own thread. */
    private boolean mayBlock(HttpExchange exchange, String taskId) {
        return !"GET".equals(exchange.getRequestMethod())
                || taskId != null && switch (sim.behaviourOf(taskId)) {
                    case SLOW, JUNK_10MB, OVERSIZED_BODY -> true;
                    default -> false;
                };
    }

    private void answer(HttpExchange exchange, String path) throws IOException {
        if (!sim.acceptsAuthorization(exchange.getRequestHeaders().getFirst("Authorization"))) {
            Replies.error(exchange, 401, GlobalFault.UNAUTHORIZED.message);
            return;
        }
        GlobalFault fault = sim.globalFault();
        if (fault != GlobalFault.NONE) {
            Replies.error(exchange, fault.code, fault.message);
            return;
        }
        Route route = routes.get(path);
        if (route == null) {
            Replies.error(exchange, 404, "No such endpoint: " + exchange.getRequestMethod() + " " + path);
        } else if (requireMethod(exchange, route.method())) {
            route.endpoint().answer(exchange);
        }
    }

    private static String taskIdOf(HttpExchange exchange) {
        return queryParameter(exchange.getRequestURI().getRawQuery(), "taskId");
    }

    private void recordInfo(HttpExchange exchange, SimKind kind, String taskId) throws IOException {
        if (taskId == null || taskId.isBlank()) {
            Replies.error(exchange, 422, "taskId is required");
            return;
        }
        Behaviour behaviour = sim.behaviourOf(taskId);
        switch (behaviour) {
            case UNKNOWN_TASK -> unknownTask(exchange, kind);
            case INVALID_ID -> Replies.error(exchange, 422, "Invalid taskId format");
            case RATE_LIMITED -> rateLimited(exchange, true);
            case RATE_LIMITED_NO_RETRY_AFTER -> rateLimited(exchange, false);
            case SERVER_ERROR -> Replies.error(exchange, 500, GlobalFault.SERVER_ERROR.message);
            case HTML_BODY -> Replies.send(exchange, 200, "text/html; charset=utf-8", HTML_PAGE);
            case MALFORMED_BODY -> Replies.send(exchange, 200, "application/json", FaultBodies.truncatedRecord(taskId));
            case OVERSIZED_BODY -> Replies.send(exchange, 200, "application/json", FaultBodies.oversizedRecord(taskId));
            case SERVER_502 -> Replies.send(exchange, 502, "text/html; charset=utf-8", HTML_PAGE);
            case SERVER_503 -> Replies.send(exchange, 503, "text/plain", new byte[0]);
            case JSON_ARRAY_BODY -> Replies.send(exchange, 200, "application/json",
                    Replies.JSON.writeValueAsBytes(List.of(Replies.envelope(200, "success", null))));
            case DATA_NULL -> Replies.success(exchange, JsonNodeFactory.instance.nullNode());
            case DATA_WRONG_TYPE -> Replies.success(exchange, JsonNodeFactory.instance.textNode("running"));
            case JUNK_10MB -> FaultBodies.junk(exchange, JUNK_BYTES);
            case SLOW -> {
                sleep(sim.config().slowDelay().toMillis());
                answerRecord(exchange, kind, taskId, false);
            }
            case MODERATION_FAILURE -> answerRecord(exchange, kind, taskId, true);
            case LATE_RECORD -> {
                SimTask task = sim.task(taskId);
                if (task != null && sim.config().clock().instant().isBefore(task.createdAt().plus(Behaviour.LATE_RECORD_DELAY))) {
                    unknownTask(exchange, kind);
                } else {
                    answerRecord(exchange, kind, taskId, false);
                }
            }
            case NORMAL, CUT_DOWNLOAD, STALL_DOWNLOAD, FORBIDDEN_DOWNLOAD, CALLBACK_FAILED -> answerRecord(exchange, kind, taskId, false);
        }
    }

    /** kie.ai's answer for a well-formed ID it has no record of: 404, or Market's 422 "recordInfo is null". */
    private static void unknownTask(HttpExchange exchange, SimKind kind) throws IOException {
        if (kind.unknownIsRecordInfoNull()) {
            Replies.error(exchange, 422, "recordInfo is null");
        } else {
            Replies.error(exchange, 404, "Task not found");
        }
    }

    private void answerRecord(HttpExchange exchange, SimKind kind, String taskId, boolean moderated) throws IOException {
        if (!kind.acceptsIdFormat(taskId)) {
            Replies.error(exchange, 422, "Invalid taskId format");
            return;
        }
        SimTask task = sim.task(taskId);
        if (task == null || task.kind() != kind) {
            unknownTask(exchange, kind);
            return;
        }
        ObjectNode record = SimRecords.record(task, sim.config().clock().instant(), moderated, sim.baseUri().toString());
        LumaRecords.script(record, sim.behaviourOf(taskId), sim.files().isExpired(taskId + ".mp4"));
        Replies.success(exchange, sim.withOverrides(taskId, record));
    }

    private void generate(HttpExchange exchange) throws IOException {
        JsonNode body = readJson(exchange);
        String problem = GenerateRequest.problemWith(body);
        if (problem != null) {
            Replies.error(exchange, 422, problem);
            return;
        }
        String taskId = sim.addGeneratedTask(Replies.JSON.writeValueAsString(body));
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("taskId", taskId);
        Replies.success(exchange, data);
    }

    private void createTask(HttpExchange exchange) throws IOException {
        JsonNode body = readJson(exchange);
        String problem = CreateTaskRequest.problemWith(body);
        if (problem != null) {
            Replies.error(exchange, 422, problem);
            return;
        }
        JsonNode callBack = body.get("callBackUrl");
        String taskId = sim.addMarketTask(body.get("model").asText(), (ObjectNode) body.get("input"),
                callBack == null || callBack.isNull() ? null : callBack.asText());
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("taskId", taskId);
        Replies.success(exchange, data);
    }

    /** kie.ai answers 429 (with Retry-After) to the 21st creation within 10 s; nothing is queued. */
    private boolean withinCreationLimit(HttpExchange exchange) throws IOException {
        Duration wait = sim.takeCreationSlot();
        if (wait == null) {
            return true;
        }
        exchange.getResponseHeaders().set("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
        Replies.error(exchange, 429, "Too many new tasks: about 20 per 10 seconds are allowed, please try again later");
        return false;
    }

    private void downloadUrl(HttpExchange exchange) throws IOException {
        JsonNode body = readJson(exchange);
        JsonNode url = body == null ? null : body.get("url");
        String link = url != null && url.isTextual() ? sim.files().temporaryLinkFor(url.asText()) : null;
        if (link == null) {
            Replies.error(exchange, 422, "The url must be a file generated by kie.ai");
            return;
        }
        Replies.success(exchange, JsonNodeFactory.instance.textNode(link));
    }

    private static void rateLimited(HttpExchange exchange, boolean withRetryAfter) throws IOException {
        if (withRetryAfter) {
            exchange.getResponseHeaders().set("Retry-After", "2");
        }
        Replies.error(exchange, 429, "Too many requests, please slow down and try again later");
    }

    private static boolean requireMethod(HttpExchange exchange, String method) throws IOException {
        if (method.equals(exchange.getRequestMethod())) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        Replies.error(exchange, 405, "Method not allowed, use " + method);
        return false;
    }

    /** The body as JSON, or null when it is missing, too big or not JSON. */
    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_REQUEST_BODY + 1);
            if (bytes.length == 0 || bytes.length > MAX_REQUEST_BODY) {
                return null;
            }
            return Replies.JSON.readTree(bytes);
        } catch (JacksonException e) {
            return null;
        }
    }

    static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the simulator is shutting down", e);
        }
    }
}
