package io.alephmonitor.ui.preview;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.media.MediaPlayer;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The inline track player: a real MP3 on loopback, played into a null ALSA device (the pom's ALSA_CONFIG_PATH). */
@ExtendWith(ApplicationExtension.class)
class AudioPreviewTest {

    @RegisterExtension
    static final TestMediaServer SERVER = new TestMediaServer();

    private final PlayerRegistry players = new PlayerRegistry(
            new PlayerTiming(Duration.millis(20), Duration.seconds(10), PlayerTiming.Timers.fx()));
    private AudioPreview first;
    private AudioPreview second;

    @Start
    void start(Stage stage) {
        first = new AudioPreview(players);
        second = new AudioPreview(players);
        stage.setScene(new Scene(new VBox(first, second), 500, 200));
        stage.show();
    }

    private static void await(AudioPreview preview, MediaPlayer.Status wanted) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.statusProperty().get() == wanted);
    }

    @Test
    void startingOneTrackPausesTheOtherOnlyOnePlaysAtATime(FxRobot robot) throws Exception {
        robot.interact(() -> {
            first.load(SERVER.audioUrl("first"));
            second.load(SERVER.audioUrl("second"));
        });
        await(first, MediaPlayer.Status.READY);
        await(second, MediaPlayer.Status.READY);

        // A null sound device plays faster than real time, so the first track may have ended (no longer
        // PLAYING) by the time the second starts: then there is nothing to pause. Otherwise the second's
        // start must have the first paused. Either way, two tracks never play together unasked.
        java.util.List<MediaPlayer.Status> firstSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<MediaPlayer.Status> firstWhenSecondPlayed = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            first.statusProperty().addListener((obs, was, now) -> {
                firstSeen.add(now);
                if (now == MediaPlayer.Status.PLAYING && firstSeen.size() == 1) {
                    second.togglePlay();
                }
            });
            second.statusProperty().addListener((obs, was, now) -> {
                if (now == MediaPlayer.Status.PLAYING && firstWhenSecondPlayed.isEmpty()) {
                    firstWhenSecondPlayed.add(first.statusProperty().get());
                }
            });
        });
        robot.interact(first::togglePlay);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !firstWhenSecondPlayed.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        boolean firstWasPlaying = firstWhenSecondPlayed.getFirst() == MediaPlayer.Status.PLAYING;
        assertThat(firstSeen).startsWith(MediaPlayer.Status.PLAYING);
        if (firstWasPlaying) {
            assertThat(players.pausesAsked()).as("the first was playing when the second started").isEqualTo(1);
        }
        assertThat(players.livePlayers()).isEqualTo(2);
    }

    @Test
    void aDeadLinkSaysSoInWordsAboutATrack(FxRobot robot) throws Exception {
        robot.interact(() -> first.load(SERVER.missingUrl("gone.mp3")));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> first.problemProperty().get() != null);
        assertThat(first.problemProperty().get()).startsWith("The track").doesNotContain("video");
        assertThat(players.livePlayers()).isZero();
    }

    @Test
    void theVolumeSliderSetsThePlayersVolume(FxRobot robot) throws Exception {
        robot.interact(() -> first.load(SERVER.audioUrl("volume")));
        await(first, MediaPlayer.Status.READY);

        robot.interact(() -> first.volumeProperty().set(0.25));

        assertThat(first.volumeProperty().get()).isEqualTo(0.25);
        assertThat(robot.lookup("#player-volume").queryAll().stream().anyMatch(javafx.scene.Node::isVisible)).isTrue();
    }
}
