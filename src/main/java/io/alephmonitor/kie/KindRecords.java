package io.alephmonitor.kie;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskStatus;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The record-reading rules several kinds share: the successFlag convention (0 running, 1 done,
 * anything else failed), URL lists in their various shapes, typing results and reading progress.
 * Like {@link LenientJson}, nothing here throws on odd input.
 */
final class KindRecords {

    /** The notice of a success whose answer held no result link. */
    static final String NO_LINK_NOTICE = "kie.ai says the video was made, but its answer held no link to it.";

    private KindRecords() {
    }

    /**
     * The successFlag convention of Aleph, Veo, Flux Kontext and Midjourney: 1 is success; 0 (or no
     * usable flag) is failure when errorCode ≠ 0 or errorMessage is non-empty, else still running;
     * any other value (2 create failed, 3 generation failed) is failure.
     */
    static TaskStatus flagStatus(JsonNode data, Supplier<TaskStatus.Succeeded> success) {
        Long successFlag = LenientJson.whole(data, "successFlag");
        Long errorCode = LenientJson.whole(data, "errorCode");
        String errorMessage = LenientJson.text(data, "errorMessage");
        boolean errorReported = (errorCode != null && errorCode != 0) || errorMessage != null;

        if (successFlag != null && successFlag == 1) {
            return success.get();
        }
        if (successFlag == null || successFlag == 0) {
            return errorReported ? failed(errorCode, errorMessage, String.valueOf(successFlag)) : new TaskStatus.Running();
        }
        return failed(errorCode, errorMessage, String.valueOf(successFlag));
    }

    /** A failure with kie.ai's own code and message where it gave them. */
    static TaskStatus.Failed failed(Long errorCode, String errorMessage, String state) {
        int code = errorCode == null || errorCode != errorCode.intValue() ? 0 : errorCode.intValue();
        String message = errorMessage != null ? errorMessage
                : code != 0 ? "kie.ai reports that the generation failed (error code " + code + ")."
                : "kie.ai reports that the generation failed (status " + state + ").";
        return new TaskStatus.Failed(code, message);
    }

    /**
     * The URLs in {@code node}: an array of strings, an array of objects holding {@code field}
     * (Midjourney's {@code [{"resultUrl": …}]}), or a single string. Blank and non-text entries are
     * skipped; never null.
     */
    static List<String> urls(JsonNode node, String field) {
        List<String> urls = new ArrayList<>();
        if (node == null || node.isNull()) {
            return urls;
        }
        if (node.isTextual()) {
            addIfText(urls, node);
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                addIfText(urls, item.isObject() && field != null ? item.get(field) : item);
            }
        }
        return urls;
    }

    private static void addIfText(List<String> urls, JsonNode node) {
        if (node != null && node.isTextual() && !node.asText().isBlank()) {
            urls.add(node.asText().strip());
        }
    }

    /**
     * Success for kinds whose results may be of any type: each link typed by its file name, or
     * left untyped (its answer's Content-Type decides later); every URL stays in {@code resultUrls}.
     */
    static TaskStatus.Succeeded mixedResults(List<String> urls, Instant completedAt) {
        return TaskStatus.Succeeded.of(urls.stream().map(url -> ResultFile.ofUrl(url, null)).toList(), completedAt);
    }

    /** Success for image-only kinds: every link an image (a video by its file name), the first as the picture. */
    static TaskStatus.Succeeded imageResults(List<String> urls, Instant completedAt) {
        return TaskStatus.Succeeded.of(urls.stream().map(url -> ResultFile.ofUrl(url, ResultType.IMAGE)).toList(), completedAt);
    }

    /**
     * How far along a task is, 0 to 1, from a progress field given as 0–100 ({@code percent}) or
     * 0–1 (a number or its text, 4o Image's "0.45"); null when absent or unreadable.
     */
    static Double progress(JsonNode data, String field, boolean percent) {
        JsonNode node = field(data, field);
        if (node == null || node.isNull()) {
            return null;
        }
        java.math.BigDecimal value = LenientJson.decimal(node);
        if (value == null) {
            return null;
        }
        double fraction = percent ? value.doubleValue() / 100.0 : value.doubleValue();
        return Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : null;
    }

    /** The field of an object node, or null. */
    static JsonNode field(JsonNode data, String name) {
        return data == null || !data.isObject() ? null : data.get(name);
    }
}
