package io.alephmonitor.ui;

import io.alephmonitor.ui.main.DesktopActions;
import io.alephmonitor.ui.main.ViewMode;
import io.alephmonitor.ui.main.MainWindow;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollingState;
import io.alephmonitor.settings.Theme;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Dev launcher: the main window over a fake engine with a dozen varied tasks, and tasks with tracks,
 * texts, progress and a partial result whose MP3s are served on loopback; selecting one shows it in the
 * detail pane. System properties: {@code theme=dark}, {@code view=gallery}, {@code paused=true}.
 */
public final class UiPreviewMain {

    /** The preview as an Application; the outer class is the main class so the class path launch works. */
    public static final class Preview extends Application {
        @Override
        public void start(Stage stage) {
            MainWindow window = show(stage);
            String target = System.getProperty("snapshot");
            if (target != null) {
                // Let layout, CSS and the first tick settle, then write the window to a PNG and quit.
                javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                wait.setOnFinished(e -> {
                    if (System.getProperty("selectFirst") != null) {
                        window.lookupAll(".table-view").forEach(n -> ((javafx.scene.control.TableView<?>) n).getSelectionModel().select(2));
                    }
                    javafx.application.Platform.runLater(() -> {
                        writePng(stage.getScene().snapshot(null), target);
                        javafx.application.Platform.exit();
                    });
                });
                wait.play();
            }
        }
    }

