package io.alephmonitor.app;

import io.alephmonitor.settings.Settings;
import io.alephmonitor.ui.main.MainWindow;
import io.alephmonitor.ui.tasks.TableLayout;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the main window looks like from one run to the next: its bounds, the table/detail divider,
 * the columns and sort order, and the kind the paste chooser starts at.
 */
record WindowState(Stage stage, KeptSettings settings) {

    private static final String MAIN_SPLIT = "main";

    /** Puts the saved layout on the window and keeps the paste kind saved as it changes (not only on a clean exit). */
    void restore(MainWindow window) {
        Settings saved = settings.get();
        if (!saved.columns().isEmpty() || !saved.sortOrder().isEmpty()) {
            window.applyTableLayout(new TableLayout(saved.columns(), saved.sortOrder()));
        }
        Double divider = saved.dividerPositions().get(MAIN_SPLIT);
        if (divider != null) {
            window.dividerPositionProperty().set(divider);
        }
        window.defaultKindProperty().set(saved.defaultKind());
        window.defaultKindProperty().addListener((obs, old, kind) ->
                settings.update(s -> s.withDefaultKind(kind), "the paste kind"));
    }

    /** The saved bounds when they are on a screen now; else 1280×800, or the whole screen when it is smaller. */
    void restoreBounds() {
        Settings.WindowBounds b = settings.get().window();
        if (b == null || Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty()) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1280, screen.getWidth()));
            stage.setHeight(Math.min(800, screen.getHeight()));
            stage.centerOnScreen();
            return;
        }
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
    }

    /** Remembers bounds, divider and table layout; called once on exit, so it writes on this thread. */
    void save(MainWindow window) {
        TableLayout layout = window.tableLayout();
        settings.saveNow(settings.get()
                .withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        stage.isMaximized()))
                .withDividerPosition(MAIN_SPLIT, window.dividerPositionProperty().get())
                .withColumns(layout.columns())
                .withSortOrder(layout.sortOrder()), "the window layout");
    }
}
