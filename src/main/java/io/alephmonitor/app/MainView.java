package io.alephmonitor.app;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.tracking.TrackerListener;
import io.alephmonitor.ui.main.MainWindow;
import io.alephmonitor.ui.detail.DetailPane;
import io.alephmonitor.ui.preview.ImageCache;

import java.time.Clock;
import java.util.List;

/**
 * The main window with its detail pane, wired to a tracker: what the app shows and the flow tests drive.
 * The detail pane is built on the first selection (nothing is selected at launch), so the first frame
 * does not wait for the player and image views.
 */
final class MainView {

    private final MainWindow window;
    private final DesktopBridge desktop;
    private final ImageCache images;
    private DetailPane detail;

    private MainView(MainWindow window, DesktopBridge desktop, ImageCache images) {
        this.window = window;
        this.desktop = desktop;
        this.images = images;
    }

    static MainView build(TaskTracker tracker, DesktopBridge desktop, boolean demo) {
        ImageCache images = new ImageCache();
        MainWindow window = new MainWindow(tracker, Clock.systemDefaultZone(), desktop, images);
        MainView view = new MainView(window, desktop, images);
        window.selectedTaskProperty().addListener((obs, old, task) -> {
            if (task != null || view.detail != null) {
                view.detail().show(task);
            }
        });
        window.setFollowUpHook((which, task) -> view.detail().startFollowUp(which, task));
        if (demo) {
            window.showDemoBanner("Demo mode — these tasks come from the built-in kie.ai simulator, not your account."
                    + " Enter your API key in Settings to track your own tasks.");
        }
        tracker.addListener(new TrackerListener() {
            @Override
            public void tasksChanged(List<TrackedTask> changed, List<String> removedIds) {
                tracker.recheckSavedFiles(changed.stream().filter(t -> t.savedPath() != null).map(TrackedTask::taskId).toList());
                // a child made from the shown task (or its parent) changed: its family section follows
                TrackedTask shown = view.detail == null ? null : view.detail.task();
                if (shown != null && changed.stream().anyMatch(t -> t.origin() != null
                        && t.origin().parentTaskId().equals(shown.taskId()))) {
                    view.detail.show(shown);
                }
            }
        });
        return view;
    }

    /** Keeps what the detail pane has typed but not sent yet (the note); before closing. */
    void keepPendingEdits() {
        if (detail != null) {
            detail.keepPendingEdits();
        }
    }

    MainWindow window() {
        return window;
    }

    /** The detail pane, built (and put in the window) on first use; FX thread. */
    DetailPane detail() {
        if (detail == null) {
            // One registry with the window's comparisons: a compared pair starting pauses the detail pane's player.
            detail = new DetailPane(desktop, images, window.players(), desktop.textSource(),
                    java.time.ZoneId.systemDefault(), java.util.Locale.getDefault(java.util.Locale.Category.FORMAT));
            detail.setFamilySelect(window::select);
            window.setDetailPane(detail);
        }
        return detail;
    }
}
