package io.alephmonitor.tracking;

import io.alephmonitor.kie.CreateRequest;
import io.alephmonitor.kie.KieApi.HdVideo;
import io.alephmonitor.kie.KieJson;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Veo's and Runway's follow-ups over real HTTP against the simulator, on a fake clock and timer:
 * Get 1080P (https://docs.kie.ai/veo3-api/get-veo-3-1080-p-video: non-200 until ready, retry every 20–30 s),
 * Get 4K (https://docs.kie.ai/veo3-api/get-veo-3-4k-video: accepted first, 422 "4k is processing" until ready,
 * retry 30 s and more), Veo Extend (https://docs.kie.ai/cn/veo3-api/extend-video) and Runway Extend
 * (https://docs.kie.ai/cn/runway-api/extend-ai-video), each making a task linked to its parent.
 */
class FollowUpsOverHttpTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock);

    /** Runs timed work in order of when it is due, moving the clock there: simulated time, no sleeping. */
    private final class FakeTimer implements HdVideoFetch.Timer {
        private record Due(Instant at, long order, Runnable work) {
        }

        private final PriorityQueue<Due> queue = new PriorityQueue<>(
                (a, b) -> a.at().equals(b.at()) ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
        private long order;

        @Override
        public synchronized void after(Duration delay, Runnable work) {
            queue.add(new Due(clock.instant().plus(delay), order++, work));
        }

        void runAll() {
            for (int i = 0; i < 1000; i++) {
                Due next;
                synchronized (this) {
                    next = queue.poll();
                }
                if (next == null) {
                    return;
                }
                if (next.at().isAfter(clock.instant())) {
                    clock.advance(Duration.between(clock.instant(), next.at()));
                }
                next.work().run();
            }
        }
    }

    private final FakeTimer timer = new FakeTimer();
    private final List<TrackedTask> tracked = new ArrayList<>();
    private final List<Integer> notReadyTries = new ArrayList<>();

    private HdVideoFetch fetch() {
        return new HdVideoFetch(kie::client, timer, clock, tracked::add,
                (parentId, which, tries, next) -> notReadyTries.add(tries));
    }

    private TrackedTask finishedVeoTask() {
        String id = kie.sim().newTask("veo", "A lighthouse at dawn", null);
        clock.advance(Duration.ofMinutes(10)); // past the simulator's run time: the video is finished
        return TrackedTask.added(id, "veo", clock.instant())
                .withStatus(new TaskStatus.Succeeded("https://x/v.mp4", null, clock.instant()));
    }

    @Test
    void get1080pAsksAgainAtLeastTwentySecondsApartUntilReadyAndTracksTheVideoAsTheParentsChild() throws Exception {
        TrackedTask parent = finishedVeoTask();
        kie.sim().followUps().notReadyTimes(parent.taskId(), 3);

        HdVideoFetch fetch = fetch();
        var outcome = fetch.fetch(parent, HdVideo.HD_1080P);
        timer.runAll();

        assertThat(fetch.isRunning(parent.taskId(), HdVideo.HD_1080P)).isFalse();
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(HdVideoFetch.Outcome.Ready.class, ready -> {
            TrackedTask child = ready.child();
            assertThat(child.taskId()).isEqualTo(parent.taskId() + "_1080p");
            assertThat(child.origin()).isEqualTo(new TaskOrigin(parent.taskId(), TaskOrigin.Relation.HD_1080P));
            assertThat(child.status()).isInstanceOfSatisfying(TaskStatus.Succeeded.class,
                    done -> assertThat(done.videoUrl()).endsWith(parent.taskId() + "_1080.mp4"));
        });
        assertThat(tracked).extracting(TrackedTask::taskId).containsExactly(parent.taskId() + "_1080p");
        assertThat(notReadyTries).containsExactly(1, 2, 3);
        List<Instant> asks = kie.sim().followUps().askedAt(parent.taskId(), "1080p");
        assertThat(asks).hasSize(4);
        for (int i = 1; i < asks.size(); i++) {
            assertThat(Duration.between(asks.get(i - 1), asks.get(i))).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(30));
        }
    }

    @Test
    void get4kIsAcceptedFirstThenAskedAgainThirtySecondsApartUntilReady() throws Exception {
        TrackedTask parent = finishedVeoTask();
        kie.sim().followUps().notReadyTimes(parent.taskId(), 2);

        var outcome = fetch().fetch(parent, HdVideo.UHD_4K);
        timer.runAll();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(HdVideoFetch.Outcome.Ready.class, ready ->
                assertThat(ready.child().origin().relation()).isEqualTo(TaskOrigin.Relation.UHD_4K));
        List<Instant> asks = kie.sim().followUps().askedAt(parent.taskId(), "4k");
        assertThat(asks).hasSize(4); // accepted, two "processing", ready
        for (int i = 1; i < asks.size(); i++) {
            assertThat(Duration.between(asks.get(i - 1), asks.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        }
    }

    @Test
    void aVideoThatIsNeverReadyIsGivenUpAfterTheMostTriesWithASentence() throws Exception {
        TrackedTask parent = finishedVeoTask();
        kie.sim().followUps().notReadyTimes(parent.taskId(), 1000);

        var outcome = fetch().fetch(parent, HdVideo.HD_1080P);
        timer.runAll();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(HdVideoFetch.Outcome.GaveUp.class,
                gaveUp -> assertThat(gaveUp.message()).contains("still has no 1080p video").contains("try again later"));
        assertThat(kie.sim().followUps().askedAt(parent.taskId(), "1080p")).hasSize(HdVideoFetch.MOST_TRIES);
        assertThat(tracked).isEmpty();
    }

    @Test
    void aSecondAskForTheSameVideoWhileOneRunsSendsNothingMore() {
        TrackedTask parent = finishedVeoTask();
        HdVideoFetch fetch = fetch();

        var first = fetch.fetch(parent, HdVideo.HD_1080P);
        assertThat(fetch.fetch(parent, HdVideo.HD_1080P)).isSameAs(first);
        assertThat(fetch.isRunning(parent.taskId(), HdVideo.HD_1080P)).isTrue();
    }

    @Test
    void extendingAVeoVideoMakesATrackedChildLinkedToItsParent() throws Exception {
        TrackedTask parent = finishedVeoTask();
        List<String> made = new ArrayList<>();
        try (TaskCreator creator = new TaskCreator(kie::client,
                (id, kind, origin) -> made.add(id + "|" + kind + "|" + origin), clock)) {
            CreateRequest request = FollowUps.extendRequest(parent, "The sun rises over the sea");

            var outcome = creator.create(request, new TaskOrigin(parent.taskId(), TaskOrigin.Relation.EXTENDED))
                    .get(10, TimeUnit.SECONDS);

            assertThat(outcome).isInstanceOfSatisfying(TaskCreator.Outcome.Created.class, created -> {
                assertThat(created.kind()).isEqualTo("veo");
                assertThat(kie.sim().kindOf(created.taskId())).isEqualTo("veo");
                assertThat(made).containsExactly(created.taskId() + "|veo|"
                        + new TaskOrigin(parent.taskId(), TaskOrigin.Relation.EXTENDED));
            });
        }
    }

    @Test
    void extendingARunwayVideoPostsToRunwaysExtendEndpoint() throws Exception {
        String id = kie.sim().newTask("runway", "A cat dancing", null);
        TrackedTask parent = TrackedTask.added(id, "runway", clock.instant());
        CreateRequest request = FollowUps.extendRequest(parent, "The cat keeps dancing");
        assertThat(request.path()).isEqualTo("/api/v1/runway/extend");
        try (TaskCreator creator = new TaskCreator(kie::client, (i, k, o) -> { }, clock)) {
            assertThat(creator.create(request, new TaskOrigin(id, TaskOrigin.Relation.EXTENDED)).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(TaskCreator.Outcome.Created.class);
        }
    }

    @Test
    void extendingATaskTheSimulatorNeverMadeIsRefusedWithKieAisReason() throws Exception {
        TrackedTask stranger = TrackedTask.added("veo_task_nobody", "veo", clock.instant());
        try (TaskCreator creator = new TaskCreator(kie::client, (i, k, o) -> { }, clock)) {
            assertThat(creator.create(FollowUps.extendRequest(stranger, "More"), null).get(10, TimeUnit.SECONDS))
                    .isInstanceOfSatisfying(TaskCreator.Outcome.Refused.class,
                            refused -> assertThat(refused.message()).contains("does not exist"));
        }
    }

    @Test
    void theDocumentedExtendExamplesAreAcceptedAndHoldEveryFieldTheAppSends() throws Exception {
        TrackedTask veo = finishedVeoTask();
        String runway = kie.sim().newTask("runway", "A cat dancing", null);
        for (String[] example : List.of(new String[] {"veo-extend-request.json", veo.taskId(), "veo", "/api/v1/veo/extend"},
                new String[] {"runway-extend-request.json", runway, "runway", "/api/v1/runway/extend"})) {
            ObjectNode documented = (ObjectNode) KieJson.MAPPER.readTree(
                    FollowUpsOverHttpTest.class.getResourceAsStream("/io/alephmonitor/kie/docs/" + example[0]));
            ObjectNode sent = FollowUps.extendRequest(TrackedTask.added(example[1], example[2], clock.instant()), "p").body();
            assertThat(documented.properties()).extracting(java.util.Map.Entry::getKey)
                    .containsAll(() -> sent.fieldNames());
            documented.put("taskId", example[1]);
            try (TaskCreator creator = new TaskCreator(kie::client, (i, k, o) -> { }, clock)) {
                assertThat(creator.create(new CreateRequest(example[2], example[3], documented)).get(10, TimeUnit.SECONDS))
                        .as(example[0]).isInstanceOf(TaskCreator.Outcome.Created.class);
            }
        }
    }

    /**
     * Suno's tools on a finished song's first track: https://docs.kie.ai/cn/suno-api/convert-to-wav,
     * https://docs.kie.ai/cn/suno-api/separate-vocals, https://docs.kie.ai/cn/suno-api/create-music-video.
     */
    @Test
    void sunosToolsMakeTasksOfTheirOwnKindsLinkedToTheSong() throws Exception {
        String song = kie.sim().newTask("suno", "A lo-fi piano loop", null);
        clock.advance(Duration.ofMinutes(10));
        var snapshot = kie.client().poll(new io.alephmonitor.kie.SunoKind(), song);
        TrackedTask parent = TrackedTask.added(song, "suno", clock.instant())
                .withStatus(((io.alephmonitor.kie.ApiResult.Ok<io.alephmonitor.model.TaskSnapshot>) snapshot).value().status());
        assertThat(io.alephmonitor.model.FollowUp.offeredFor(parent)).contains(io.alephmonitor.model.FollowUp.SUNO_WAV,
                io.alephmonitor.model.FollowUp.SUNO_STEMS, io.alephmonitor.model.FollowUp.SUNO_VIDEO);
        List<String> made = new ArrayList<>();
        try (TaskCreator creator = new TaskCreator(kie::client, (id, kind, origin) -> made.add(kind + " " + origin), clock)) {
            for (var which : List.of(io.alephmonitor.model.FollowUp.SUNO_WAV, io.alephmonitor.model.FollowUp.SUNO_STEMS,
                    io.alephmonitor.model.FollowUp.SUNO_VIDEO)) {
                CreateRequest request = FollowUps.sunoToolRequest(parent, which, "https://example.com/callback");
                assertThat(request.body().get("audioId").asText()).isEqualTo(io.alephmonitor.model.FollowUp.firstTrackId(parent));
                var outcome = creator.create(request, new TaskOrigin(song, TaskOrigin.Relation.DERIVED)).get(10, TimeUnit.SECONDS);
                assertThat(outcome).as(which.name()).isInstanceOfSatisfying(TaskCreator.Outcome.Created.class,
                        created -> assertThat(kie.sim().kindOf(created.taskId())).isEqualTo(request.kindId()));
            }
        }
        TaskOrigin derived = new TaskOrigin(song, TaskOrigin.Relation.DERIVED);
        assertThat(made).containsExactly("suno-wav " + derived, "suno-stems " + derived, "suno-video " + derived);
    }

    @Test
    void theDocumentedSunoToolExamplesAreAcceptedAndHoldEveryFieldTheAppSends() throws Exception {
        String song = kie.sim().newTask("suno", "A lo-fi piano loop", null);
        TrackedTask parent = new TrackedTask(song, "suno", clock.instant(), TaskStatus.Succeeded.of(List.of(
                new io.alephmonitor.model.ResultFile.Audio("https://x/a.mp3", null, null, null, null, null, "track-1")),
                clock.instant()), io.alephmonitor.model.TaskParams.EMPTY, null, null, null, null, null, null, null);
        var examples = java.util.Map.of(io.alephmonitor.model.FollowUp.SUNO_WAV, "suno-wav-generate-request.json",
                io.alephmonitor.model.FollowUp.SUNO_STEMS, "suno-vocal-removal-generate-request.json",
                io.alephmonitor.model.FollowUp.SUNO_VIDEO, "suno-mp4-generate-request.json");
        for (var example : examples.entrySet()) {
            ObjectNode documented = (ObjectNode) KieJson.MAPPER.readTree(
                    FollowUpsOverHttpTest.class.getResourceAsStream("/io/alephmonitor/kie/docs/" + example.getValue()));
            CreateRequest ours = FollowUps.sunoToolRequest(parent, example.getKey(), "https://example.com/callback");
            assertThat(documented.properties()).extracting(java.util.Map.Entry::getKey)
                    .containsAll(() -> ours.body().fieldNames());
            documented.put("taskId", song);
            try (TaskCreator creator = new TaskCreator(kie::client, (i, k, o) -> { }, clock)) {
                assertThat(creator.create(new CreateRequest(ours.kindId(), ours.path(), documented)).get(10, TimeUnit.SECONDS))
                        .as(example.getValue()).isInstanceOf(TaskCreator.Outcome.Created.class);
            }
        }
    }

    @Test
    void checkAgainLeavesOutA1080pCopyWhichHasNoRecordOfItsOwnButKeepsEveryOtherTask() {
        TrackedTask parent = finishedVeoTask();
        TrackedTask copy = TrackedTask.added(HdVideoFetch.childId(parent.taskId(), HdVideo.HD_1080P), "veo", clock.instant())
                .withOrigin(new TaskOrigin(parent.taskId(), TaskOrigin.Relation.HD_1080P));
        TrackedTask extension = TrackedTask.added("veo_extend_task_xyz789", "veo", clock.instant())
                .withOrigin(new TaskOrigin(parent.taskId(), TaskOrigin.Relation.EXTENDED));

        assertThat(HdVideoFetch.withRecords(List.of(parent.taskId(), copy.taskId(), extension.taskId()),
                List.of(parent, copy, extension))).containsExactly(parent.taskId(), extension.taskId());
    }
}
