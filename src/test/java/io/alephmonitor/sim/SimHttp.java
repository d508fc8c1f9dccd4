package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP calls against a running simulator, the way a kie.ai client makes them. */
final class SimHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final KieSimulator sim;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SimHttp(KieSimulator sim) {
        this.sim = sim;
    }

    HttpResponse<String> recordInfo(String taskId) {
        return get(ApiHandler.RECORD_INFO + "?taskId=" + taskId, sim.apiKey());
    }

    JsonNode recordData(String taskId) {
        HttpResponse<String> response = recordInfo(taskId);
        JsonNode body = json(response);
        if (body.path("code").asInt() != 200) {
            throw new AssertionError("expected code 200 but got " + response.body());
        }
        return body.get("data");
    }

    HttpResponse<String> get(String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(resolve(path))
                .header("Authorization", "Bearer " + sim.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> file(String pathOrUrl, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return client;
    }

    URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(sim.baseUri() + pathOrUrl);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
