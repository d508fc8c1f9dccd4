package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;

/** Writes kie.ai's {@code {code, msg, data}} envelope and other bodies onto an exchange. */
final class Replies {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    private Replies() {
    }

    /** HTTP 200, {@code code} 200, "success" and this data. */
    static void success(HttpExchange exchange, JsonNode data) throws IOException {
        send(exchange, 200, JSON_TYPE, JSON.writeValueAsBytes(envelope(200, "success", data)));
    }

    /** Like kie.ai: the HTTP status and the body's {@code code} carry the same error. */
    static void error(HttpExchange exchange, int code, String message) throws IOException {
        send(exchange, code, JSON_TYPE, JSON.writeValueAsBytes(envelope(code, message, null)));
    }

    static ObjectNode envelope(int code, String message, JsonNode data) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("code", code);
        body.put("msg", message);
        body.set("data", data == null ? JsonNodeFactory.instance.nullNode() : data);
        return body;
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // Length 0 would mean "chunked" to HttpServer; -1 means "no body".
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
