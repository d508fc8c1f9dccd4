package io.alephmonitor.ui.compare;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.ui.preview.ImageCache;
import io.alephmonitor.ui.preview.PlayerPair;
import io.alephmonitor.ui.preview.PlayerRegistry;
import io.alephmonitor.ui.preview.TestMediaServer;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.media.MediaPlayer;
import javafx.stage.Stage;
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
import static org.assertj.core.api.Assertions.within;

/**
 * The compare view: two videos under one transport stay on the same moment through play, seek and pause;
 * two images are wiped with a draggable divider or shown side by side.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    @RegisterExtension
    static final TestMediaServer SERVER = new TestMediaServer();

    /** How far apart two positions read at the same moment may be: a little over two frames at 25 fps. */
    private static final double TOGETHER = 0.1;

    private final PlayerRegistry players = new PlayerRegistry();
    private Stage stage;
    private CompareView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (view != null) {
                view.dispose();
            }
            stage.hide();
        });
    }

    private void show(FxRobot robot, ComparePair pair) {
        robot.interact(() -> {
            view = new CompareView(pair, new ImageCache(), players);
            Scene scene = new Scene(view, 1000, 600);
            ThemeController.style(scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    private static ComparePair videos(String a, String b) {
        return new ComparePair(new CompareSide("Take 1 of 2 · aaaaaaaa", "A fox in the snow", new ResultFile.Video(a, null)),
                new CompareSide("Take 2 of 2 · aaaaaaaa", "A fox in the snow", new ResultFile.Video(b, null)));
    }

    private static double[] positions(PlayerPair pair) throws Exception {
        return WaitForAsyncUtils.asyncFx(pair::positions).get(5, TimeUnit.SECONDS);
    }

    private static boolean both(PlayerPair pair, MediaPlayer.Status status) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> pair.player(true) != null && pair.player(false) != null
                && pair.player(true).getStatus() == status && pair.player(false).getStatus() == status).get(5, TimeUnit.SECONDS);
    }

    @Test
    void twoVideosPlayTogetherAndAfterASeekTo3point5sBothStandThereAndPauseTogether(FxRobot robot) throws Exception {
        show(robot, videos(SERVER.longVideoUrl("left"), SERVER.longVideoUrl("right")));
        PlayerPair pair = view.players();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pair.readyProperty().get());

        robot.clickOn("#comparePlay");
        // Both play at once: the registry does not pause one compared side for the other.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> both(pair, MediaPlayer.Status.PLAYING));

        robot.interact(() -> robot.lookup("#compareSeek").queryAs(Slider.class).setValue(3.5));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            double[] at = positions(pair);
            return at[0] >= 3.45 && at[1] >= 3.45;
        });
        double[] afterSeek = positions(pair);
        assertThat(afterSeek[1]).as("right beside left after the seek").isCloseTo(afterSeek[0], within(TOGETHER));
        assertThat(afterSeek[0]).as("the seek landed at 3.5 s").isCloseTo(3.5, within(1.0));

        robot.clickOn("#comparePlay");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> both(pair, MediaPlayer.Status.PAUSED));
        double[] paused = positions(pair);
        assertThat(paused[1]).as("paused on the same moment").isCloseTo(paused[0], within(TOGETHER));
        assertThat(paused[0]).isBetween(3.45, 6.0);
        assertThat(pair.playingProperty().get()).isFalse();
    }

    @Test
    void pausedVideosSeekTogetherToTheSameMoment(FxRobot robot) throws Exception {
        show(robot, videos(SERVER.longVideoUrl("seek-a"), SERVER.longVideoUrl("seek-b")));
        PlayerPair pair = view.players();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pair.readyProperty().get());

        robot.interact(() -> pair.seek(3.5));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            double[] at = positions(pair);
            return Math.abs(at[0] - 3.5) < TOGETHER && Math.abs(at[1] - 3.5) < TOGETHER;
        });
        assertThat(robot.lookup("#compareTime").queryLabeled().getText()).isEqualTo("0:03 / 0:06");
    }

    @Test
    void theLoopToggleLoopsBothAndEachSideIsLabelled(FxRobot robot) throws Exception {
        show(robot, videos(SERVER.videoUrl("loop-a"), SERVER.videoUrl("loop-b")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.players().readyProperty().get());

        robot.clickOn("#compareLoop");

        assertThat(view.players().loopProperty().get()).isTrue();
        assertThat(robot.lookup("#compareLeftTitle").queryLabeled().getText()).isEqualTo("Take 1 of 2 · aaaaaaaa");
        assertThat(robot.lookup("#compareRightTitle").queryLabeled().getText()).isEqualTo("Take 2 of 2 · aaaaaaaa");
    }

    @Test
    void twoTracksGetOneTransportAndTheirLabels(FxRobot robot) throws Exception {
        show(robot, new ComparePair(new CompareSide("Track 1 of 2 · dddddddd", "Lo-fi piano", new ResultFile.Audio(SERVER.audioUrl("one"))),
                new CompareSide("Track 2 of 2 · dddddddd", "Lo-fi piano", new ResultFile.Audio(SERVER.audioUrl("two")))));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.players().readyProperty().get());

        assertThat(robot.lookup("#comparePlay").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#compareRightTitle").queryLabeled().getText()).isEqualTo("Track 2 of 2 · dddddddd");
        assertThat(players.livePlayers()).isEqualTo(2);
    }

    @Test
    void escapeClosesTheCompareWindowAndReleasesItsPlayers(FxRobot robot) throws Exception {
        CompareWindow[] window = new CompareWindow[1];
        robot.interact(() -> {
            window[0] = new CompareWindow(stage, videos(SERVER.longVideoUrl("esc-a"), SERVER.longVideoUrl("esc-b")),
                    new ImageCache(), players);
            window[0].show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window[0].view().players().readyProperty().get());

        robot.interact(() -> window[0].view().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window[0].isShowing()).isFalse();
        assertThat(players.livePlayers()).isZero();
    }

    @Test
    void fSwitchesTheFullWindowRequestOnAndOff(FxRobot robot) {
        show(robot, videos(SERVER.videoUrl("full-a"), SERVER.videoUrl("full-b")));
        robot.interact(view::requestFocus);

        robot.type(javafx.scene.input.KeyCode.F);
        assertThat(view.fullWindowProperty().get()).isTrue();
        robot.type(javafx.scene.input.KeyCode.F);
        assertThat(view.fullWindowProperty().get()).isFalse();
    }

    @Test
    void draggingTheWipeDividerMovesTheClipOfTheFirstImage(FxRobot robot) throws Exception {
        show(robot, new ComparePair(
                new CompareSide("Image 1 of 2 · bbbbbbbb", "Two looks", new ResultFile.Image(SERVER.imageUrl("one"))),
                new CompareSide("Image 2 of 2 · bbbbbbbb", "Two looks", new ResultFile.Image(SERVER.imageUrl("two")))));
        WaitForAsyncUtils.waitForFxEvents();
        double width = robot.lookup("#imageWipe").queryAs(ImageWipe.class).getWidth();
        assertThat(view.wipeClipWidth()).isCloseTo(width / 2, within(1.0));

        robot.drag("#imageWipe", MouseButton.PRIMARY).dropBy(-width / 4, 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.wipePositionProperty().get()).isCloseTo(0.25, within(0.02));
        assertThat(view.wipeClipWidth()).isCloseTo(width / 4, within(width * 0.02));

        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(view.wipePositionProperty().get()).as("the arrow keys move it too").isCloseTo(0.30, within(0.02));
    }

    @Test
    void theSideBySideToggleShowsBothImagesWithTheirLabels(FxRobot robot) {
        show(robot, new ComparePair(
                new CompareSide("Image 1 of 2 · cccccccc", "", new ResultFile.Image(SERVER.imageUrl("a"))),
                new CompareSide("Image 2 of 2 · cccccccc", "", new ResultFile.Image(SERVER.imageUrl("b")))));

        robot.clickOn("#compareSideBySide");

        assertThat(robot.lookup("#compareSideBySide").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#imageWipe").tryQuery()).isEmpty();
        assertThat(robot.lookup("#compareLeftTitle").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#compareRightTitle").queryLabeled().getText()).isEqualTo("Image 2 of 2 · cccccccc");
    }
}
