package io.alephmonitor.tracking;

import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.Behaviour;
import io.alephmonitor.sim.GlobalFault;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SilentOrResettingServer.Mode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault the network, kie.ai or a proxy in the way can produce, over real HTTP on a virtual
 * clock: polling keeps going, the task keeps its last good status, one readable message says what
 * is wrong, requests back off, and polling recovers by itself once the fault is gone.
 */
class FaultMatrixOverHttpTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String KEY = "sk-fault-matrix-7f3a9c2e";
    private static final String PROMPT = "A lighthouse in a storm, waves crashing";
    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration FAULT_LASTS = Duration.ofMinutes(3);
    private static final Duration BACKOFF_CAP = Duration.ofMinutes(5);

    /** One fault: a scripted answer for the task, a fault on every API call, or a broken server in place of kie.ai. */
    record Fault(String name, Behaviour behaviour, GlobalFault global, Mode server) {
        static Fault answer(Behaviour behaviour) {
            return new Fault(behaviour.name(), behaviour, null, null);
        }

        static Fault everyCall(GlobalFault global) {
            return new Fault("every call " + global.name(), null, global, null);
        }

        static Fault server(Mode mode) {
            return new Fault("server " + mode.name(), null, null, mode);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fault> faults() {
        return Stream.of(
                Fault.answer(Behaviour.SERVER_ERROR),
                Fault.answer(Behaviour.SERVER_502),
                Fault.answer(Behaviour.SERVER_503),
                Fault.everyCall(GlobalFault.SERVER_ERROR),
                Fault.answer(Behaviour.RATE_LIMITED),
                Fault.answer(Behaviour.RATE_LIMITED_NO_RETRY_AFTER),
                Fault.server(Mode.SILENT),
                Fault.server(Mode.RESET),
                Fault.answer(Behaviour.HTML_BODY),
                Fault.answer(Behaviour.MALFORMED_BODY),
                Fault.answer(Behaviour.JSON_ARRAY_BODY),
                Fault.answer(Behaviour.OVERSIZED_BODY),
                Fault.answer(Behaviour.JUNK_10MB),
                Fault.answer(Behaviour.DATA_NULL),
                Fault.answer(Behaviour.DATA_WRONG_TYPE));
    }

    private final MutableClock clock = new MutableClock(T0);
    @RegisterExtension
    final SimulatedKie kie = SimulatedKie.on(clock)
            .withSimulator(c -> c.withApiKey(KEY).withRunTime(Duration.ofMinutes(2)))
            .withClient(c -> c.withConnectTimeout(Duration.ofSeconds(10)).withRequestTimeout(Duration.ofSeconds(10)));
    private final KieSimulator sim = kie.sim();
    private final HttpKieClient client = kie.client();
    private final InMemoryTaskStore store = kie.memoryStore();
    private final PollEngine engine = kie.engine(PollSettings.defaults().withInterval(INTERVAL));

    private HttpKieClient clientFor(URI base, Duration timeout) {
        return kie.closeAfter(new HttpKieClient(KieClientConfig.defaults().withBaseUri(base)
                .withConnectTimeout(timeout).withRequestTimeout(timeout), ApiKey.of(KEY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void pollingSurvivesTheFaultKeepsTheLastGoodStatusSaysWhyAndRecoversByItself(Fault fault) throws Exception {
        String id = sim.newAlephTask(PROMPT, "https://example.com/lighthouse.jpg");
        engine.add(List.of(id), "aleph");
        engine.runCycle();
        assertThat(engine.task(id).status()).isInstanceOf(TaskStatus.Running.class);
        assertThat(engine.task(id).lastError()).isNull();

        RequestCount requests = inject(fault, id);
        int before = requests.now();
        List<String> messages = new ArrayList<>();
        for (long s = 0; s < FAULT_LASTS.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
            String message = messageAbout(engine.task(id));
            if (message != null && (messages.isEmpty() || !messages.getLast().equals(message))) {
                messages.add(message);
            }
        }
        int sentDuringFault = requests.now() - before;

        TrackedTask during = engine.task(id);
        assertThat(during.status()).as("the last good status").isInstanceOf(TaskStatus.Running.class);
        assertThat(during.params().prompt()).isEqualTo(PROMPT);
        assertThat(engine.state().pause()).as("a transient fault is not a pause").isNull();
        assertThat(messages).as("what the user saw").isNotEmpty().allSatisfy(FaultMatrixOverHttpTest::isReadable);
        assertThat(messages.stream().distinct().count()).as("one message, not a storm: " + messages)
                .isLessThanOrEqualTo(fault.behaviour() == Behaviour.RATE_LIMITED_NO_RETRY_AFTER ? 8 : 2);
        assertThat(sentDuringFault).as("requests while failing").isPositive()
                .isLessThanOrEqualTo(fault.behaviour() == Behaviour.RATE_LIMITED
                        ? (int) FAULT_LASTS.toSeconds() / 2        // as often as kie.ai's Retry-After allows
                        : (int) (FAULT_LASTS.toSeconds() / INTERVAL.toSeconds()) / 3);

        clear(fault, id);
        long waited = 0;
        while (!recovered(engine.task(id)) && waited < BACKOFF_CAP.plus(INTERVAL).toSeconds()) {
            clock.advance(Duration.ofSeconds(1));
            engine.runCycle();
            waited++;
        }
        TrackedTask after = engine.task(id);
        assertThat(after.lastError()).as("recovered within the backoff cap").isNull();
        assertThat(engine.state().lastProblem()).isNull();
        assertThat(after.status()).as("finished on kie.ai meanwhile").isInstanceOf(TaskStatus.Succeeded.class);
        assertThat(after.params().prompt()).isEqualTo(PROMPT);
    }

    private boolean recovered(TrackedTask task) {
        return task.lastError() == null && engine.state().lastProblem() == null
                && task.status() instanceof TaskStatus.Succeeded;
    }

    private String messageAbout(TrackedTask task) {
        return task.lastError() != null ? task.lastError() : engine.state().lastProblem();
    }

    private static void isReadable(String message) {
        assertThat(message).isNotBlank().hasSizeLessThan(300).doesNotContain("\n", "Exception", "\tat ", KEY)
                .matches("[A-Za-z].*[.!]");
    }

    @FunctionalInterface
    private interface RequestCount {
        int now();
    }

    private RequestCount inject(Fault fault, String id) throws Exception {
        if (fault.behaviour() != null) {
            sim.script(id, fault.behaviour());
            return () -> sim.recordRequests(id);
        }
        if (fault.global() != null) {
            sim.setGlobalFault(fault.global());
            return sim::totalRequests;
        }
        SilentOrResettingServer broken = new SilentOrResettingServer(fault.server());
        kie.closeAfter(broken);
        engine.updateApi(clientFor(broken.baseUri(), Duration.ofMillis(300))); // the silent one costs real time
        return broken::accepted;
    }

    private void clear(Fault fault, String id) {
        if (fault.behaviour() != null) {
            sim.script(id, Behaviour.NORMAL);
        } else if (fault.global() != null) {
            sim.setGlobalFault(GlobalFault.NONE);
        } else {
            engine.updateApi(client); // the network is back
        }
    }
}
