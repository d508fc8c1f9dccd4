package io.alephmonitor.sim;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator serves every kind's record endpoint with that kind's shape and lifecycle, read
 * back over real HTTP through the app's own client and adapters.
 */
class EveryKindRecordTest {

    private static final String IMAGE = "https://example.com/input.png";
    /** The Suno types made from an existing track: their records carry no request (no prompt). */
    private static final java.util.Set<String> MADE_FROM_A_TRACK =
            java.util.Set.of("suno-video", "suno-wav", "suno-stems", "suno-midi", "suno-cover");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults().withClock(clock).withRunTime(Duration.ofMinutes(2)));
    private final HttpKieClient client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()),
            ApiKey.of(sim.apiKey()));
    private final SimHttp http = new SimHttp(sim);

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    static List<TaskKind> kinds() {
        return TaskKinds.standard().all();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTaskRunsUntilItsRunTimeThenSucceedsWithResultsTheSimulatorServes(TaskKind kind) {
        String id = sim.newTask(kind.id(), "A lighthouse in a storm", IMAGE);
        assertThat(kind.isValidId(id)).as("the simulator's IDs have the kind's shape").isTrue();

        assertThat(snapshot(kind, id).status()).isInstanceOfSatisfying(TaskStatus.Running.class,
                running -> assertThat(running.partial()).as("nothing is ready at the start").isEmpty());
        assertThat(snapshot(kind, id).params().prompt()).isEqualTo(MADE_FROM_A_TRACK.contains(kind.id())
                ? null : "A lighthouse in a storm");

        clock.advance(Duration.ofMinutes(2));
        TaskStatus.Succeeded done = (TaskStatus.Succeeded) snapshot(kind, id).status();

        assertThat(done.results()).isNotEmpty();
        for (String url : done.resultUrls()) {
            if (!url.equals(IMAGE)) {
                assertThat(http.file(url, null).statusCode()).as(url).isEqualTo(200);
            }
        }
        if (kind.isImageOnly()) {
            assertThat(done.videoUrl()).isNull();
            assertThat(done.imageUrl()).endsWith(".png");
        } else if (!kind.id().equals("market") && !kind.id().startsWith("suno")) {
            assertThat(done.videoUrl()).endsWith(".mp4");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aModeratedTaskFailsWithKieAisMessage(TaskKind kind) {
        String id = sim.newTask(kind.id(), "Something the moderator dislikes", null);
        sim.script(id, Behaviour.MODERATION_FAILURE);

        assertThat(snapshot(kind, id).status()).isInstanceOfSatisfying(TaskStatus.Failed.class,
                failed -> assertThat(failed.message()).endsWith(SimTask.MODERATION_MESSAGE));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTaskOfAnotherKindWithTheSameIdShapeIsNotFoundAtThisKindsEndpoint(TaskKind kind) {
        String otherKind = switch (kind.id()) {
            case "aleph" -> "runway";
            case "runway" -> "aleph";
            case "veo" -> "market";
            default -> "veo";
        };
        String id = sim.newTask(otherKind, "Elsewhere", null);

        assertThat(kind.isValidId(id)).isTrue();
        assertThat(error(kind, id).kind()).isEqualTo(ApiError.Kind.NOT_FOUND);
    }

    @Test
    void marketGivesSeveralImagesOrOneVideoDependingOnTheModel() {
        TaskKind market = TaskKinds.standard().byId("market").orElseThrow();
        String images = sim.newMarketTask("google/nano-banana", "Mugs", null);
        String video = sim.newMarketTask("kling/v2-1-text-to-video", "A kite", null);
        clock.advance(Duration.ofMinutes(2));

        TaskStatus.Succeeded imageResult = (TaskStatus.Succeeded) snapshot(market, images).status();
        TaskStatus.Succeeded videoResult = (TaskStatus.Succeeded) snapshot(market, video).status();

        assertThat(imageResult.resultUrls()).hasSizeBetween(2, 4).allMatch(url -> url.endsWith(".png"));
        assertThat(imageResult.videoUrl()).isNull();
        assertThat(videoResult.videoUrl()).endsWith(".mp4");
    }

    @Test
    void anUnknownMarketTaskIsAnsweredWith422RecordInfoIsNull() {
        var answer = http.get("/api/v1/jobs/recordInfo?taskId=0123456789abcdef0123456789abcdef", sim.apiKey());

        assertThat(SimHttp.json(answer).get("code").asInt()).isEqualTo(422);
        assertThat(SimHttp.json(answer).get("msg").asText()).isEqualTo("recordInfo is null");
    }

    private TaskSnapshot snapshot(TaskKind kind, String id) {
        ApiResult<TaskSnapshot> result = client.poll(kind, id);
        assertThat(result).as("poll of " + kind.id() + " " + id).isInstanceOf(ApiResult.Ok.class);
        return ((ApiResult.Ok<TaskSnapshot>) result).value();
    }

    private ApiError error(TaskKind kind, String id) {
        ApiResult<TaskSnapshot> result = client.poll(kind, id);
        assertThat(result).isInstanceOf(ApiResult.Err.class);
        return ((ApiResult.Err<TaskSnapshot>) result).error();
    }
}
