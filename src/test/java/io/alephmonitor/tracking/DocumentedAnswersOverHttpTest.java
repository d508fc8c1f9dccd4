package io.alephmonitor.tracking;

import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the docs say, read again, over real HTTP against the simulator on one virtual clock:
 * <ul>
 *   <li>Market's 422 "recordInfo is null" for a record that does not exist yet is checked again
 *       before the task is Not found (https://docs.kie.ai/market/common/get-task-detail);</li>
 *   <li>Luma's successFlag 4 "callback failed" is a success (https://docs.kie.ai/luma-api/get-luma-modify-details);</li>
 *   <li>Runway's expireFlag 1 marks dead links, which common/download-url renews
 *       (https://docs.kie.ai/runway-api/get-ai-video-details).</li>
 * </ul>
 */
class DocumentedAnswersOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(Duration.ofSeconds(40)));
    private final KieSimulator sim = kie.sim();
    private final HttpKieClient client = kie.client();
    private final PollEngine engine = kie.detectingEngine(PollSettings.defaults().withInterval(Duration.ofSeconds(5)));

    private void tickFor(Duration span) {
        for (long s = 0; s < span.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
        }
    }

    @Test
    void aMarketTaskWhoseRecordComesLateIsFoundNotCalledNotFound() {
        String id = sim.newMarketTask("kling/v2-1-text-to-video", "A red kite", null);
        sim.script(id, Behaviour.LATE_RECORD);
        engine.add(List.of(id), "market");

        engine.runCycle();
        TrackedTask waiting = engine.task(id);
        assertThat(waiting.status()).isEqualTo(new TaskStatus.Pending());
        assertThat(waiting.lastError()).isEqualTo("kie.ai does not know this task yet — checking again in 10 s.");

        tickFor(Duration.ofSeconds(29));
        assertThat(engine.task(id).status()).as("still no record at 29 s").isEqualTo(new TaskStatus.Pending());
        assertThat(engine.task(id).lastError()).contains("checking again in");

        tickFor(Duration.ofSeconds(31));
        TrackedTask found = engine.task(id);
        assertThat(found.status()).isInstanceOf(TaskStatus.Succeeded.class);
        assertThat(found.lastError()).isNull();
        int polls = sim.recordRequests(id);

        tickFor(Duration.ofMinutes(5));
        assertThat(sim.recordRequests(id)).as("no polls after the final answer").isEqualTo(polls);
    }

    @Test
    void aLateMarketRecordAddedAsDetectAutomaticallyIsFoundAsMarket() {
        String id = sim.newMarketTask("google/nano-banana", "Mugs", null);
        sim.script(id, Behaviour.LATE_RECORD);
        engine.add(List.of(id), TrackedTask.AUTO_KIND);

        tickFor(Duration.ofSeconds(75));

        assertThat(engine.task(id).kind()).isEqualTo("market");
        assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Succeeded.class);
    }

    @Test
    void aLumaTaskWhoseCallbackFailedEndsSucceededWithItsVideoAndIsNotPolledAgain() {
        String id = sim.newTask("luma", "A futuristic cityscape", "https://example.com/video.mp4");
        sim.script(id, Behaviour.CALLBACK_FAILED);
        engine.add(List.of(id), TrackedTask.AUTO_KIND);

        engine.runCycle();
        assertThat(engine.task(id).kind()).isEqualTo("luma");
        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.Running());

        tickFor(Duration.ofSeconds(45));
        TaskStatus.Succeeded done = (TaskStatus.Succeeded) engine.task(id).status();
        assertThat(done.results()).singleElement().isInstanceOf(ResultFile.Video.class);
        assertThat(done.videoUrl()).endsWith(id + ".mp4");
        assertThat(engine.task(id).nextPollAt()).isNull();
        int polls = sim.recordRequests(id);

        tickFor(Duration.ofMinutes(5));
        assertThat(sim.recordRequests(id)).as("zero polls after flag 4").isEqualTo(polls);
    }

    @Test
    void aRunwayTaskWithExpireFlag1IsSucceededWithDeadLinksThatDownloadUrlRenews() {
        String id = sim.newTask("runway", "A paper boat", null);
        sim.expireFile(id + ".mp4", 410);
        engine.add(List.of(id), "runway");

        engine.runCycle();
        tickFor(Duration.ofSeconds(45));

        TaskStatus.Succeeded done = (TaskStatus.Succeeded) engine.task(id).status();
        assertThat(done.linkExpired()).isTrue();
        assertThat(done.completedAt()).as("generateTime, so the expiry can be shown").isNotNull();
        assertThat(done.results()).singleElement().isInstanceOf(ResultFile.Video.class);
        ApiResult<String> fresh = client.freshDownloadUrl(done.videoUrl());
        assertThat(fresh).isInstanceOf(ApiResult.Ok.class);
        assertThat(((ApiResult.Ok<String>) fresh).value()).contains(id + ".mp4").contains("token=");
    }

    @Test
    void checkAgainOnANotFoundTaskPutsItBackToPendingAndPollsItAgain() {
        String id = "0123456789abcdef0123456789abcdef";
        engine.add(List.of(id), "market");
        tickFor(Duration.ofMinutes(3));
        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.NotFound());
        int polls = sim.recordRequests(id);

        sim.addTask("market", id, "Found at last", null);
        engine.checkNow(List.of(id));
        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.Pending());
        engine.runCycle();

        assertThat(sim.recordRequests(id)).isEqualTo(polls + 1);
        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.Running());
        assertThat(engine.task(id).params().prompt()).isEqualTo("Found at last");
    }
}
