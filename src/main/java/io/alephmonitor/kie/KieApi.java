package io.alephmonitor.kie;

import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.concurrent.CompletableFuture;

/**
 * The kie.ai calls the app makes. Implementations are thread-safe, block the calling thread
 * (call them from background executors only) and never throw for an HTTP or protocol problem:
 * every failure is an {@link ApiResult.Err} with a user-readable message.
 */
public interface KieApi {

    /**
     * Polls one task's record. A 404 answer is {@code Err(NOT_FOUND)} and a 422 is
     * {@code Err(INVALID_REQUEST)}; the engine turns those into the NotFound / InvalidId statuses.
     */
    ApiResult<TaskSnapshot> poll(TaskKind kind, String taskId);

    /**
     * {@link #poll} without holding a thread while the answer travels: the future completes (never
     * exceptionally) on the client's own threads, so many polls can be in flight at little cost.
     * Cancelling it drops the request. This default runs {@link #poll} on a virtual thread.
     */
    default CompletableFuture<ApiResult<TaskSnapshot>> pollAsync(TaskKind kind, String taskId) {
        return CompletableFuture.supplyAsync(() -> poll(kind, taskId), Thread::startVirtualThread);
    }

    /** The remaining credit balance ({@code GET /api/v1/chat/credit}). */
    ApiResult<Double> credits();

    /** A fresh temporary download link for a kie.ai result URL ({@code POST /api/v1/common/download-url}). */
    ApiResult<String> freshDownloadUrl(String resultUrl);

    /** Creates an Aleph task ({@code POST /api/v1/aleph/generate}) and returns its task ID. */
    ApiResult<String> generateAleph(AlephRequest request);

    /**
     * Creates a Market task ({@code POST /api/v1/jobs/createTask}, the endpoint every newer kie.ai
     * model shares) and returns its task ID.
     */
    ApiResult<String> createMarketTask(MarketRequest request);

    /**
     * Creates a task of any documented kind: POSTs the request's body to its path and returns the
     * task ID of the answer's {@code data.taskId}. Errors are mapped as for every call (402 not
     * enough credits, 422 with kie.ai's message, 429 with its wait). This default refuses, for
     * clients that cannot create.
     */
    default ApiResult<String> create(CreateRequest request) {
        return ApiResult.err(ApiErrors.forCode(505, "This client cannot create tasks", null));
    }

    /**
     * Asks for a finished Veo video in a higher resolution: Get 1080P ({@code GET /api/v1/veo/get-1080p-video?taskId=&index=},
     * answering {@code data.resultUrl}) or Get 4K ({@code POST /api/v1/veo/get-4k-video} with {@code taskId, index}, answering
     * {@code data.resultUrls}, null while kie.ai is still making it). Ok with the link when ready, Ok empty when accepted but
     * not ready; kie.ai answers non-200 (422 "4k is processing"…) until it is ready, so callers ask again, paced
     * ({@code tracking/HdVideoFetch}). This default refuses, for clients that cannot ask.
     */
    default ApiResult<java.util.Optional<String>> hdVideo(HdVideo which, String taskId, int index) {
        return ApiResult.err(ApiErrors.forCode(505, "This client cannot ask for a 1080p or 4K video", null));
    }

    /** Veo's two higher-resolution follow-ups. */
    enum HdVideo {
        /** Get 1080P: no extra credits. */
        HD_1080P,
        /** Get 4K: extra credits (about two Fast-mode generations, by kie.ai's page). */
        UHD_4K
    }

    /** The fields of an Aleph generate request; null fields are left out of the body. */
    record AlephRequest(String prompt, String videoUrl, String callBackUrl, String waterMark,
                        Boolean uploadCn, String aspectRatio, Long seed, String referenceImage) {
    }

    /**
     * A Market createTask request: the model id (e.g. {@code kling-2.6/text-to-video}), its
     * model-specific {@code input} object, and an optional callback URL (left out when null).
     */
    record MarketRequest(String model, ObjectNode input, String callBackUrl) {
    }
}
