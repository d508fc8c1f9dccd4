package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Each kind's record {@code data} at a moment, field for field like kie.ai's documented examples:
 * running until the task's completion time, then success (or failure when {@code failed}).
 */
final class SimRecords {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private SimRecords() {
    }

    static ObjectNode record(SimTask task, Instant now, boolean failed, String baseUri) {
        boolean done = task.doneAt(now, failed);
        return switch (task.kind()) {
            case ALEPH -> aleph(task, done, failed, baseUri);
            case VEO -> veo(task, done, failed, baseUri);
            case RUNWAY -> runway(task, now, done, failed, baseUri);
            case FLUX_KONTEXT -> flux(task, done, failed, baseUri);
            case GPT4O_IMAGE -> gpt4o(task, now, done, failed, baseUri);
            case MIDJOURNEY -> midjourney(task, done, failed, baseUri);
            case MARKET -> market(task, now, done, failed, baseUri);
            case SUNO, SUNO_VIDEO, SUNO_WAV, SUNO_STEMS, SUNO_MIDI, SUNO_LYRICS, SUNO_COVER ->
                    SunoRecords.record(task, now, failed, baseUri);
            case LUMA -> LumaRecords.record(task, done, failed, baseUri);
        };
    }

    /** The URLs a finished task's results are served under ({@code /files/<id>[_n].mp4|png|mp3}). */
    static List<String> resultUrls(SimTask task, String baseUri) {
        String extension = task.resultExtension();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < task.results(); i++) {
            urls.add(baseUri + FileHandler.PREFIX + task.id() + (i == 0 ? "" : "_" + i) + extension);
        }
        return urls;
    }

    private static ObjectNode aleph(SimTask task, boolean done, boolean failed, String baseUri) {
        ObjectNode data = JSON.objectNode();
        data.put("taskId", task.id());
        data.put("paramJson", task.paramJson());
        if (done) {
            ObjectNode response = data.putObject("response");
            response.put("taskId", task.id());
            response.put("resultVideoUrl", baseUri + FileHandler.PREFIX + task.id() + ".mp4");
            response.put("resultImageUrl", baseUri + FileHandler.PREFIX + task.id() + ".png");
            data.put("completeTime", iso(task.completesAt()));
        } else {
            data.putNull("response");
            data.putNull("completeTime");
        }
        data.put("createTime", iso(task.createdAt()));
        data.put("successFlag", done ? 1 : 0);
        data.put("errorCode", failed ? 400 : 0);
        data.put("errorMessage", failed ? SimTask.MODERATION_MESSAGE : "");
        return data;
    }

    private static ObjectNode veo(SimTask task, boolean done, boolean failed, String baseUri) {
        ObjectNode data = JSON.objectNode();
        data.put("taskId", task.id());
        data.put("paramJson", task.paramJson());
        data.put("completeTime", done ? local(task.completesAt()) : null);
        if (done) {
            ObjectNode response = data.putObject("response");
            response.put("taskId", task.id());
            strings(response.putArray("resultUrls"), resultUrls(task, baseUri));
            response.putArray("originUrls");
            response.put("resolution", "1080p");
        } else {
            data.putNull("response");
        }
        flags(data, done, failed, failed ? 3 : 0);
        data.put("createTime", local(task.createdAt()));
        data.put("fallbackFlag", false);
        return data;
    }

    private static ObjectNode runway(SimTask task, Instant now, boolean done, boolean failed, String baseUri) {
        ObjectNode data = JSON.objectNode();
        data.put("taskId", task.id());
        data.put("parentTaskId", "");
        ObjectNode param = data.putObject("generateParam");
        param.put("prompt", task.prompt());
        param.put("imageUrl", task.imageUrl());
        param.put("expandPrompt", true);
        String state = failed ? "fail" : done ? "success"
                : now.isBefore(task.createdAt().plusSeconds(5)) ? "wait" : "generating";
        data.put("state", state);
        data.put("generateTime", local(task.createdAt()));
        if (done) {
            ObjectNode video = data.putObject("videoInfo");
            video.put("videoId", task.id());
            video.put("taskId", task.id());
            video.put("videoUrl", baseUri + FileHandler.PREFIX + task.id() + ".mp4");
            video.put("imageUrl", baseUri + FileHandler.PREFIX + task.id() + ".png");
        } else {
            data.putNull("videoInfo");
        }
        data.put("failCode", failed ? 400 : 0);
        data.put("failMsg", failed ? SimTask.MODERATION_MESSAGE : "");
        data.put("expireFlag", 0);
        return data;
    }

    private static ObjectNode flux(SimTask task, boolean done, boolean failed, String baseUri) {
        ObjectNode data = JSON.objectNode();
        data.put("taskId", task.id());
        data.put("paramJson", task.paramJson());
        data.put("completeTime", done ? iso(task.completesAt()) : null);
        if (done) {
            ObjectNode response = data.putObject("response");
            response.put("originImageUrl", task.imageUrl());
            response.put("resultImageUrl", resultUrls(task, baseUri).getFirst());
        } else {
            data.putNull("response");
        }
        flags(data, done, failed, failed ? 3 : 0);
        data.put("createTime", iso(task.createdAt()));
        return data;
    }

    private static ObjectNode gpt4o(SimTask task, Instant now, boolean done, boolean failed, String baseUri) {
        ObjectNode data = JSON.objectNode();
        data.put("taskId", task.id());
        data.put("paramJson", task.paramJson());
        if (done) {
            data.put("completeTime", task.completesAt().toEpochMilli());
            strings(data.putObject("response").putArray("resultUrls"), resultUrls(task, baseUri));
        } else {
            data.putNull("completeTime");
            data.putNull("response");
        }
        flags(data, done, failed, failed ? 3 : 0);
        data.put("status", failed ? "GENERATE_FAILED" : done ? "SUCCESS" : "GENERATING");
        data.put("createTime", task.createdAt().toEpochMilli());
        data.put("progress", String.format(java.util.Locale.ROOT, "%.2f", progress(task, now, done)));
        return data;
    }

    private static ObjectNode midjourney(SimTask task, boolean done, boolean failed, String baseUri) {
        ObjectNode data = JSON.objectNode();
        data.put("taskId", task.id());
        data.put("taskType", "mj_txt2img");
        data.put("paramJson", task.paramJson());
        data.put("completeTime", done ? iso(task.completesAt()) : null);
        if (done) {
            ArrayNode urls = data.putObject("resultInfoJson").putArray("resultUrls");
            resultUrls(task, baseUri).forEach(url -> urls.addObject().put("resultUrl", url));
        } else {
            data.putNull("resultInfoJson");
        }
        flags(data, done, failed, failed ? 3 : 0);
        data.put("createTime", iso(task.createdAt()));
        return data;
    }

    private static ObjectNode market(SimTask task, Instant now, boolean done, boolean failed, String baseUri) {
        ObjectNode data = JSON.objectNode();
        data.put("taskId", task.id());
        data.put("model", task.model());
        data.put("state", failed ? "fail" : done ? "success"
                : now.isBefore(task.createdAt().plusSeconds(5)) ? "waiting" : "generating");
        data.put("param", task.paramJson());
        ObjectNode result = JSON.objectNode();
        if (task.makesText()) { // text models answer an object, not links (the Market "Get Task Details" page)
            result.putObject("resultObject").put("model", task.model())
                    .put("text", "A short answer to: " + (task.prompt() == null ? "" : task.prompt()))
                    .putObject("usage").put("input_tokens", 12).put("output_tokens", 48);
        } else {
            strings(result.putArray("resultUrls"), resultUrls(task, baseUri));
        }
        data.put("resultJson", done ? result.toString() : "");
        if (!done && task.reportsProgress()) { // "progress" 0–100, returned for some models (sora2)
            data.put("progress", (int) Math.round(100 * progress(task, now, false)));
        }
        data.put("failCode", failed ? "400" : "");
        data.put("failMsg", failed ? SimTask.MODERATION_MESSAGE : "");
        data.put("completeTime", done ? task.completesAt().toEpochMilli() : 0);
        data.put("createTime", task.createdAt().toEpochMilli());
        data.put("updateTime", (done ? task.completesAt() : now).toEpochMilli());
        return data;
    }

    /** The request as each kind's record carries it. */
    static String paramJson(SimKind kind, String prompt, String imageUrl, String model) {
        ObjectNode params = JSON.objectNode();
        switch (kind) {
            case ALEPH, RUNWAY -> params.put("prompt", prompt).put("imageUrl", imageUrl);
            case VEO -> strings(params.put("prompt", prompt).putArray("imageUrls"), imageUrl == null ? List.of() : List.of(imageUrl));
            case FLUX_KONTEXT -> params.put("prompt", prompt).put("inputImage", imageUrl).put("aspectRatio", "16:9");
            case GPT4O_IMAGE -> strings(params.put("prompt", prompt).put("size", "1:1").putArray("filesUrl"),
                    imageUrl == null ? List.of() : List.of(imageUrl));
            case MIDJOURNEY -> params.put("prompt", prompt).put("fileUrl", imageUrl == null ? "" : imageUrl)
                    .put("taskType", "mj_txt2img").put("version", "7").put("aspectRatio", "16:9");
            case SUNO, SUNO_LYRICS -> SunoRecords.param(params, prompt, kind == SimKind.SUNO);
            case LUMA -> params.put("callBackUrl", "https://example.com/callback").put("prompt", prompt)
                    .put("videoUrl", imageUrl).put("waterMark", "");
            case MARKET -> {
                params.put("model", model);
                ObjectNode input = params.putObject("input").put("prompt", prompt).put("aspect_ratio", "16:9");
                if (imageUrl != null) {
                    input.putArray("image_urls").add(imageUrl);
                }
            }
        }
        return params.toString();
    }

    static void flags(ObjectNode data, boolean done, boolean failed, int failedFlag) {
        data.put("successFlag", done ? 1 : failed ? failedFlag : 0);
        if (failed) {
            data.put("errorCode", 400);
            data.put("errorMessage", SimTask.MODERATION_MESSAGE);
        } else {
            data.putNull("errorCode");
            data.put("errorMessage", "");
        }
    }

    private static double progress(SimTask task, Instant now, boolean done) {
        if (done) {
            return 1;
        }
        long total = Math.max(1, Duration.between(task.createdAt(), task.completesAt()).toMillis());
        long elapsed = Math.max(0, Duration.between(task.createdAt(), now).toMillis());
        return Math.min(0.99, (double) elapsed / total);
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    // kie.ai's styles: "2023-08-15T14:25:00Z" (Aleph, Flux, Midjourney) and "2025-06-06 10:30:00" (Veo, Runway)
    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String local(Instant instant) {
        return LOCAL.format(instant);
    }
}
