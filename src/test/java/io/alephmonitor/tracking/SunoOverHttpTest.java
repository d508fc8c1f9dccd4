package io.alephmonitor.tracking;

import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
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
 * A Suno music task through the real engine and client against the simulator: lyrics first, then
 * the first track as a partial result while polling goes on, then both tracks, and not one poll
 * after that final answer. A refused prompt ends as a failure that says why.
 */
class SunoOverHttpTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> c.withRunTime(Duration.ofMinutes(3)));
    private final KieSimulator sim = kie.sim();
    private final PollEngine engine = kie.engine(kie.client(), TaskKinds.standard().all(),
            PollSettings.defaults().withInterval(Duration.ofSeconds(5)));

    private void tickFor(Duration span) {
        for (long s = 0; s < span.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
        }
    }

    @Test
    void aSunoTaskShowsItsLyricsThenOnePartialTrackThenBothAndIsNotPolledAfterwards() {
        String id = sim.newTask("suno", "A song about the sea", null);
        engine.add(List.of(id), "suno");

        engine.runCycle();
        assertThat(engine.task(id).status()).isEqualTo(new TaskStatus.Running());
        assertThat(engine.task(id).params().prompt()).isEqualTo("A song about the sea");

        tickFor(Duration.ofSeconds(65));
        assertThat(engine.task(id).status()).isInstanceOfSatisfying(TaskStatus.Running.class,
                running -> assertThat(running.stage()).isEqualTo("Lyrics ready"));

        tickFor(Duration.ofSeconds(60));
        assertThat(engine.task(id).status()).isInstanceOfSatisfying(TaskStatus.Running.class, running -> {
            assertThat(running.stage()).isEqualTo("First track ready");
            assertThat(running.partial()).singleElement().isInstanceOfSatisfying(ResultFile.Audio.class, track -> {
                assertThat(track.url()).isEqualTo(sim.baseUri() + "/files/" + id + "_1.mp3");
                assertThat(track.coverUrl()).isEqualTo(sim.baseUri() + "/files/" + id + "_1.jpg");
                assertThat(track.lyrics()).startsWith("[Verse]");
            });
        });

        tickFor(Duration.ofSeconds(60));
        assertThat(engine.task(id).status()).isInstanceOfSatisfying(TaskStatus.Succeeded.class, done -> {
            assertThat(done.results()).extracting(ResultFile::url).containsExactly(
                    sim.baseUri() + "/files/" + id + "_1.mp3", sim.baseUri() + "/files/" + id + "_2.mp3");
            assertThat(done.notice()).isNull();
        });
        int requests = sim.recordRequests(id);

        tickFor(Duration.ofMinutes(10));
        assertThat(sim.recordRequests(id)).as("no poll after the final answer").isEqualTo(requests);
    }

    @Test
    void aRefusedSunoPromptFailsAtOnceSayingItWasRefusedForItsWords() {
        String id = sim.newTask("suno", "Something the moderator dislikes", null);
        sim.script(id, Behaviour.MODERATION_FAILURE);
        engine.add(List.of(id), "suno");

        engine.runCycle();

        assertThat(engine.task(id).status()).isInstanceOfSatisfying(TaskStatus.Failed.class,
                failed -> assertThat(failed.message()).startsWith("kie.ai refused the prompt because of words in it"));
        int requests = sim.recordRequests(id);
        tickFor(Duration.ofMinutes(5));
        assertThat(sim.recordRequests(id)).isEqualTo(requests);
    }
}
