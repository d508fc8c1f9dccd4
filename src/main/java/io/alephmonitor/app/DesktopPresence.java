package io.alephmonitor.app;

import io.alephmonitor.app.notify.DesktopNotices;
import io.alephmonitor.app.notify.NoticeRouting;
import io.alephmonitor.app.notify.TrayPresence;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.ui.main.MainWindow;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The app on the desktop beyond its window: the tray icon (active-task count, Show / Check all now /
 * Quit, and closing to the tray when the setting says so) and finish notices in the OS notification
 * centre, the window's popup staying the fallback. Finding them touches AWT and the session bus, so it
 * runs on the I/O executor; the FX thread only receives the result.
 */
final class DesktopPresence {

    private final Stage stage;
    private final MainWindow window;
    private final TaskTracker tracker;
    private final KeptSettings settings;
    private final NoticeRouting notices;
    private volatile TrayPresence tray;

    DesktopPresence(Stage stage, MainWindow window, TaskTracker tracker, KeptSettings settings) {
        this.stage = stage;
        this.window = window;
        this.tracker = tracker;
        this.settings = settings;
        this.notices = new NoticeRouting(window, stage);
        notices.setEnabled(settings.get().notifications());
    }

    /** Looks for the tray and the notification centre in the background; call once the window shows. */
    void start(Executor io) {
        stage.setOnCloseRequest(event -> {
            if (tray == null) {
                return; // no tray: closing quits as it always did
            }
            if (settings.get().closeToTray()) {
                event.consume();
                stage.hide(); // the tray's Show brings it back; polling goes on
            } else {
                Platform.exit();
            }
        });
        io.execute(() -> {
            Optional<TrayPresence> found = TrayPresence.supported() ? trayIcon()
                    .flatMap(image -> TrayPresence.install(image, actions())) : Optional.empty();
            found.ifPresent(t -> Platform.runLater(() -> {
                tray = t;
                Platform.setImplicitExit(false); // a window hidden to the tray must not end the app
                var state = window.model().pollingStateProperty();
                t.setActiveCount(state.get() == null ? 0 : state.get().activeCount());
                state.addListener((obs, old, now) -> t.setActiveCount(now == null ? 0 : now.activeCount()));
            }));
            DesktopNotices.find(found).ifPresent(sink -> Platform.runLater(() -> notices.use(sink)));
        });
    }

    private TrayPresence.Actions actions() {
        return new TrayPresence.Actions() {
            @Override
            public void show() {
                Platform.runLater(() -> {
                    stage.show();
                    stage.setIconified(false);
                    stage.toFront();
                });
            }

            @Override
            public void checkAllNow() {
                Platform.runLater(tracker::checkAllNow);
            }

            @Override
            public void quit() {
                Platform.runLater(Platform::exit);
            }
        };
    }

    private static Optional<BufferedImage> trayIcon() {
        try (InputStream in = DesktopPresence.class.getResourceAsStream("/io/alephmonitor/icons/icon-32.png")) {
            return in == null ? Optional.empty() : Optional.ofNullable(ImageIO.read(in));
        } catch (IOException e) {
            LoggerFactory.getLogger(DesktopPresence.class).debug("No tray icon image", e);
            return Optional.empty();
        }
    }

    /** Where finish notices go (the Notifications setting goes through it). */
    NoticeRouting notices() {
        return notices;
    }

    /** Whether the desktop has a tray (the Settings switch "Close to the tray" needs one). */
    boolean hasTray() {
        return tray != null;
    }

    void close() {
        notices.close();
        TrayPresence t = tray;
        if (t != null) {
            t.close();
        }
    }
}