    private static void writePng(javafx.scene.image.Image image, String path) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", new java.io.File(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static MainWindow show(Stage stage) {
        ThemeController theme = new ThemeController();
        theme.choiceProperty().set("dark".equals(System.getProperty("theme")) ? Theme.DARK : Theme.LIGHT);
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        FakeTaskTracker tracker = new FakeTaskTracker(clock);
        tracker.preload(sampleTasks(now).toArray(TrackedTask[]::new));
        io.alephmonitor.ui.preview.TestMediaServer media = new io.alephmonitor.ui.preview.TestMediaServer();
        tracker.preload(resultTasks(now, media).toArray(TrackedTask[]::new));
        tracker.setPollingState(new PollingState(4, now.plusSeconds(14),
                Boolean.getBoolean("paused") ? PollingState.Pause.API_KEY_REJECTED : null,
                "kie.ai answered slowly; retrying in 30 s", 1240.5));
        ImageSource swatches = (url, w, h) -> swatch(url, (int) w, (int) h);
        MainWindow window = new MainWindow(tracker, clock, DesktopActions.NONE, swatches);
        io.alephmonitor.ui.detail.DetailPane[] detail = new io.alephmonitor.ui.detail.DetailPane[1];
        window.selectedTaskProperty().addListener((obs, old, task) -> {
            if (detail[0] == null) {
                detail[0] = new io.alephmonitor.ui.detail.DetailPane(new PreviewActions(), swatches,
                        (url, max) -> java.util.concurrent.CompletableFuture.completedFuture(
                                new io.alephmonitor.ui.preview.TextSource.Excerpt("A linked text's first part…", 100L << 20, true)));
                window.setDetailPane(detail[0]);
            }
            detail[0].show(task);
        });
        if ("gallery".equals(System.getProperty("view"))) {
            window.viewModeProperty().set(ViewMode.GALLERY);
        }
        window.setOnOpenSettings(() -> window.model().setMessage("Settings would open here"));
        Scene scene = new Scene(window, 1380, 860);
        ThemeController.style(scene);
        stage.setTitle("Aleph Monitor — UI preview");
        stage.setScene(scene);
        stage.show();
        window.addFromText("see ee603959-debb-48d1-98c4-a6d1c717eba6 and\nnothing here\n" + SampleTasks.id(1));
        return window;
    }

    private static WritableImage swatch(String url, int w, int h) {
        WritableImage img = new WritableImage(Math.max(1, w), Math.max(1, (int) (w * 9 / 16.0)));
        int seed = url.hashCode();
        Color a = Color.hsb(Math.floorMod(seed, 360), 0.55, 0.85);
        Color b = Color.hsb(Math.floorMod(seed * 7, 360), 0.65, 0.45);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.getPixelWriter().setColor(x, y, a.interpolate(b, (x + y) / (img.getWidth() + img.getHeight())));
            }
        }
        return img;
    }

    static List<TrackedTask> sampleTasks(Instant now) {
        String[] prompts = {
                "A paper boat sailing through a rainy neon city street, cinematic",
                "Turn the dancer into liquid chrome, slow motion",
                "Replace the sky with a violet aurora\nsecond line of the prompt",
                "Make the cat wear a tiny astronaut helmet",
                "Golden hour drone shot over the coast, film grain",
                "Swap the car for a vintage red convertible",
                "Snow falling in the forest, add footprints",
                "Time-lapse of clouds over the mountain lake",
                "The chef juggles glowing lemons",
                "Watercolour style for the whole clip",
                "",
                "Remove the background people",
        };
        TaskStatus[] statuses = {
                new TaskStatus.Running(), new TaskStatus.Pending(), null, null,
                new TaskStatus.Failed(400, "The prompt was rejected by the content filter — rephrase it and generate again."),
                new TaskStatus.NotFound(), new TaskStatus.Running(), null, new TaskStatus.InvalidId(), null,
                new TaskStatus.Running(), null,
        };
        java.util.ArrayList<TrackedTask> out = new java.util.ArrayList<>();
        for (int i = 0; i < prompts.length; i++) {
            String id = SampleTasks.id(100 + i);
            Instant added = now.minus(Duration.ofMinutes(7L * i * i + 1));
            TaskStatus s = statuses[i] != null ? statuses[i]
                    : SampleTasks.succeeded(id, now.minus(Duration.ofDays(i)));
            TrackedTask t = SampleTasks.task(id, s, prompts[i], added);
            if (i == 3) {
                t = SampleTasks.saved(t, "cat.mp4");
            }
            if (i == 6) {
                t = t.withLastError("Network problem; will retry in 30 s");
            }
            out.add(t);
        }
        return out;
    }

    /** Tracks (a Suno-like pair, one still generating), a text model's answer, a linked text and progress. */
    static List<TrackedTask> resultTasks(Instant now, io.alephmonitor.ui.preview.TestMediaServer media) {
        java.util.function.BiFunction<String, String, io.alephmonitor.model.ResultFile.Audio> track = (id, title) ->
                new io.alephmonitor.model.ResultFile.Audio(media.audioUrl(id), title.contains("no cover") ? null : media.imageUrl("cover-" + id),
                        title, 6.0, "synthwave, dreamy, female vocals",
                        "[Verse]\nHeadlights on the coast road\nThe radio hums our song\n[Chorus]\nSunset drive, sunset drive\nWe keep the night alive", id);
        Instant done = now.minus(Duration.ofMinutes(3));
        return List.of(
                SampleTasks.ofKind("market", SampleTasks.task(SampleTasks.id(200), TaskStatus.Succeeded.of(List.of(
                        track.apply("t1", "Sunset Drive"), track.apply("t2", "Sunset Drive (take 2, no cover)")), done),
                        "A synthwave song about a night drive along the coast", now.minus(Duration.ofMinutes(5)))),
                SampleTasks.ofKind("market", SampleTasks.task(SampleTasks.id(201), TaskStatus.Succeeded.of(List.of(
                        new io.alephmonitor.model.ResultFile.Text(null, "{\n  \"title\": \"Night drive\",\n  \"mood\": \"calm\"\n}", true, null)), done),
                        "Describe the scene as JSON", now.minus(Duration.ofMinutes(6)))),
                SampleTasks.ofKind("market", SampleTasks.task(SampleTasks.id(202), TaskStatus.Succeeded.of(List.of(
                        new io.alephmonitor.model.ResultFile.Text("https://example.invalid/story.txt", null, false, "Story")), done),
                        "Write a long story", now.minus(Duration.ofMinutes(8)))),
                SampleTasks.ofKind("market", SampleTasks.task(SampleTasks.id(203), new TaskStatus.Running(0.42),
                        "A kite over the dunes", now.minus(Duration.ofMinutes(1)))),
                SampleTasks.ofKind("market", SampleTasks.task(SampleTasks.id(204), new TaskStatus.Running(null, "First track ready",
                        List.of(track.apply("t3", "Dawn Chorus"))), "An ambient track at dawn", now.minus(Duration.ofMinutes(2)))),
                SampleTasks.ofKind("market", SampleTasks.task(SampleTasks.id(205), TaskStatus.Succeeded.of(List.of(), done, false,
                        "Track 1 came without an audio link."), "A song kie.ai sent back empty", now.minus(Duration.ofMinutes(9)))));
    }

    /** Detail actions that save nothing and copy to the real clipboard. */
    private static final class PreviewActions implements io.alephmonitor.ui.detail.DetailActions {
        public String suggestedFileName(TrackedTask task) { return task.taskId() + ".mp3"; }
        public java.nio.file.Path suggestedFolder(TrackedTask task) { return null; }
        public io.alephmonitor.tracking.SaveJob saveVideo(String taskId, java.nio.file.Path target) { throw new IllegalStateException("preview"); }
        public java.util.concurrent.CompletableFuture<Boolean> fileExists(java.nio.file.Path file) { return java.util.concurrent.CompletableFuture.completedFuture(true); }
        public void openFolder(java.nio.file.Path file) { }
        public void openInBrowser(String url) { }
    }

    public static void main(String[] args) {
        Application.launch(Preview.class, args);
    }
}
