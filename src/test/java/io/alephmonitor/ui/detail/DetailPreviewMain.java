package io.alephmonitor.ui.detail;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.preview.ImageCache;
import io.alephmonitor.ui.preview.TestMediaServer;
import io.alephmonitor.ui.settings.SettingsDialog;
import io.alephmonitor.ui.settings.SettingsViewModel;
import io.alephmonitor.ui.welcome.KeyVerdict;
import io.alephmonitor.ui.welcome.WelcomeDialog;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Dev launcher: the detail pane for a finished task with a real video served on loopback, plus the
 * settings and welcome dialogs. Arguments: {@code dark} for PrimerDark; {@code settings}, {@code welcome}
 * or {@code failed} to show that instead; {@code multi} for an image-only task with four results.
 */
public final class DetailPreviewMain {

    public static void main(String[] args) {
        // Launched through a nested class: the JDK refuses a main class that extends Application on the class path.
        Application.launch(Preview.class, args);
    }

    /** The preview application. */
    public static final class Preview extends Application {

    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        Application.setUserAgentStylesheet(args.contains("dark")
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        TestMediaServer server = new TestMediaServer();
        RecordingActions actions = new RecordingActions();
        DetailPane pane = new DetailPane(actions, new ImageCache());
        String raw = "{\"prompt\":\"A majestic eagle soaring through mountain clouds at sunset, golden light, "
                + "slow camera pan following the wings\",\"videoUrl\":\"https://example.com/input-eagle.mp4\","
                + "\"imageUrl\":\"" + server.imageUrl("source") + "\",\"aspectRatio\":\"16:9\",\"seed\":1234}";
        TaskParams params = new TaskParams("A majestic eagle soaring through mountain clouds at sunset, golden light, "
                + "slow camera pan following the wings", server.imageUrl("source"), "https://example.com/input-eagle.mp4",
                null, "16:9", 1234L, raw);
        Instant created = Instant.now().minusSeconds(3600);
        TaskStatus status = args.contains("failed")
                ? new TaskStatus.Failed(501, "The source video could not be processed")
                : args.contains("multi")
                ? new TaskStatus.Succeeded(null, null, java.util.List.of(server.imageUrl("r1"), server.imageUrl("r2"),
                        server.imageUrl("r3"), server.imageUrl("r4")), created.plusSeconds(345))
                : new TaskStatus.Succeeded(server.videoUrl("result"), server.imageUrl("thumb"), created.plusSeconds(345));
        Path saved = Path.of(System.getProperty("user.home"), "Videos", "aleph-ee603959.mp4");
        TrackedTask task = new TrackedTask("ee603959-debb-48d1-98c4-a6d1c717eba6", "aleph", created, status, params,
                created, status.isFinal() && !args.contains("failed") ? created.plusSeconds(345) : null, null,
                null, null, args.contains("failed") || args.contains("multi") ? null : saved, null);
        actions.existingFiles.add(saved);
        pane.show(task);
        stage.setTitle("Detail pane preview");
        stage.setScene(new Scene(pane, 720, 880));
        stage.setOnHidden(e -> server.close());
        stage.show();

        if (args.contains("settings")) {
            SettingsViewModel model = new SettingsViewModel();
            model.apiKeyProperty().set("sk-0123456789abcdef");
            model.apiKeyLocationProperty().set("Stored in the system keychain (Secret Service).");
            model.pollIntervalSecondsProperty().set(5);
            model.apiBaseUrlProperty().set("http://proxy.example.com");
            model.autoSaveProperty().set(true);
            SettingsDialog dialog = new SettingsDialog(model);
            dialog.initOwner(stage);
            dialog.show();
        } else if (args.contains("welcome")) {
            WelcomeDialog dialog = new WelcomeDialog(
                    key -> CompletableFuture.completedFuture(new KeyVerdict.Accepted(new BigDecimal("1234"))));
            dialog.initOwner(stage);
            dialog.show();
        }
    }
    }
}
