package io.alephmonitor.app;

import io.alephmonitor.settings.AppFolders;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.alephmonitor.app.AppFlowTest.onFx;
import static io.alephmonitor.app.AppFlowTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help › Copy diagnostics and About in the real window over the simulator: the report lands on
 * the clipboard with the facts a bug report needs and without the key, and the user is told.
 */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @TempDir
    Path temp;

    private Stage stage;
    private FlowFixture fx;
    private AppFolders folders;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private void open() throws Exception {
        folders = new AppFolders(temp.resolve("data"), temp.resolve("config"), temp.resolve("logs"),
                temp.resolve("library"), false);
        fx = onFx(() -> new FlowFixture(stage, temp, Duration.ofMinutes(5), FlowFixture.FAST_POLLING));
        fx.started.get(60, TimeUnit.SECONDS);
        String key = fx.key.get().reveal();
        Files.createDirectories(folders.logDir());
        Files.writeString(folders.logDir().resolve(Diagnostics.LOG_FILE), """
                2025-06-01 10:00:00,000 INFO  [main] io.alephmonitor.app.App - started
                2025-06-01 10:00:01,000 DEBUG [poll] kie.HttpKieClient - GET record-info Authorization: Bearer %s
                2025-06-01 10:00:02,000 WARN  [poll] kie.HttpKieClient - a proxy echoed key=%s
                """.formatted(key, key));
        onFx(() -> {
            Diagnostics diagnostics = new Diagnostics(folders, fx.tracker, false,
                    () -> "Saved in a file only your user can read (x) because no system keyring is available.",
                    fx.key::get);
            fx.view.window().setHelpActions(new HelpFlow(fx.view.window(), diagnostics, folders.logDir(), dir -> { },
                    fx.io));
            return null;
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
    }

    @Test
    void copyDiagnosticsPutsAReportWithoutTheKeyOnTheClipboardAndSaysSo(FxRobot robot) throws Exception {
        open();
        String key = fx.key.get().reveal();
        fx.tracker.addFromText(fx.sim.newAlephTask("A red kite over hills", "https://example.com/k.jpg"), "aleph");
        onFx(() -> {
            Clipboard.getSystemClipboard().clear();
            return null;
        });

        robot.clickOn("#moreMenu").clickOn("Copy diagnostics");

        waitUntil("the report is on the clipboard", () -> Clipboard.getSystemClipboard().hasString());
        String report = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(report)
                .contains("Aleph Monitor", "Java:", "JavaFX:", "OS:")
                .contains(folders.dataDir().toString(), folders.logDir().toString())
                .contains("Tasks (1)").containsPattern("(Pending|Running): 1")
                .contains("Polling", "active tasks: ")
                .contains("because no system keyring is available")
                .contains("io.alephmonitor.app.App - started", "Authorization: Bearer ••••")
                .doesNotContain(key);
        waitUntil("the confirmation shows", () -> Window.getWindows().stream()
                .filter(Window::isShowing).map(Window::getScene).filter(s -> s != null)
                .flatMap(s -> s.getRoot().lookupAll(".label").stream())
                .map(n -> ((Label) n).getText()).anyMatch(HelpFlow.COPIED_TEXT::equals));
    }

    @Test
    void aboutNamesTheVersionsAndTheFolders(FxRobot robot) throws Exception {
        open();

        robot.clickOn("#moreMenu").clickOn("About Aleph Monitor");

        waitUntil("the About box shows", () -> robot.lookup(".text-area").tryQuery().isPresent());
        String about = onFx(() -> robot.lookup(".text-area").queryAs(TextArea.class).getText());
        assertThat(about).contains("Aleph Monitor", "Java:", "JavaFX:")
                .contains(folders.dataDir().toString(), folders.logDir().toString());
        onFx(() -> {
            robot.lookup(".text-area").queryAs(Node.class).getScene().getWindow().hide();
            return null;
        });
    }
}
