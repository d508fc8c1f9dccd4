package io.alephmonitor.app.notify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the desktop has no notification service the app finds none and keeps its in-window popup
 * (https://specifications.freedesktop.org/notification-spec/latest/protocol.html: the service is the
 * bus name org.freedesktop.Notifications on the session bus).
 */
class DbusNoticesTest {

    @TempDir
    Path temp;

    @Test
    void withoutASessionBusThereAreNoDesktopNotifications() {
        assertThat(DbusNotices.connect(null, "")).isEmpty();
        assertThat(DbusNotices.connect("  ", "")).isEmpty();
        assertThat(DbusNotices.connect("unix:path=" + temp.resolve("no-bus-here"), "")).isEmpty();
    }

    @Test
    void aBusWithoutTheNotificationServiceGivesNone() throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(temp)) {
            assertThat(DbusNotices.connect(bus.address(), "")).isEmpty();
        }
    }

    @Test
    void aBusWithTheServiceIsUsedAndToldTheAppsName() throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(temp);
             FakeNotificationServer server = FakeNotificationServer.exportOn(bus.address());
             DbusNotices notices = DbusNotices.connect(bus.address(), "/tmp/icon.png").orElseThrow()) {
            notices.show(new FinishNotice("Task failed", "“A boat”\nRunway Aleph · failed: moderation",
                    java.util.List.of("t1"), true), n -> { });

            assertThat(server.calls()).singleElement().satisfies(call -> {
                assertThat(call.appName()).isEqualTo("Aleph Monitor");
                assertThat(call.appIcon()).isEqualTo("/tmp/icon.png");
                assertThat(call.summary()).isEqualTo("Task failed");
                assertThat(call.body()).isEqualTo("“A boat”\nRunway Aleph · failed: moderation");
            });
        }
    }

    @Test
    void withoutAHeadTheresNoTray() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.awt.GraphicsEnvironment.isHeadless());
        assertThat(TrayPresence.supported()).isFalse();
    }
}
