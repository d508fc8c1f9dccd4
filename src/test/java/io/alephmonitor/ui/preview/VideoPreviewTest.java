package io.alephmonitor.ui.preview;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaPlayer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

import javafx.util.Duration;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class VideoPreviewTest {

    private static TestMediaServer server;
    private final PlayerRegistry players = new PlayerRegistry();
    private VideoPreview preview;
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
        preview = new VideoPreview(players);
        root = new StackPane(preview);
        stage.setScene(new Scene(root, 640, 480));
        stage.show();
    }

    private void waitForStatus(MediaPlayer.Status wanted) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.statusProperty().get() == wanted);
    }

    @Test
    void aServedMp4BecomesReadyToPlay(FxRobot robot) throws Exception {
        robot.interact(() -> preview.load(server.videoUrl("ready")));

        waitForStatus(MediaPlayer.Status.READY);
        assertThat(preview.problemProperty().get()).isNull();
        assertThat(players.livePlayers()).isEqualTo(1);
    }

    @Test
    void spaceTogglesPlayWhileThePreviewHasFocus(FxRobot robot) throws Exception {
        robot.interact(() -> preview.load(server.videoUrl("space")));
        waitForStatus(MediaPlayer.Status.READY);
        robot.interact(() -> {
            preview.loopProperty().set(true); // a 2 s clip must not end between the two presses
            preview.requestFocus();
        });

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitForStatus(MediaPlayer.Status.PLAYING);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitForStatus(MediaPlayer.Status.PAUSED);
    }

    @Test
    void loadingTheSameLinkAgainKeepsThePlayerAndItsPosition(FxRobot robot) throws Exception {
        robot.interact(() -> {
            preview.loopProperty().set(true);
            preview.load(server.videoUrl("same"));
        });
        waitForStatus(MediaPlayer.Status.READY);
        robot.interact(preview::togglePlay);
        waitForStatus(MediaPlayer.Status.PLAYING);

        robot.interact(() -> preview.load(server.videoUrl("same")));

        assertThat(players.createdPlayers()).isEqualTo(1);
        assertThat(preview.statusProperty().get()).isEqualTo(MediaPlayer.Status.PLAYING);
    }

    @Test
    void aLinkThatAnswers404ShowsAReadableMessageAndNoPlayerIsLeft(FxRobot robot) throws Exception {
        robot.interact(() -> preview.load(server.missingUrl("expired.mp4")));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.problemProperty().get() != null);
        // JavaFX reports a 404 with differing error types from run to run; each maps to a sentence with a next step.
        assertThat(preview.problemProperty().get())
                .doesNotContain("Exception")
                .containsIgnoringCase("open it in your browser");
        assertThat(players.livePlayers()).isZero();
        assertThat(robot.lookup(".message").queryAll()).isNotEmpty();
        assertThat(robot.lookup("Open in browser").match(NodeMatchers.isVisible()).tryQuery()).isPresent();
    }

    @Test
    void anExpiredLinkPlaysThroughTheFreshLinkTheRenewerGives(FxRobot robot) throws Exception {
        String expired = server.missingUrl("renewed.mp4");
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            preview.setLinkRenewer(link -> {
                asked.add(link);
                return java.util.concurrent.CompletableFuture.completedFuture(server.videoUrl("fresh"));
            });
            preview.load(expired);
        });

        waitForStatus(MediaPlayer.Status.READY);
        assertThat(asked).containsExactly(expired);
        assertThat(preview.url()).as("the task's own link stays the one shown").isEqualTo(expired);
        assertThat(preview.problemProperty().get()).isNull();
    }

    @Test
    void anExpiredLinkKieAiCannotRenewSaysWhyInsteadOfAPlayerError(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> {
            preview.setLinkRenewer(link -> {
                asked.incrementAndGet();
                return java.util.concurrent.CompletableFuture.failedFuture(
                        new IllegalArgumentException("The result link has expired and kie.ai cannot renew it. This result is lost."));
            });
            preview.load(server.missingUrl("lost.mp4"));
        });

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.problemProperty().get() != null);
        assertThat(asked).hasValue(1);
        assertThat(preview.problemProperty().get())
                .isEqualTo("The result link has expired and kie.ai cannot renew it. This result is lost.");
        assertThat(players.livePlayers()).isZero();
    }

    @Test
    void unsafeLinksAreRefusedBeforeAnyPlayerExists(FxRobot robot) {
        for (String unsafe : new String[]{"file:///etc/passwd", "javascript:alert(1)", "jar:file:/x.jar!/a.mp4",
                "video.mp4", "https://user:secret@example.com/v.mp4"}) {
            robot.interact(() -> preview.load(unsafe));

            assertThat(preview.problemProperty().get()).as(unsafe).contains("was not opened");
            assertThat(preview.statusProperty().get()).isNull();
        }
        assertThat(players.createdPlayers()).isZero();
        assertThat(robot.lookup("Open in browser").match(NodeMatchers.isVisible()).tryQuery()).isEmpty();
    }

    @Test
    void aPreviewRemovedFromTheWindowReleasesItsPlayer(FxRobot robot) throws Exception {
        robot.interact(() -> preview.load(server.videoUrl("hidden")));
        waitForStatus(MediaPlayer.Status.READY);

        robot.interact(() -> root.getChildren().clear());
        assertThat(players.livePlayers()).isZero();

        robot.interact(() -> root.getChildren().add(preview));
        waitForStatus(MediaPlayer.Status.READY);
        assertThat(players.livePlayers()).isEqualTo(1);
    }

    private final ManualTimers timers = new ManualTimers();
    /** Players whose previews rest 250 ms and wait 12 s for READY, both on {@link #timers}. */
    private final PlayerRegistry timed = new PlayerRegistry(timers.timing(Duration.millis(250), Duration.seconds(12)));

    /** Puts a preview on hand-driven timers in place of the one the window shows. */
    private VideoPreview previewOnManualTimers(FxRobot robot) {
        VideoPreview[] made = new VideoPreview[1];
        robot.interact(() -> {
            made[0] = new VideoPreview(timed);
            root.getChildren().setAll(made[0]);
        });
        return made[0];
    }

    @Test
    void aPlayerIsBuiltOnlyOnceTheLinkHasRested(FxRobot robot) throws Exception {
        VideoPreview rested = previewOnManualTimers(robot);
        String first = server.videoUrl("passed-1");
        String second = server.videoUrl("passed-2");
        String last = server.videoUrl("rested");

        robot.interact(() -> {
            rested.load(first);
            timers.advance(Duration.millis(200));
            rested.load(second);
            timers.advance(Duration.millis(200));
            rested.load(last);
        });
        assertThat(timed.createdPlayers()).isZero();
        assertThat(server.requests(first) + server.requests(second) + server.requests(last)).isZero();

        robot.interact(() -> timers.advance(Duration.millis(250)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rested.statusProperty().get() == MediaPlayer.Status.READY);

        assertThat(timed.createdPlayers()).isEqualTo(1);
        assertThat(server.requests(first) + server.requests(second)).isZero();
        assertThat(rested.url()).isEqualTo(last);
    }

    @Test
    void aPlayerNotReadyInTimeIsReplacedOnceThenAReadableMessageKeepsOpenAndSave(FxRobot robot) throws Exception {
        VideoPreview watched = previewOnManualTimers(robot);
        String hanging = server.stalledUrl("hangs.mp4");
        robot.interact(() -> {
            watched.load(hanging);
            timers.advance(Duration.millis(250));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> server.requests(hanging) == 1);

        robot.interact(() -> timers.advance(Duration.seconds(12)));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> server.requests(hanging) == 2);
        assertThat(watched.problemProperty().get()).as("the first time-out only retries").isNull();

        robot.interact(() -> timers.advance(Duration.seconds(12)));

        assertThat(watched.problemProperty().get()).isEqualTo(MediaProblem.notReadyInTime());
        assertThat(timed.livePlayers()).isZero();
        assertThat(robot.lookup("Open in browser").match(NodeMatchers.isVisible()).tryQuery()).isPresent();
        assertThat(robot.lookup("Save video…").match(NodeMatchers.isVisible()).tryQuery()).isPresent();
        robot.interact(() -> timers.advance(Duration.seconds(60)));
        assertThat(server.requests(hanging)).as("no third try").isEqualTo(2);
    }

    @Test
    void timesAreShownAsMinutesAndSeconds() {
        assertThat(VideoControls.formatTime(javafx.util.Duration.seconds(5.7))).isEqualTo("0:05");
        assertThat(VideoControls.formatTime(javafx.util.Duration.seconds(125))).isEqualTo("2:05");
        assertThat(VideoControls.formatTime(javafx.util.Duration.hours(1).add(javafx.util.Duration.seconds(3))))
                .isEqualTo("1:00:03");
        assertThat(VideoControls.formatTime(javafx.util.Duration.UNKNOWN)).isEqualTo("0:00");
    }
}
