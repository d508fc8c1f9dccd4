package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The broken answers scripted behaviours send: a record cut in half, one of 2 MB, a stream of junk. */
final class FaultBodies {

    private FaultBodies() {
    }

    static byte[] truncatedRecord(String taskId) throws IOException {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("taskId", taskId);
        data.put("paramJson", "{\"prompt\":\"A lighthouse in a storm\"}");
        byte[] whole = Replies.JSON.writeValueAsBytes(Replies.envelope(200, "success", data));
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** Streams generated junk; the client is expected to hang up part-way, which is not an error here. */
    static void junk(HttpExchange exchange, long size) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, size);
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) ('!' + i % 90);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < size; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
            }
        } catch (IOException clientHungUp) {
            // a capped client drops the connection once it has read enough
        }
    }

    static byte[] oversizedRecord(String taskId) {
        String head = "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"" + taskId + "\",\"paramJson\":\"";
        String tail = "\"}}";
        byte[] body = new byte[2 * 1024 * 1024 + head.length() + tail.length()];
        Arrays.fill(body, (byte) 'x');
        System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, body, 0, head.length());
        System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, body, body.length - tail.length(), tail.length());
        return body;
    }
}
