package io.alephmonitor.app.notify;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.main.MainWindow;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Sends the window's finish notices where the desktop shows them: to a native sink once one is found
 * (D-Bus, the tray), else to the in-window popup, which stays the fallback. Its "Open" action brings
 * the window to the front and selects the task (a summary's shows the list). FX thread unless said.
 */
public final class NoticeRouting implements AutoCloseable {

    private final MainWindow window;
    private final Stage stage;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("finish-notices").factory());
    private volatile boolean enabled = true;
    private NoticeSink sink;

    private final FinishNotices.Later later;

    public NoticeRouting(MainWindow window, Stage stage) {
        this.window = window;
        this.stage = stage;
        this.later = (delay, job) -> timer.schedule(job, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** With the gathering delay run by {@code later} (tests turn it by hand); it runs the sink's calls. */
    public NoticeRouting(MainWindow window, Stage stage, FinishNotices.Later later) {
        this.window = window;
        this.stage = stage;
        this.later = later;
    }

    /** From now on the window's finished tasks go to {@code sink}; the in-window popup stops. */
    public void use(NoticeSink sink) {
        if (this.sink != null) {
            return;
        }
        this.sink = sink;
        LoggerFactory.getLogger(NoticeRouting.class).info("Finish notices go to {}", sink.describe());
        Consumer<List<TrackedTask>> notices = new FinishNotices(sink, later, () -> enabled, KindNames.standard(), Clock.systemUTC()::instant,
                notice -> Platform.runLater(() -> open(notice)));
        window.model().addFinishListener(notices);
        window.notificationsEnabledProperty().set(false);
    }

    /** The Notifications setting. */
    public void setEnabled(boolean on) {
        enabled = on;
        window.notificationsEnabledProperty().set(on && sink == null);
    }

    /** Whether notices go to the desktop rather than the window. */
    public boolean isNative() {
        return sink != null;
    }

    private void open(FinishNotice notice) {
        if (stage != null) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
        }
        if (!notice.isSummary()) {
            window.select(notice.taskIds().getFirst());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (sink != null) {
            sink.close();
        }
    }
}
