package io.alephmonitor.tracking;

import io.alephmonitor.kie.AlephKind;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real JavaFX ScheduledService driving the tracker against the simulator, on the headless platform. */
class FxPollDriverTest {

    private KieSimulator sim;
    private HttpKieClient client;
    private TrackingService tracker;
    private SqliteTaskStore store;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test of this JVM started the platform
        }
        Platform.setImplicitExit(false);
    }

    @AfterEach
    void stop() {
        tracker.close();
        store.close();
        client.close();
        sim.close();
    }

    @Test
    void theScheduledServiceTakesATaskToSucceededPublishesOnTheFxThreadAndPersistsIt() throws Exception {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ofMillis(1500)));
        client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()), ApiKey.of(sim.apiKey()));
        store = SqliteTaskStore.open(dataDir);
        tracker = TrackingService.builder(store, client, List.of(new AlephKind()))
                .settings(PollSettings.defaults().withInterval(Duration.ofSeconds(1)).withTick(Duration.ofMillis(200)))
                .build();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        List<TaskStatus> statusesSeen = new CopyOnWriteArrayList<>();
        CountDownLatch succeeded = new CountDownLatch(1);
        tracker.addListener(new TrackerListener() {
            @Override
            public void tasksChanged(List<TrackedTask> changed, List<String> removedIds) {
                onFxThread.add(Platform.isFxApplicationThread());
                changed.forEach(t -> statusesSeen.add(t.status()));
                if (changed.stream().anyMatch(t -> t.status() instanceof TaskStatus.Succeeded)) {
                    succeeded.countDown();
                }
            }
        });
        tracker.start().get(10, TimeUnit.SECONDS);
        String id = sim.newAlephTask("A fox in the snow", "https://example.com/fox.jpg");

        AddReport report = tracker.addFromText("please track " + id, "aleph");

        assertThat(report.summary()).isEqualTo("1 added");
        assertThat(succeeded.await(30, TimeUnit.SECONDS)).as("the task succeeded within 30 s").isTrue();
        assertThat(onFxThread).isNotEmpty().containsOnly(true);
        // Changes are published latest-first per task: with a busy FX thread the add's Pending can be
        // overtaken by the first answer before it is shown.
        assertThat(statusesSeen).first().isInstanceOfAny(TaskStatus.Pending.class, TaskStatus.Running.class);
        assertThat(statusesSeen).last().isInstanceOf(TaskStatus.Succeeded.class);
        assertThat(tracker.pollingState().activeCount()).isZero();
        tracker.close();
        store.close();
        try (SqliteTaskStore reopened = SqliteTaskStore.open(dataDir)) {
            assertThat(reopened.loadAll()).singleElement()
                    .satisfies(t -> assertThat(t.status()).isInstanceOf(TaskStatus.Succeeded.class))
                    .satisfies(t -> assertThat(t.params().prompt()).isEqualTo("A fox in the snow"));
        }
    }
}
