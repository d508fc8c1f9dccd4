package io.alephmonitor.app;

import io.alephmonitor.app.notify.DbusNotices;
import io.alephmonitor.app.notify.FakeNotificationServer;
import io.alephmonitor.app.notify.NoticeRouting;
import io.alephmonitor.app.notify.PrivateSessionBus;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.TaskRowViewModel;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.alephmonitor.app.AppFlowTest.onFx;
import static io.alephmonitor.app.AppFlowTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finish notices reach the desktop's notification centre over D-Bus: a private session bus
 * ({@code dbus-daemon}), a stand-in {@code org.freedesktop.Notifications} on it, and the whole app
 * (simulator over HTTP, store, tracker, window) pointed at that bus as it would be through
 * {@code DBUS_SESSION_BUS_ADDRESS}. Protocol: the Desktop Notifications Specification,
 * https://specifications.freedesktop.org/notification-spec/latest/protocol.html (Notify,
 * GetCapabilities, GetServerInformation, the ActionInvoked signal).
 * The 2 s gathering delay is turned by hand: a task's notice is sent when the test says time is up.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopNotificationsOverDbusFlowTest {

    @TempDir
    Path temp;

    private Stage stage;
    private PrivateSessionBus bus;
    private FakeNotificationServer server;
    private FlowFixture fx;
    private NoticeRouting routing;
    private final List<Runnable> gathering = new CopyOnWriteArrayList<>();
    /** The simulator's time: its tasks run until the test moves it past {@link #RUN_TIME}. */
    private final MutableClock simClock = new MutableClock(Instant.parse("2026-12-04T09:00:00Z"));
    private static final Duration RUN_TIME = Duration.ofHours(1);

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @BeforeEach
    void open() throws Exception {
        bus = PrivateSessionBus.start(temp);
        server = FakeNotificationServer.exportOn(bus.address());
        fx = onFx(() -> new FlowFixture(stage, temp, SimConfig.defaults().withClock(simClock).withRunTime(RUN_TIME),
                FlowFixture.FAST_POLLING));
        fx.started.get(90, java.util.concurrent.TimeUnit.SECONDS);
        DbusNotices notices = DbusNotices.connect(bus.address(), "").orElseThrow(); // off the FX thread, as the app does
        routing = onFx(() -> {
            NoticeRouting r = new NoticeRouting(fx.view.window(), stage, (delay, job) -> gathering.add(job));
            r.use(notices);
            return r;
        });
    }

    @AfterEach
    void close() throws Exception {
        if (fx != null) {
            onFx(() -> {
                fx.disposeView();
                return null;
            });
            fx.close();
        }
        if (routing != null) {
            routing.close();
        }
        if (server != null) {
            server.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    /** Runs the gathered notices' job (what the 2 s timer does), off the FX thread as the timer does. */
    private void gatheringTimeIsUp() {
        List<Runnable> due = new ArrayList<>(gathering);
        gathering.clear();
        due.forEach(Runnable::run);
    }

    private void add(String... ids) throws Exception {
        onFx(() -> fx.view.window().addFromText(String.join("\n", ids)));
    }

    /** Only a task seen running is news when it ends: the window sees them run, then the simulator finishes them. */
    private void waitUntilSucceeded(List<String> ids) throws Exception {
        waitUntil("every task shows Running", () -> ids.stream().allMatch(id -> {
            TaskRowViewModel row = fx.view.window().model().row(id);
            return row != null && "Running".equals(row.status().label());
        }));
        simClock.advance(RUN_TIME.plusSeconds(1));
        waitUntil("every task shows Succeeded", () -> ids.stream().allMatch(id -> {
            TaskRowViewModel row = fx.view.window().model().row(id);
            return row != null && "Succeeded".equals(row.status().label());
        }));
        waitUntil("the window has seen them finish", () -> !gathering.isEmpty());
    }

    private String shownTask() throws Exception {
        return onFx(() -> fx.view.detail().task() == null ? null : fx.view.detail().task().taskId());
    }

    @Test
    void aFinishedTaskArrivesOnTheBusWithItsPromptAndItsOpenActionSelectsTheTask() throws Exception {
        String image = fx.sim.baseUri() + "/files/sample.png";
        String boat = fx.sim.newAlephTask("A paper boat drifting down a rainy street\nneon reflections", image);
        String fox = fx.sim.newAlephTask("A fox in deep snow, slow push-in", image);
        add(boat, fox);
        waitUntilSucceeded(List.of(boat, fox));
        gatheringTimeIsUp();

        assertThat(server.calls()).hasSize(2).allSatisfy(call -> {
            assertThat(call.appName()).isEqualTo("Aleph Monitor");
            assertThat(call.summary()).isEqualTo("Task finished");
            assertThat(call.actions()).containsExactly("default", "Open");
        });
        FakeNotificationServer.Call boatCall = server.calls().stream()
                .filter(c -> c.body().contains("“A paper boat drifting down a rainy street”")).findFirst().orElseThrow();
        assertThat(boatCall.body()).endsWith(" · finished").doesNotContain("neon reflections");
        FakeNotificationServer.Call foxCall = server.calls().stream()
                .filter(c -> c.body().contains("“A fox in deep snow, slow push-in”")).findFirst().orElseThrow();

        // Whichever task the window shows now, the click on the other one's notification must select it.
        boolean boatShown = boat.equals(shownTask());
        String clicked = boatShown ? fox : boat;
        server.click(boatShown ? foxCall.id() : boatCall.id());

        waitUntil("the clicked notification's task is selected and shown", () -> fx.view.detail().task() != null
                && clicked.equals(fx.view.detail().task().taskId()));
        assertThat(onFx(stage::isShowing)).isTrue();
        assertThat(onFx(() -> fx.view.window().finishNotifier().shownCount()))
                .as("the window's own popup stays quiet while the desktop shows the notices").isZero();
    }

    @Test
    void withNotificationsTurnedOffNothingReachesTheBus() throws Exception {
        onFx(() -> {
            routing.setEnabled(false);
            return null;
        });
        String fox = fx.sim.newAlephTask("A fox in deep snow, slow push-in", fx.sim.baseUri() + "/files/sample.png");
        add(fox);
        waitUntil("the task shows Running", () -> fx.view.window().model().row(fox) != null
                && "Running".equals(fx.view.window().model().row(fox).status().label()));
        simClock.advance(RUN_TIME.plusSeconds(1));
        waitUntil("the task shows Succeeded", () -> "Succeeded".equals(fx.view.window().model().row(fox).status().label()));
        gatheringTimeIsUp();

        assertThat(server.calls()).isEmpty();
        assertThat(onFx(() -> fx.view.window().finishNotifier().shownCount())).isZero();
    }

    @Test
    void manyTasksFinishingTogetherArriveAsOneSummary() throws Exception {
        String image = fx.sim.baseUri() + "/files/sample.png";
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(fx.sim.newAlephTask("Take " + i + " of the lighthouse at dusk", image));
        }
        add(ids.toArray(String[]::new));
        waitUntilSucceeded(ids);
        gatheringTimeIsUp();

        assertThat(server.calls()).singleElement().satisfies(call -> {
            assertThat(call.summary()).isEqualTo("5 tasks finished");
            assertThat(call.actions()).containsExactly("default", "Show the list");
        });
    }
}
