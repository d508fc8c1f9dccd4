package io.alephmonitor.ui.create;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.tracking.TaskCreator;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.main.DesktopActions;
import io.alephmonitor.ui.main.MainWindow;
import io.alephmonitor.ui.preview.ImageCache;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.time.Instant;

/**
 * The main window with New task wired to a creator over real HTTP against the simulator, the tracker
 * a fake that tracks what is created: what the New task dialogs' tests share.
 */
final class NewTaskWindow implements AutoCloseable {

    final MutableClock clock;
    final KieSimulator sim;
    final HttpKieClient client;
    FakeTaskTracker tracker;
    TaskCreator creator;
    MainWindow window;

    NewTaskWindow(Instant now) {
        clock = new MutableClock(now);
        sim = KieSimulator.start(SimConfig.defaults().withClock(clock));
        client = new HttpKieClient(KieClientConfig.defaults().withBaseUri(sim.baseUri()), () -> ApiKey.of(sim.apiKey()), clock);
    }

    /** Builds the window (FX thread, from the test's {@code @Start}) and shows it at this size. */
    void show(Stage stage, double width, double height) {
        tracker = new FakeTaskTracker(clock);
        creator = new TaskCreator(() -> client, tracker::addCreatedFrom, clock);
        window = new MainWindow(tracker, clock, DesktopActions.NONE, new ImageCache());
        window.setTaskCreator(creator);
        Scene scene = new Scene(window, width, height);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void close() {
        creator.close();
        client.close();
        sim.close();
    }

    static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }
}
