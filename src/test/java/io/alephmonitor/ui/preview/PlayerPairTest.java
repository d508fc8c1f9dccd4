package io.alephmonitor.ui.preview;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaPlayer;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two players under one transport: the right one drifting away is brought back to the left one; the
 * registry lets the pair play together but still pauses it for another preview (and it for the pair);
 * a pair that is never ready says so once the ready timeout has passed.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerPairTest {

    @RegisterExtension
    static final TestMediaServer SERVER = new TestMediaServer();

    private final PlayerRegistry players = new PlayerRegistry();
    private final StackPane root = new StackPane();
    private PlayerPair pair;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 640, 400));
        stage.show();
    }

    @AfterEach
    void release(FxRobot robot) {
        robot.interact(() -> {
            if (pair != null) {
                pair.dispose();
            }
        });
    }

    private boolean on(java.util.concurrent.Callable<Boolean> check) throws Exception {
        return WaitForAsyncUtils.asyncFx(check).get(5, TimeUnit.SECONDS);
    }

    private boolean both(MediaPlayer.Status status) throws Exception {
        return on(() -> pair.player(true) != null && pair.player(false) != null
                && pair.player(true).getStatus() == status && pair.player(false).getStatus() == status);
    }

    private void playingPair(FxRobot robot, String name) throws Exception {
        robot.interact(() -> {
            pair = new PlayerPair(players);
            pair.load(SERVER.longVideoUrl(name + "-left"), SERVER.longVideoUrl(name + "-right"));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> on(() -> pair.readyProperty().get()));
        robot.interact(pair::play);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> both(MediaPlayer.Status.PLAYING));
    }

    @Test
    void aRightPlayerThatDriftsAwayIsNudgedBackToTheLeftOne(FxRobot robot) throws Exception {
        playingPair(robot, "drift");

        robot.interact(() -> pair.player(false).seek(Duration.seconds(pair.positions()[0] + 1.5)));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> on(() -> {
            double[] at = pair.positions();
            return pair.nudges() > 0 && Math.abs(at[0] - at[1]) < 0.1;
        }));
    }

    @Test
    void thePairPlaysTogetherButAnotherPreviewStartingPausesBoth(FxRobot robot) throws Exception {
        playingPair(robot, "others");
        VideoPreview other = new VideoPreview(players);
        robot.interact(() -> {
            root.getChildren().setAll(other);
            other.loopProperty().set(true);
            other.load(SERVER.longVideoUrl("other"));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> other.statusProperty().get() == MediaPlayer.Status.READY);

        robot.interact(other::togglePlay);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> both(MediaPlayer.Status.PAUSED));
        assertThat(on(() -> pair.playingProperty().get())).as("the pair's transport shows Play again").isFalse();

        robot.interact(pair::play);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> other.statusProperty().get() == MediaPlayer.Status.PAUSED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> both(MediaPlayer.Status.PLAYING));
        robot.interact(other::dispose);
    }

    @Test
    void aPairNeverReadyInTimeSaysSoAndLeavesNoPlayer(FxRobot robot) {
        ManualTimers timers = new ManualTimers();
        PlayerRegistry slow = new PlayerRegistry(timers.timing(Duration.millis(250), Duration.seconds(12)));
        robot.interact(() -> {
            pair = new PlayerPair(slow);
            pair.load(SERVER.stalledUrl("left.mp4"), SERVER.stalledUrl("right.mp4"));
        });

        robot.interact(() -> timers.advance(Duration.seconds(12)));

        assertThat(pair.problemProperty().get()).isNotNull().doesNotContain("Exception");
        assertThat(pair.readyProperty().get()).isFalse();
        assertThat(slow.livePlayers()).isZero();
    }

    @Test
    void anUnsafeLinkIsRefusedBeforeAnyPlayerExists(FxRobot robot) {
        robot.interact(() -> {
            pair = new PlayerPair(players);
            pair.load("file:///etc/passwd", SERVER.longVideoUrl("safe"));
        });

        assertThat(pair.problemProperty().get()).isNotNull();
        assertThat(players.createdPlayers()).isZero();
    }
}
