package io.alephmonitor.app;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.settings.Theme;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.media.MediaPlayer;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes the README screenshots: the app over the simulator's demo tasks, a finished task selected
 * with its video showing a frame, in the light and the dark theme ({@code main-light.png},
 * {@code main-dark.png}, 1280×800) into the folder given as the only argument. Run it under Xvfb with
 * the test class path and ALSA pointed at a null device (no sound card there), e.g.
 * {@code ALSA_CONFIG_PATH=src/test/resources/alsa-null.conf xvfb-run -s "-screen 0 1600x1000x24"
 * java -cp target/classes:target/test-classes:<test deps> io.alephmonitor.app.ScreenshotMain assets/screenshots}.
 */
public final class ScreenshotMain {

    private static final long TIMEOUT_SECONDS = 120;

    private ScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: ScreenshotMain <output folder>");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Path data = Files.createTempDirectory("aleph-screenshots");
        CompletableFuture<Void> toolkit = new CompletableFuture<>();
        Platform.startup(() -> toolkit.complete(null));
        toolkit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        // The demo's pace: finished tasks are done already, the running ones finish within minutes.
        FlowFixture app = onFx(() -> new FlowFixture(new Stage(), data, Duration.ofSeconds(40),
                FlowFixture.FAST_POLLING.withInterval(Duration.ofSeconds(5))));
        try {
            app.started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> ids = app.sim.addDemoTasks();
            onFx(() -> app.view.window().addFromText(String.join("\n", ids)));
            String shown = ids.getFirst();
            waitFor("the finished demo tasks show as finished", () -> app.view.window().model().rows().size() == ids.size()
                    && app.view.window().model().row(shown).status() instanceof TaskStatus.Succeeded);

            onFx(() -> {
                app.view.window().notificationsEnabledProperty().set(false);
                @SuppressWarnings("unchecked")
                TableView<TaskRowViewModel> table = (TableView<TaskRowViewModel>) app.scene.lookup("#taskTable");
                table.getSelectionModel().select(app.view.window().model().row(shown));
                table.requestFocus();
                return null;
            });
            waitFor("the video is ready", () -> app.view.detail().videoPreview().statusProperty().get()
                    == MediaPlayer.Status.READY);
            onFx(() -> {
                app.view.detail().videoPreview().mutedProperty().set(true);
                // Looping, the player never reaches the end of the short clip before it is paused.
                app.view.detail().videoPreview().loopProperty().set(true);
                app.view.detail().videoPreview().togglePlay();
                return null;
            });
            // A frame from the middle of the clip rather than the first one.
            waitFor("the video has played a second", () -> app.view.detail().videoPreview().statusProperty().get()
                    == MediaPlayer.Status.PLAYING && seekBar(app).getValue() >= 1.0);
            // The player sometimes ignores a pause right after a loop: ask again until it is paused.
            waitFor("the video is paused", () -> {
                if (app.view.detail().videoPreview().statusProperty().get() == MediaPlayer.Status.PLAYING) {
                    app.view.detail().videoPreview().togglePlay();
                }
                return app.view.detail().videoPreview().statusProperty().get() == MediaPlayer.Status.PAUSED;
            });
            onFx(() -> {
                scrollToResult(app);
                return null;
            });

            snapshot(app, out.resolve("main-light.png"));
            onFx(() -> {
                app.theme.choiceProperty().set(Theme.DARK);
                return null;
            });
            snapshot(app, out.resolve("main-dark.png"));
        } finally {
            onFx(() -> {
                app.disposeView();
                return null;
            });
            app.close();
            Platform.exit();
        }
    }

    /** The player's position bar, in seconds. */
    private static Slider seekBar(FlowFixture app) {
        return (Slider) app.view.detail().videoPreview().lookup(".slider");
    }

    /** Scrolls the detail pane down to the video; the prompt follows below it (its first lines in view at 800 px). */
    private static void scrollToResult(FlowFixture app) {
        ScrollPane scroll = (ScrollPane) app.view.detail().lookup(".scroll-pane");
        app.scene.getRoot().applyCss();
        app.scene.getRoot().layout();
        double videoTop = topIn(scroll, app.view.detail().lookup("#detail-video"));
        double scrollable = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (scrollable > 0) {
            scroll.setVvalue(Math.min(1, Math.max(0, (videoTop - 6) / scrollable)));
        }
    }

    private static double topIn(ScrollPane scroll, Node node) {
        return scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
    }

    private static void snapshot(FlowFixture app, Path file) throws Exception {
        // Let a few pulses pass so a theme change is fully applied and the video frame is drawn.
        for (int i = 0; i < 10; i++) {
            onFx(() -> null);
            Thread.sleep(50);
        }
        onFx(() -> {
            scrollToResult(app);
            return null;
        });
        WritableImage image = onFx(() -> app.scene.snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        System.out.println("Wrote " + file + " (" + w + "x" + h + ")");
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Polls the condition on the FX thread (a tool, not a test: a short sleep between checks is fine). */
    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
