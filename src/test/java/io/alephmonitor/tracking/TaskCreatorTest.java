package io.alephmonitor.tracking;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.tracking.TaskCreator.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating tasks over real HTTP against the simulator: tracked at once, limited to ~20 per 10 s, refusals in words. */
class TaskCreatorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-08T08:00:00Z"));
    private final KieSimulator sim = KieSimulator.start(SimConfig.defaults().withClock(clock));
    private final HttpKieClient client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()),
            () -> ApiKey.of(sim.apiKey()), clock);
    private final List<String> tracked = new CopyOnWriteArrayList<>();
    private final TaskCreator creator = new TaskCreator(() -> client, (id, kind) -> tracked.add(kind + ":" + id), clock);

    @AfterEach
    void stop() {
        creator.close();
        client.close();
        sim.close();
    }

    private static KieApi.AlephRequest aleph(String prompt) {
        return new KieApi.AlephRequest(prompt, "https://example.com/in.mp4", null, null, null, "16:9", null, null);
    }

    private static KieApi.MarketRequest market(ObjectNode input) {
        return new KieApi.MarketRequest("kling-2.6/text-to-video", input, null);
    }

    private static ObjectNode prompt(String text) {
        return JsonNodeFactory.instance.objectNode().put("prompt", text);
    }

    @Test
    void aNewTakeOfATaskIsTrackedWithWhatItWasMadeFromAndTheEngineKeepsIt() {
        List<io.alephmonitor.model.TaskOrigin> origins = new CopyOnWriteArrayList<>();
        io.alephmonitor.model.TaskOrigin origin = new io.alephmonitor.model.TaskOrigin("task_kling-2.6_1",
                io.alephmonitor.model.TaskOrigin.Relation.REMADE);
        try (TaskCreator remaking = new TaskCreator(() -> client, (id, kind, from) -> origins.add(from), clock)) {
            Outcome outcome = remaking.create(io.alephmonitor.kie.CreateBodies.market("kling-2.6/text-to-video",
                    prompt("A paper boat")), origin).join();

            assertThat(outcome).isInstanceOf(Outcome.Created.class);
            assertThat(origins).containsExactly(origin);
            assertThat(remaking.create(io.alephmonitor.kie.CreateBodies.market("kling-2.6/text-to-video",
                    prompt("A paper boat"))).join()).isInstanceOf(Outcome.Created.class);
            assertThat(origins).hasSize(2).last().isNull();
        }
    }

    @Test
    void aCreatedAlephTaskIsTrackedAsAlephBeforeTheOutcomeArrives() {
        Outcome outcome = creator.createAleph(aleph("Turn day into night")).join();

        assertThat(outcome).isInstanceOf(Outcome.Created.class);
        Outcome.Created created = (Outcome.Created) outcome;
        assertThat(created.kind()).isEqualTo("aleph");
        assertThat(tracked).containsExactly("aleph:" + created.taskId());
    }

    @Test
    void aCreatedMarketTaskIsTrackedAsMarket() {
        Outcome.Created created = (Outcome.Created) creator.createMarket(market(prompt("A paper boat"))).join();

        assertThat(created.taskId()).startsWith("task_kling-2.6_");
        assertThat(tracked).containsExactly("market:" + created.taskId());
    }

    @Test
    void theTwentyFirstCreationWithinTenSecondsIsRefusedWithoutBeingSent() {
        for (int i = 0; i < 20; i++) {
            assertThat(creator.createMarket(market(prompt("p" + i))).join()).isInstanceOf(Outcome.Created.class);
        }
        int sent = sim.totalRequests();
        clock.advance(Duration.ofMillis(2_500));

        Outcome refused = creator.createAleph(aleph("one too many")).join();

        assertThat(refused).isEqualTo(new Outcome.Refused(
                "kie.ai allows about 20 new tasks per 10 seconds — wait 8 s, then press Create again."));
        assertThat(sim.totalRequests()).isEqualTo(sent);
        assertThat(tracked).hasSize(20);
    }

    @Test
    void kieAisOwn429ShowsTheSameSentenceAndHoldsFurtherCreationsBack() {
        try (HttpKieClient elsewhere = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()),
                () -> ApiKey.of(sim.apiKey()), clock)) {
            for (int i = 0; i < 20; i++) {
                elsewhere.createMarketTask(market(prompt("from another tool " + i)));
            }
        }

        Outcome refused = creator.createMarket(market(prompt("p"))).join();
        int sent = sim.totalRequests();
        Outcome again = creator.createMarket(market(prompt("p"))).join();

        assertThat(refused).isEqualTo(new Outcome.Refused(
                "kie.ai allows about 20 new tasks per 10 seconds — wait 10 s, then press Create again."));
        assertThat(again).isInstanceOf(Outcome.Refused.class);
        assertThat(sim.totalRequests()).isEqualTo(sent);
        assertThat(tracked).isEmpty();
    }

    @Test
    void aRequestKieAiRejectsIsRefusedWithItsReasonAndNothingIsTracked() {
        Outcome outcome = creator.createMarket(market(null)).join();

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused) outcome).message()).contains("input is required").endsWith(".");
        assertThat(tracked).isEmpty();
    }

    @Test
    void withoutAnApiKeyNothingIsSentAndTheUserIsSentToSettings() {
        try (TaskCreator keyless = new TaskCreator(() -> null, (id, kind) -> tracked.add(id), clock)) {
            int before = sim.totalRequests();

            Outcome outcome = keyless.createAleph(aleph("p")).join();

            assertThat(((Outcome.Refused) outcome).message()).contains("Settings");
            assertThat(sim.totalRequests()).isEqualTo(before);
        }
    }

    @Test
    void aRequestThatGotNoAnswerWarnsTheTaskMayExistRatherThanInvitingADuplicate() {
        sim.close();

        Outcome outcome = creator.createAleph(aleph("p")).join();

        assertThat(((Outcome.Refused) outcome).message()).contains("may or may not have been created");
    }
}
