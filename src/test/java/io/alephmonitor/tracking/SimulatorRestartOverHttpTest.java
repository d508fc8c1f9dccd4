package io.alephmonitor.tracking;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kie.ai going away mid-run (connection refused) and coming back on the same address: one clear
 * message while it is gone, the last good status kept, backed-off requests, and polling that
 * recovers by itself once the server listens again.
 */
class SimulatorRestartOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String PROMPT = "A glass city under a green aurora";
    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration DOWN_FOR = Duration.ofMinutes(3);
    private static final Duration BACKOFF_CAP = PollSettings.defaults().backoffCap();

    private final MutableClock clock = new MutableClock(T0);
    private final SimConfig config = SimConfig.defaults().withClock(clock).withRunTime(Duration.ofMinutes(2));
    // (A closed port is refused at once, so generous timeouts cost nothing while the server is down.)
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock).withSimulator(c -> config)
            .withClient(c -> c.withConnectTimeout(Duration.ofSeconds(10)).withRequestTimeout(Duration.ofSeconds(10)));
    private KieSimulator sim = kie.sim();
    private final PollEngine engine = kie.engine(PollSettings.defaults().withInterval(INTERVAL));

    @Test
    void whileTheServerIsDownOneMessageShowsTheStatusIsKeptAndPollingRecoversByItselfWhenItIsBack() {
        String id = sim.newAlephTask(PROMPT, "https://example.com/city.jpg");
        engine.add(List.of(id), "aleph");
        engine.runCycle();
        assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Running.class);
        int port = sim.baseUri().getPort();

        sim.close();
        List<String> messages = new ArrayList<>();
        int cycles = 0;
        for (long s = 0; s < DOWN_FOR.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            cycles += engine.runCycle().requestsSent();
            String message = engine.task(id).lastError() != null ? engine.task(id).lastError() : engine.state().lastProblem();
            if (message != null && (messages.isEmpty() || !messages.getLast().equals(message))) {
                messages.add(message);
            }
        }

        TrackedTask during = engine.task(id);
        assertThat(during.status()).as("the last good status").isInstanceOf(TaskStatus.Running.class);
        assertThat(during.params().prompt()).isEqualTo(PROMPT);
        assertThat(messages).as("one message, not a storm").hasSize(1);
        assertThat(messages.getFirst()).isNotBlank().hasSizeLessThan(300).doesNotContain("Exception", "\n", sim.apiKey())
                .matches("[A-Z].*[.!]");
        assertThat(cycles).as("requests tried while down, backing off").isPositive()
                .isLessThan((int) (DOWN_FOR.toSeconds() / INTERVAL.toSeconds()) / 3);

        sim = kie.closeAfter(KieSimulator.start(config.withPort(port))); // same address, same task (kie.ai keeps its tasks)
        sim.addAlephTask(id, PROMPT, "https://example.com/city.jpg");
        long waited = 0;
        while ((engine.task(id).lastError() != null || engine.state().lastProblem() != null)
                && waited < BACKOFF_CAP.plus(INTERVAL).toSeconds()) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
            waited++;
        }

        assertThat(engine.task(id).lastError()).as("recovered within the backoff cap").isNull();
        assertThat(engine.state().lastProblem()).isNull();
        assertThat(engine.state().pause()).isNull();
        System.out.println("While the server was down the user saw: " + messages.getFirst()
                + " Recovered " + waited + " s (virtual) after it came back.");
    }
}
