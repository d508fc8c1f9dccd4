package io.alephmonitor.ui.detail;

import io.alephmonitor.testsupport.ScrollIntoView;

import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.ui.preview.ImageCache;
import io.alephmonitor.ui.preview.PlayerRegistry;
import io.alephmonitor.ui.preview.PlayerTiming;
import io.alephmonitor.ui.preview.TestMediaServer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaPlayer;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

@ExtendWith(ApplicationExtension.class)
class DetailPaneTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";
    private static final Instant CREATED = Instant.parse("2025-08-15T14:25:00Z");
    private static final Instant DONE = Instant.parse("2025-08-15T14:30:45Z");
    private static final String PROMPT = "A majestic eagle soaring through mountain clouds at sunset";

    private static TestMediaServer server;
    private final RecordingActions actions = new RecordingActions();
    /** The selection rests 100 ms before a player is built; a player gets 10 s to become READY. */
    private static final Duration SETTLE = Duration.millis(100);
    private final PlayerRegistry players = new PlayerRegistry(
            new PlayerTiming(SETTLE, Duration.seconds(10), PlayerTiming.Timers.fx()));
    private DetailPane pane;
    private StackPane root;

    @BeforeAll
    static void serve() {
        server = new TestMediaServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        pane = new DetailPane(actions, new ImageCache(), players, ZoneOffset.UTC, Locale.UK);
        root = new StackPane(pane);
        stage.setScene(new Scene(root, 700, 800));
        stage.show();
    }

    private static TaskParams params(String imageUrl, String videoUrl) {
        String raw = "{\"prompt\":\"" + PROMPT + "\",\"imageUrl\":\"" + imageUrl + "\",\"aspectRatio\":\"16:9\",\"seed\":42}";
        return new TaskParams(PROMPT, imageUrl, videoUrl, null, "16:9", 42L, raw);
    }

    private static TrackedTask task(String id, TaskStatus status, TaskParams params) {
        return new TrackedTask(id, "aleph", CREATED, status, params, CREATED,
                status instanceof TaskStatus.Succeeded ? DONE : null, null, null, null, null, null);
    }

    private TrackedTask finished(String id, String videoUrl) {
        return task(id, new TaskStatus.Succeeded(videoUrl, server.imageUrl("thumb-" + id), DONE),
                params(server.imageUrl("source-" + id), null));
    }

    private <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    /** Scrolls the pane so the node is in view, as a user would before clicking it. */
    private void reveal(FxRobot robot, String query) {
        robot.interact(() -> ScrollIntoView.reveal(robot.lookup(query).query()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double topInContent(javafx.scene.control.ScrollPane scroll, Node node) {
        return ScrollIntoView.topInContent(scroll, node);
    }

    private static boolean shownOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void withoutATaskThePaneSaysWhatToDo(FxRobot robot) {
        assertThat(robot.lookup("#detail-placeholder").queryLabeled().getText())
                .isEqualTo("Select a task to see its details");
    }

    @Test
    void anImageOnlyTaskWithSeveralResultsShowsThemAllAndSavesThemAll(FxRobot robot) throws Exception {
        List<String> results = List.of(server.imageUrl("cat-1"), server.imageUrl("cat-2"), server.imageUrl("cat-3"));
        robot.interact(() -> pane.show(task(ID, new TaskStatus.Succeeded(null, null, results, DONE), params(null, null))));

        assertThat(robot.lookup(".result-tile").queryAll()).hasSize(3);
        assertThat(robot.lookup("Results (3)").tryQuery()).isPresent();
        assertThat(shownOnScreen(pane.videoPreview())).as("no video to preview").isFalse();
        Button save = node(robot, "detail-save", Button.class);
        assertThat(save.getText()).isEqualTo("Save all (3)…");
        assertThat(save.isDisabled()).isFalse();
        ImageView large = node(robot, "detail-result-image", ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> large.getImage() != null && large.getImage().getProgress() >= 1);
        assertThat(large.getImage().getUrl()).isEqualTo(results.getFirst());

        robot.clickOn("#detail-result-2");
        assertThat(large.getImage().getUrl()).isEqualTo(results.get(1));
        robot.clickOn("#detail-copy-url");
        assertThat(actions.copied).containsExactly(results.get(1));
        robot.clickOn(large);
        assertThat(actions.opened).containsExactly(results.get(1));
    }

    @Test
    void anExpiredResultImageIsShownThroughAFreshLink(FxRobot robot) throws Exception {
        String expired = server.missingUrl("cat.png");
        actions.freshLinks.put(expired, server.imageUrl("cat-fresh"));
        robot.interact(() -> pane.show(task(ID, new TaskStatus.Succeeded(null, expired, DONE), params(null, null))));

        ImageView large = node(robot, "detail-result-image", ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> large.getImage() != null
                && large.getImage().getUrl().equals(server.imageUrl("cat-fresh")) && large.getImage().getProgress() >= 1);
        assertThat(large.getImage().isError()).isFalse();
    }

    @Test
    void showsTheFullIdPromptAndImageUrlFromTheParameters(FxRobot robot) {
        String image = server.imageUrl("eagle");
        robot.interact(() -> pane.show(task(ID, new TaskStatus.Running(), params(image, "https://example.com/in.mp4"))));

        assertThat(node(robot, "detail-task-id", TextField.class).getText()).isEqualTo(ID);
        assertThat(node(robot, "detail-prompt", TextArea.class).getText()).isEqualTo(PROMPT);
        assertThat(node(robot, "detail-image-url", TextField.class).getText()).isEqualTo(image);
        assertThat(node(robot, "detail-status", Label.class).getText()).isEqualTo("Running");
        assertThat(robot.lookup("16:9").tryQuery()).isPresent();
        assertThat(robot.lookup("https://example.com/in.mp4").tryQuery()).isPresent();
        assertThat(robot.lookup("#detail-image-preview").queryAs(javafx.scene.image.ImageView.class).getImage())
                .isNotNull();
    }

    @Test
    void theTimesAreShownInLocalReadableForm(FxRobot robot) {
        robot.interact(() -> pane.show(finished(ID, server.videoUrl("times"))));

        assertThat(robot.lookup("15 Aug 2025, 14:25:00").tryQuery()).isPresent();
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("15 Aug 2025, 14:30:45") && l.getText().contains("took 5 min 45 s"))
                .tryQuery()).isPresent();
    }

    @Test
    void aFailedTaskShowsKieAisErrorMessage(FxRobot robot) {
        robot.interact(() -> pane.show(task(ID, new TaskStatus.Failed(501, "Content policy violation"), params(null, null))));

        assertThat(node(robot, "detail-status", Label.class).getText()).isEqualTo("Failed");
        atlantafx.base.controls.Message failure = robot.lookup("#detail-failure").queryAs(atlantafx.base.controls.Message.class);
        assertThat(failure.isVisible()).isTrue();
        assertThat(failure.getDescription()).isEqualTo("Generation failed: Content policy violation (code 501)");
        assertThat(shownOnScreen(pane.videoPreview())).isFalse();
    }

    @Test
    void theRawParamJsonIsThereOnDemand(FxRobot robot) {
        TaskParams p = params("https://example.com/e.jpg", null);
        robot.interact(() -> pane.show(task(ID, new TaskStatus.Running(), p)));
        TitledPane raw = robot.lookup("#detail-raw-pane").queryAs(TitledPane.class);
        assertThat(raw.isExpanded()).isFalse();

        robot.clickOn("Raw paramJson");

        assertThat(raw.isExpanded()).isTrue();
        assertThat(node(robot, "detail-raw-params", TextArea.class).getText()).isEqualTo(p.raw());
        assertThat(robot.lookup("#detail-raw-params").match(NodeMatchers.isVisible()).tryQuery()).isPresent();
    }

    /** kie.ai's "not found" may come before its record does (Market's 422): a Not found task always offers Check again. */
    @Test
    void aNotFoundTaskOffersCheckAgainAndARunningOneDoesNot(FxRobot robot) {
        robot.interact(() -> pane.show(task(ID, new TaskStatus.NotFound(), TaskParams.EMPTY)));

        Button checkAgain = node(robot, "detail-check-again", Button.class);
        assertThat(checkAgain.isVisible()).isTrue();
        robot.interact(checkAgain::fire);
        assertThat(actions.checkedAgain).containsExactly(ID);

        robot.interact(() -> pane.show(task(ID, new TaskStatus.Running(), TaskParams.EMPTY)));
        assertThat(checkAgain.isVisible()).isFalse();
    }

    @Test
    void unsafeVideoLinksShowTheRefusalAndCreateNoPlayer(FxRobot robot) {
        for (String unsafe : new String[]{"file:///etc/passwd", "javascript:alert(1)"}) {
            robot.interact(() -> pane.show(finished(ID + unsafe.length(), unsafe)));

            assertThat(pane.videoPreview().problemProperty().get()).as(unsafe).contains("was not opened");
            assertThat(robot.lookup(".message").match(NodeMatchers.isVisible())
                    .match((atlantafx.base.controls.Message m) -> m.getDescription().contains("not opened")).tryQuery())
                    .isPresent();
            assertThat(robot.lookup("#detail-open-browser").queryButton().isDisabled()).isTrue();
            assertThat(robot.lookup("#detail-save").queryButton().isDisabled()).isTrue();
        }
        assertThat(players.createdPlayers()).isZero();
        assertThat(actions.opened).isEmpty();
    }

    @Test
    void aFinishedTaskPlaysItsVideoInline(FxRobot robot) throws Exception {
        robot.interact(() -> pane.show(finished(ID, server.videoUrl("inline"))));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> pane.videoPreview().statusProperty().get() == MediaPlayer.Status.READY);
        assertThat(robot.lookup("#detail-result-image").queryAs(javafx.scene.image.ImageView.class).getImage()).isNotNull();
    }

    @Test
    void aNewerVersionOfTheSameTaskDoesNotRestartTheVideo(FxRobot robot) throws Exception {
        TrackedTask first = finished(ID, server.videoUrl("keep"));
        robot.interact(() -> {
            pane.videoPreview().loopProperty().set(true);
            pane.show(first);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> pane.videoPreview().statusProperty().get() == MediaPlayer.Status.READY);
        robot.interact(() -> pane.videoPreview().togglePlay());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> pane.videoPreview().statusProperty().get() == MediaPlayer.Status.PLAYING);

        robot.interact(() -> pane.show(first.withLabel("eagle take 2").withSavedPath(Path.of("/videos/e.mp4"))));

        assertThat(players.createdPlayers()).isEqualTo(1);
        assertThat(pane.videoPreview().statusProperty().get()).isEqualTo(MediaPlayer.Status.PLAYING);
        assertThat(robot.lookup("eagle take 2").tryQuery()).isPresent();
    }

    @Test
    void movingThroughAHundredTasksKeepsAtMostOnePlayerAlive(FxRobot robot) throws Exception {
        for (int i = 0; i < 100; i++) {
            String id = "%08d-debb-48d1-98c4-a6d1c717eba6".formatted(i);
            robot.interact(() -> pane.show(finished(id, server.videoUrl("walk-" + id))));
            assertThat(players.livePlayers()).isLessThanOrEqualTo(1);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> pane.videoPreview().statusProperty().get() == MediaPlayer.Status.READY);
        assertThat(players.createdPlayers()).isBetween(1L, 100L);
        assertThat(players.livePlayers()).isEqualTo(1);

        robot.interact(() -> pane.show(null));
        assertThat(players.livePlayers()).isZero();
    }

    /**
     * A creator holding the arrow key down, pausing, and moving on while a video loads: whatever the
     * speed, at most one player is alive at any time, the walk ends with exactly one READY player for
     * the last task, and no media exception reaches the FX thread's uncaught-exception handler.
     */
    @Test
    void walkingAHundredTasksAtRandomSpeedsEndsWithExactlyOneReadyPlayer(FxRobot robot) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            Thread fx = Thread.currentThread();
            before[0] = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
        });
        int[] steps = new int[3]; // faster than the rest time, slower, moving on while the player loads
        String last = null;
        try {
            for (int i = 0; i < 100; i++) {
                String id = "%08d-walk-48d1-98c4-a6d1c717eba6".formatted(i);
                boolean video = i == 99 || i % 7 != 3; // now and then a running task: the preview is disposed
                TrackedTask next = video ? finished(id, server.videoUrl("random-walk-" + id))
                        : task(id, new TaskStatus.Running(), params(null, null));
                long createdBefore = players.createdPlayers();
                robot.interact(() -> pane.show(next));
                assertThat(players.livePlayers()).as("seed %d, step %d", seed, i).isLessThanOrEqualTo(1);
                int speed = random.nextInt(3);
                steps[speed]++;
                switch (speed) {
                    case 0 -> Thread.sleep(random.nextLong((long) SETTLE.toMillis() * 8 / 10));
                    case 1 -> Thread.sleep(random.nextLong((long) SETTLE.toMillis() * 12 / 10, (long) SETTLE.toMillis() * 4));
                    default -> {
                        if (video) {
                            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> players.createdPlayers() > createdBefore);
                        }
                    }
                }
                assertThat(players.livePlayers()).as("seed %d, step %d", seed, i).isLessThanOrEqualTo(1);
                last = server.videoUrl("random-walk-" + id);
            }
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS,
                    () -> pane.videoPreview().statusProperty().get() == MediaPlayer.Status.READY);
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }

        assertThat(steps).as("seed %d: every speed was walked", seed).doesNotContain(0);
        assertThat(pane.videoPreview().url()).isEqualTo(last);
        assertThat(pane.videoPreview().problemProperty().get()).isNull();
        assertThat(players.livePlayers()).isEqualTo(1);
        assertThat(uncaught).as("seed %d: exceptions that reached the FX thread's handler", seed).isEmpty();
    }

    @Test
    void hidingThePaneReleasesThePlayer(FxRobot robot) throws Exception {
        robot.interact(() -> pane.show(finished(ID, server.videoUrl("hide"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> pane.videoPreview().statusProperty().get() == MediaPlayer.Status.READY);

        robot.interact(() -> root.getChildren().clear());

        assertThat(players.livePlayers()).isZero();
    }

    @Test
    void shortcutSaveAsksWhereThenShowsProgressAndCancels(FxRobot robot) {
        Path[] asked = new Path[1];
        String[] suggested = new String[1];
        robot.interact(() -> {
            pane.setSaveTargetChooser((owner, name, folder) -> {
                suggested[0] = name;
                asked[0] = folder.resolve(name);
                return asked[0];
            });
            pane.show(finished(ID, server.videoUrl("save")));
        });
        reveal(robot, "#detail-task-id");
        robot.clickOn("#detail-task-id");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        assertThat(suggested[0]).isEqualTo("aleph-ee603959.mp4");
        assertThat(actions.saves).hasSize(1);
        RecordingActions.ControlledSave save = actions.saves.getFirst();
        assertThat(save.target).isEqualTo(Path.of("/videos/aleph-ee603959.mp4"));
        save.total.set(4 * 1024 * 1024);
        save.done.set(1024 * 1024);
        // The progress row reads the job on its own refresh tick.
        assertThatCode(() -> WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("1.0 MB of 4.0 MB (25 %)").tryQuery().isPresent())).doesNotThrowAnyException();
        assertThat(pane.canSaveProperty().get()).isFalse();

        robot.clickOn("Cancel");

        assertThat(save.cancelled).isTrue();
    }

    @Test
    void aFailedSaveShowsTheSaveExceptionsMessage(FxRobot robot) {
        robot.interact(() -> {
            pane.setSaveTargetChooser((owner, name, folder) -> Path.of("/full-disk", name));
            pane.show(finished(ID, server.videoUrl("fail")));
            pane.saveAction().run();
        });

        actions.saves.getFirst().result.completeExceptionally(
                new SaveException("The disk is full. Free some space, then save again."));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detail-save-outcome").queryAs(atlantafx.base.controls.Message.class).getDescription())
                .isEqualTo("The disk is full. Free some space, then save again.");
        assertThat(pane.canSaveProperty().get()).isTrue();
    }

    @Test
    void aCancelledSaveDialogStartsNothing(FxRobot robot) {
        robot.interact(() -> {
            pane.setSaveTargetChooser((owner, name, folder) -> null);
            pane.show(finished(ID, server.videoUrl("nosave")));
            pane.saveAction().run();
        });

        assertThat(actions.saves).isEmpty();
    }

    @Test
    void aSavedFileThatWentMissingIsPointedOut(FxRobot robot) {
        Path saved = Path.of("/videos/gone.mp4");
        robot.interact(() -> pane.show(finished(ID, server.videoUrl("missing")).withSavedPath(saved)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detail-saved-note").queryLabeled().getText()).contains("missing");
        assertThat(robot.lookup("#detail-open-folder").queryButton().isDisabled()).isTrue();
    }

    @Test
    void openFolderCopyUrlAndBrowserGoThroughTheActions(FxRobot robot) {
        Path saved = Path.of("/videos/here.mp4");
        actions.existingFiles.add(saved);
        String video = server.videoUrl("acts");
        robot.interact(() -> pane.show(finished(ID, video).withSavedPath(saved)));
        WaitForAsyncUtils.waitForFxEvents();

        reveal(robot, "#detail-open-folder");
        robot.clickOn("#detail-open-folder");
        robot.clickOn("#detail-copy-url");
        robot.clickOn("#detail-open-browser");

        assertThat(robot.lookup("#detail-saved-note").queryLabeled().getText()).isEqualTo("Saved to " + saved);
        assertThat(actions.openedFolders).containsExactly(saved);
        assertThat(actions.copied).containsExactly(video);
        assertThat(actions.opened).containsExactly(video);
    }

    @Test
    void thePromptAndTheSourceComeFirstThenTheVideoThenTheIdAndTimes(FxRobot robot) {
        String video = server.videoUrl("order");
        robot.interact(() -> pane.show(task(ID, new TaskStatus.Succeeded(video, server.imageUrl("thumb-order"), DONE),
                params(server.imageUrl("order"), "https://example.com/in.mp4"))));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) pane.lookup(".scroll-pane");
            double status = topInContent(scroll, robot.lookup("#detail-status").query());
            double prompt = topInContent(scroll, robot.lookup("#detail-prompt").query());
            double image = topInContent(scroll, robot.lookup("#detail-image-preview").query());
            double sourceVideo = topInContent(scroll, robot.lookup("#detail-video-url").query());
            double result = topInContent(scroll, robot.lookup("#detail-video").query());
            double taskId = topInContent(scroll, robot.lookup("#detail-task-id").query());
            assertThat(status).isLessThan(prompt);
            assertThat(prompt).isLessThan(image);
            assertThat(image).isLessThan(sourceVideo);
            assertThat(sourceVideo).as("the source before the result").isLessThan(result);
            assertThat(result).as("the ID and times after the result").isLessThan(taskId);
            assertThat(prompt).as("the prompt within the first screen").isLessThan(200);
        });
    }

    @Test
    void regenerateAsksForANewTakeOfTheShownTask(FxRobot robot) {
        TrackedTask shown = finished(ID, server.videoUrl("remake"));
        robot.interact(() -> pane.show(shown));

        robot.interact(() -> robot.lookup("#detail-remake").queryButton().fire());

        assertThat(actions.remade).extracting(TrackedTask::taskId).containsExactly(ID);
    }
}
