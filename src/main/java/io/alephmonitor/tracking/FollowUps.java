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
     * The extend request for a Veo or Runway task: the parent's {@code taskId} and the {@code prompt}, the two fields
     * both pages require (their examples add optional watermark, seeds, callback…, left to kie.ai's defaults).
     */
    public static CreateRequest extendRequest(TrackedTask parent, String prompt) {
        ObjectNode body = KieJson.MAPPER.createObjectNode().put("taskId", parent.taskId()).put("prompt", prompt);
        String path = KindIds.RUNWAY.equals(parent.kind()) ? "/api/v1/runway/extend" : "/api/v1/veo/extend";
        return new CreateRequest(parent.kind(), path, body);
    }
}
