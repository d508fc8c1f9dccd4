package io.alephmonitor.tracking;

import io.alephmonitor.kie.CreateRequest;
import io.alephmonitor.kie.KieApi.HdVideo;
import io.alephmonitor.kie.KieJson;
import io.alephmonitor.model.FollowUp;
import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TrackedTask;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Starts a documented follow-up of a tracked task ({@link FollowUp}) and says in a sentence how it went: an
 * extension is a create call (Veo {@code POST /api/v1/veo/extend}, Runway {@code POST /api/v1/runway/extend}) under
 * the creation limit, tracked as a child; Get 1080P / Get 4K are asked for at kie.ai's pace ({@link HdVideoFetch}).
 * The 4K cost is asked about by the UI before this is called.
 */
public final class FollowUps {

    private final TaskCreator creator;
    private final HdVideoFetch hdVideos;

    public FollowUps(TaskCreator creator, HdVideoFetch hdVideos) {
        this.creator = Objects.requireNonNull(creator, "creator");
        this.hdVideos = Objects.requireNonNull(hdVideos, "hdVideos");
    }

    /**
     * Starts {@code which} on {@code parent}; the future completes (never exceptionally) with a sentence for the
     * user once the child is tracked or nothing came of it. {@code prompt} is how an extension goes on.
     */
    public CompletableFuture<String> start(FollowUp which, TrackedTask parent, String prompt) {
        if (!FollowUp.offeredFor(parent).contains(which)) {
            return CompletableFuture.completedFuture(which.label() + " is not offered for this task.");
        }
        return switch (which) {
            case EXTEND -> {
                if (prompt == null || prompt.isBlank()) {
                    yield CompletableFuture.completedFuture("Write how the video goes on, then extend it.");
                }
                yield creator.create(extendRequest(parent, prompt.strip()),
                                new TaskOrigin(parent.taskId(), TaskOrigin.Relation.EXTENDED))
                        .thenApply(outcome -> switch (outcome) {
                            case TaskCreator.Outcome.Created created ->
                                    "Extending — the new task " + created.taskId() + " is tracked.";
                            case TaskCreator.Outcome.Refused refused -> refused.message();
                        });
            }
            case SUNO_WAV, SUNO_STEMS, SUNO_VIDEO -> {
                if (prompt == null || prompt.isBlank()) {
                    yield CompletableFuture.completedFuture("kie.ai needs a callback address for Suno's tools — enter one.");
                }
                yield creator.create(sunoToolRequest(parent, which, prompt.strip()),
                                new TaskOrigin(parent.taskId(), TaskOrigin.Relation.DERIVED))
                        .thenApply(outcome -> switch (outcome) {
                            case TaskCreator.Outcome.Created created -> "Sent — the new task " + created.taskId() + " is tracked.";
                            case TaskCreator.Outcome.Refused refused -> refused.message();
                        });
            }
            case GET_1080P -> hd(parent, HdVideo.HD_1080P);
            case GET_4K -> hd(parent, HdVideo.UHD_4K);
        };
    }

    /** Whether Get 1080P / Get 4K is being asked for this task now. */
    public boolean fetching(String taskId, FollowUp which) {
        return which != FollowUp.EXTEND && hdVideos.isRunning(taskId,
                which == FollowUp.GET_1080P ? HdVideo.HD_1080P : HdVideo.UHD_4K);
    }

    private CompletableFuture<String> hd(TrackedTask parent, HdVideo which) {
        return hdVideos.fetch(parent, which).thenApply(outcome -> switch (outcome) {
            case HdVideoFetch.Outcome.Ready ready -> "The " + HdVideoFetch.words(which) + " video is ready: "
                    + ready.child().taskId() + ".";
            case HdVideoFetch.Outcome.GaveUp gaveUp -> gaveUp.message();
        });
    }

    /**
     * A Suno tool's request for the song's first track: {@code taskId}, {@code audioId} and the {@code callBackUrl} kie.ai
     * requires (the app polls either way): WAV {@code POST /api/v1/wav/generate}, vocal separation
     * {@code POST /api/v1/vocal-removal/generate} ({@code type} separate_vocal, the page's default), music video
     * {@code POST /api/v1/mp4/generate}; tracked as that tool's kind.
     */
    public static CreateRequest sunoToolRequest(TrackedTask parent, FollowUp which, String callBackUrl) {
        ObjectNode body = KieJson.MAPPER.createObjectNode().put("taskId", parent.taskId())
                .put("audioId", FollowUp.firstTrackId(parent)).put("callBackUrl", callBackUrl);
        return switch (which) {
            case SUNO_WAV -> new CreateRequest(KindIds.SUNO_WAV, "/api/v1/wav/generate", body);
            case SUNO_STEMS -> new CreateRequest(KindIds.SUNO_STEMS, "/api/v1/vocal-removal/generate",
                    body.put("type", "separate_vocal"));
            case SUNO_VIDEO -> new CreateRequest(KindIds.SUNO_VIDEO, "/api/v1/mp4/generate", body);
            default -> throw new IllegalArgumentException(which + " is not one of Suno's tools");
        };
    }

    /**
     * The extend request for a Veo or Runway task: the parent's {@code taskId} and the {@code prompt}, the two fields
     * both pages require (their examples add optional watermark, seeds, callback…, left to kie.ai's defaults).
     */
    public static CreateRequest extendRequest(TrackedTask parent, String prompt) {
        ObjectNode body = KieJson.MAPPER.createObjectNode().put("taskId", parent.taskId()).put("prompt", prompt);
        String path = KindIds.RUNWAY.equals(parent.kind()) ? "/api/v1/runway/extend" : "/api/v1/veo/extend";
        return new CreateRequest(parent.kind(), path, body);
    }
}
