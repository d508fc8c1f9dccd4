package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Veo's Get 1080P and Get 4K, as kie.ai's pages describe them
 * (https://docs.kie.ai/veo3-api/get-veo-3-1080-p-video, https://docs.kie.ai/veo3-api/get-veo-3-4k-video): only a
 * finished Veo video has them; until it is ready the endpoint answers non-200 (4K: 422 "4k is processing…", after
 * a first 200 with {@code resultUrls: null} that accepts the request); then 1080P answers {@code data.resultUrl}
 * and 4K {@code data.resultUrls}. How many not-ready answers come first is scripted per task (2 by default).
 */
public final class SimFollowUps {

    static final String GET_1080P = "/api/v1/veo/get-1080p-video";
    static final String GET_4K = "/api/v1/veo/get-4k-video";
    /** Not-ready answers before a task's higher-resolution video is ready, when not scripted. */
    static final int DEFAULT_NOT_READY = 2;

    private final KieSimulator sim;
    private final Map<String, Integer> notReadyLeft = new ConcurrentHashMap<>();
    private final Map<String, List<Instant>> asked = new ConcurrentHashMap<>();

    SimFollowUps(KieSimulator sim) {
        this.sim = sim;
    }

    /** Answers this many not-ready replies to each of the task's 1080P and 4K asks before the video is ready. */
    public void notReadyTimes(String taskId, int times) {
        notReadyLeft.put(taskId + "/1080p", times);
        notReadyLeft.put(taskId + "/4k", times);
    }

    /** When (by the simulator's clock) the task's 1080P or 4K ({@code "1080p"}, {@code "4k"}) video was asked for. */
    public List<Instant> askedAt(String taskId, String resolution) {
        return List.copyOf(asked.getOrDefault(taskId + "/" + resolution, List.of()));
    }

    void get1080p(HttpExchange exchange) throws IOException {
        String taskId = ApiHandler.queryParameter(exchange.getRequestURI().getRawQuery(), "taskId");
        if (refused(exchange, taskId, "1080p")) {
            return;
        }
        if (notReadyYet(taskId + "/1080p")) {
            Replies.error(exchange, 422, "1080P is processing. It should be ready in 1-3 minutes. Please check back shortly.");
            return;
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("resultUrl", videoUrl(taskId, "1080"));
        Replies.success(exchange, data);
    }

    void get4k(HttpExchange exchange, JsonNode body) throws IOException {
        String taskId = body == null ? null : body.path("taskId").asText(null);
        if (refused(exchange, taskId, "4k")) {
            return;
        }
        boolean first = asked.get(taskId + "/4k").size() == 1;
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("taskId", taskId);
        if (first || notReadyYet(taskId + "/4k")) {
            data.putNull("resultUrls");
            data.putNull("imageUrls");
            if (first) {
                Replies.success(exchange, data);
            } else {
                Replies.send(exchange, 200, "application/json", Replies.JSON.writeValueAsBytes(Replies.envelope(422,
                        "4k is processing. It should be ready in 5-10 minutes. Please check back shortly.", data)));
            }
            return;
        }
        data.putArray("resultUrls").add(videoUrl(taskId, "2160"));
        data.putArray("imageUrls");
        Replies.success(exchange, data);
    }

    /** Counts the ask; refuses (422) a task that is not a finished Veo video. */
    private boolean refused(HttpExchange exchange, String taskId, String resolution) throws IOException {
        if (taskId == null || taskId.isBlank()) {
            Replies.error(exchange, 422, "taskId is required");
            return true;
        }
        asked.computeIfAbsent(taskId + "/" + resolution, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(sim.config().clock().instant());
        SimTask task = sim.task(taskId);
        if (task == null || task.kind() != SimKind.VEO) {
            Replies.error(exchange, 422, "The task does not exist or is not a Veo video task");
            return true;
        }
        if (!task.doneAt(sim.config().clock().instant(), false)) {
            Replies.error(exchange, 422, "Only successfully generated videos can be upgraded; this one is still generating");
            return true;
        }
        return false;
    }

    private boolean notReadyYet(String key) {
        int left = notReadyLeft.getOrDefault(key, DEFAULT_NOT_READY);
        notReadyLeft.put(key, Math.max(0, left - 1));
        return left > 0;
    }

    private String videoUrl(String taskId, String height) {
        return sim.baseUri() + FileHandler.PREFIX + taskId + "_" + height + ".mp4";
    }
}
