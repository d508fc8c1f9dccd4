package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.KieApi.HdVideo;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Veo's Get 1080P and Get 4K, asked again at kie.ai's pace until the video is ready: the pages say the endpoint
 * answers non-200 until then and to retry every 20–30 s (1080P, ready in 1–3 minutes) or 30 s and more (4K, 5–10
 * minutes). Never a tight loop: every try after the first waits {@link #pace} on the injected {@link Timer}. The
 * ready video becomes a tracked, finished task ({@code <parent>_1080p} / {@code <parent>_4k}: a short ID that differs from the parent's, its parent's kind and
 * parameters) linked to its parent; while it is asked for, {@link Progress} says how it goes.
 */
public final class HdVideoFetch {

    /** Between two asks for a 1080P video (the docs: 20–30 s). */
    public static final Duration PACE_1080P = Duration.ofSeconds(25);
    /** Between two asks for a 4K video (the docs: 30 s or more). */
    public static final Duration PACE_4K = Duration.ofSeconds(30);
    /** Asks before giving up (about 17 minutes for 1080P, 20 for 4K: well past the documented times). */
    public static final int MOST_TRIES = 40;

    /** Runs work after a delay, off the caller's thread; the app's is a scheduled executor, tests' a fake clock. */
    @FunctionalInterface
    public interface Timer {
        void after(Duration delay, Runnable work);
    }

    /** How an ask went while the video is not ready yet: tries so far and when the next one goes. */
    @FunctionalInterface
    public interface Progress {
        void notReady(String parentId, HdVideo which, int tries, Instant nextTry);
    }

    /** What a fetch came to. */
    public sealed interface Outcome {
        /** The video is ready and tracked as {@code child}. */
        record Ready(TrackedTask child) implements Outcome {
        }

        /** No video; {@code message} says why and what to do. */
        record GaveUp(String message) implements Outcome {
        }
    }

    private final Supplier<KieApi> api;
    private final Timer timer;
    private final Clock clock;
    private final Consumer<TrackedTask> track;
    private final Progress progress;
    private final Map<String, CompletableFuture<Outcome>> running = new ConcurrentHashMap<>();

    /**
     * @param track    given the ready video's task to track (the tracker's {@code importTasks})
     * @param progress told of each not-ready answer (on the timer's thread)
     */
    public HdVideoFetch(Supplier<KieApi> api, Timer timer, Clock clock, Consumer<TrackedTask> track, Progress progress) {
        this.api = Objects.requireNonNull(api, "api");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.track = Objects.requireNonNull(track, "track");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The wait between two asks. */
    public static Duration pace(HdVideo which) {
        return which == HdVideo.HD_1080P ? PACE_1080P : PACE_4K;
    }

    /** The ID the ready video is tracked under. */
    public static String childId(String parentId, HdVideo which) {
        return parentId + (which == HdVideo.HD_1080P ? "_1080p" : "_4k");
    }

    /**
     * Starts asking for the parent's first video in 1080p or 4K (a fetch already running for it is returned, not
     * started twice). The future completes on the timer's thread, never exceptionally.
     */
    public CompletableFuture<Outcome> fetch(TrackedTask parent, HdVideo which) {
        String key = childId(parent.taskId(), which);
        CompletableFuture<Outcome> fresh = new CompletableFuture<>();
        CompletableFuture<Outcome> existing = running.putIfAbsent(key, fresh);
        if (existing != null) {
            return existing;
        }
        timer.after(Duration.ZERO, () -> ask(parent, which, 1, fresh));
        return fresh;
    }

    /** Whether a fetch for this parent's 1080p or 4K video is under way. */
    public boolean isRunning(String parentId, HdVideo which) {
        return running.containsKey(childId(parentId, which));
    }

    private void ask(TrackedTask parent, HdVideo which, int tries, CompletableFuture<Outcome> future) {
        // no longer running before anyone hears the outcome, so whoever looks again then sees it done
        Consumer<Outcome> outcome = done -> {
            running.remove(childId(parent.taskId(), which), future);
            future.complete(done);
        };
        try {
            KieApi client = api.get();
            if (client == null) {
                outcome.accept(new Outcome.GaveUp("No API key is set — open Settings to enter your kie.ai API key."));
                return;
            }
            switch (client.hdVideo(which, parent.taskId(), 0)) {
                case ApiResult.Ok<Optional<String>>(Optional<String> link) when link.isPresent() ->
                        outcome.accept(new Outcome.Ready(trackReady(parent, which, link.get())));
                case ApiResult.Err<Optional<String>>(ApiError error) when final_(error) ->
                        outcome.accept(new Outcome.GaveUp(error.userMessage()));
                default -> {
                    if (tries >= MOST_TRIES) {
                        outcome.accept(new Outcome.GaveUp("kie.ai still has no " + words(which) + " video after "
                                + tries + " tries — try again later."));
                        return;
                    }
                    Duration wait = pace(which);
                    progress.notReady(parent.taskId(), which, tries, clock.instant().plus(wait));
                    timer.after(wait, () -> ask(parent, which, tries + 1, future));
                }
            }
        } catch (RuntimeException unexpected) {
            outcome.accept(new Outcome.GaveUp("The " + words(which) + " video could not be asked for: " + unexpected));
        }
    }

    /** Answers no retry changes: the key is wrong or the credits are gone. */
    private static boolean final_(ApiError error) {
        return error.kind() == ApiError.Kind.UNAUTHORIZED || error.kind() == ApiError.Kind.NO_CREDITS;
    }

    private TrackedTask trackReady(TrackedTask parent, HdVideo which, String link) {
        Instant now = clock.instant();
        TaskStatus status = TaskStatus.Succeeded.of(List.of(new ResultFile.Video(link, null)), now);
        TrackedTask child = new TrackedTask(childId(parent.taskId(), which), parent.kind(), now, status, parent.params(),
                now, now, null, now, null, null, null, null, null, null,
                new TaskOrigin(parent.taskId(), which == HdVideo.HD_1080P
                        ? TaskOrigin.Relation.HD_1080P : TaskOrigin.Relation.UHD_4K));
        track.accept(child);
        return child;
    }

    /**
     * These IDs without the 1080p / 4K copies among the tracked tasks: a copy has no record of its own, so "Check
     * again" would only turn its video into "Not found".
     */
    static List<String> withRecords(java.util.Collection<String> taskIds, List<TrackedTask> tracked) {
        java.util.Set<String> copies = new java.util.HashSet<>();
        for (TrackedTask task : tracked) {
            if (task.origin() != null && task.origin().hasNoRecordOfItsOwn()) {
                copies.add(task.taskId());
            }
        }
        return taskIds.stream().filter(id -> !copies.contains(id)).toList();
    }

    static String words(HdVideo which) {
        return which == HdVideo.HD_1080P ? "1080p" : "4K";
    }
}
