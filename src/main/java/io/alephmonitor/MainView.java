package io.alephmonitor;

import io.alephmonitor.store.TrackedTask;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.tracking.TrackerListener;
import io.alephmonitor.ui.MainWindow;
import io.alephmonitor.ui.detail.DetailPane;
import io.alephmonitor.ui.preview.ImageCache;

import java.time.Clock;
import java.util.List;

/** The main window with its detail pane, wired to a tracker: what the app shows and the flow tests drive. */
record MainView(MainWindow window, DetailPane detail) {

    static MainView build(TaskTracker tracker, DesktopBridge desktop, boolean demo) {
        ImageCache images = new ImageCache();
        MainWindow window = new MainWindow(tracker, Clock.systemDefaultZone(), desktop, images);
        DetailPane detail = new DetailPane(desktop, images);
        window.setDetailPane(detail);
        window.selectedTaskProperty().addListener((obs, old, task) -> detail.show(task));
        if (demo) {
            window.showDemoBanner("Demo mode — these tasks come from the built-in kie.ai simulator, not your account."
                    + " Enter your API key in Settings to track your own tasks.");
        }
        tracker.addListener(new TrackerListener() {
            @Override
            public void tasksChanged(List<TrackedTask> changed, List<String> removedIds) {
                desktop.recheckSavedFiles(changed);
            }
        });
        return new MainView(window, detail);
    }
}
