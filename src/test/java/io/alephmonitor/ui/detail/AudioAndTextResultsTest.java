package io.alephmonitor.ui.detail;

import atlantafx.base.controls.Message;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.preview.ImageCache;
import io.alephmonitor.ui.preview.PlayerRegistry;
import io.alephmonitor.ui.preview.PlayerTiming;
import io.alephmonitor.ui.preview.TestMediaServer;
import io.alephmonitor.ui.preview.TextSource;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
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
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detail pane for the result types beyond video and image: a Suno-like task with two tracks
 * (played for real from an MP3 on loopback, in a null ALSA device: see the pom's ALSA_CONFIG_PATH),
 * a text model's inline and linked text, a link whose type is not known yet, progress and partial results.
 */
@ExtendWith(ApplicationExtension.class)
class AudioAndTextResultsTest {

    private static final String ID = "5c79****be8e-suno-task-aaaa";
    private static final Instant DONE = Instant.parse("2026-03-01T10:00:00Z");
    private static TestMediaServer server;

    private final RecordingActions actions = new RecordingActions();
    private final PlayerRegistry players = new PlayerRegistry(
            new PlayerTiming(Duration.millis(50), Duration.seconds(10), PlayerTiming.Timers.fx()));
    /** Linked texts the fake source answers, by link; any other link fails as a dead one does. */
    private final Map<String, TextSource.Excerpt> texts = new ConcurrentHashMap<>();
    private DetailPane pane;

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
        TextSource source = (url, maxBytes) -> texts.containsKey(url)
                ? CompletableFuture.completedFuture(texts.get(url))
                : CompletableFuture.failedFuture(new IllegalStateException("The text link no longer works."));
        pane = new DetailPane(actions, new ImageCache(), players, source, ZoneOffset.UTC, Locale.UK);
        stage.setScene(new Scene(new StackPane(pane), 700, 900));
        stage.show();
    }

    private static TrackedTask task(TaskStatus status) {
        return new TrackedTask(ID, "suno", DONE, status, TaskParams.EMPTY, DONE,
                status.isFinal() ? DONE : null, null, null, null, null, null);
    }

    private ResultFile.Audio track(String name, String title) {
        return new ResultFile.Audio(server.audioUrl(name), server.imageUrl("cover-" + name), title, 6.0,
                "electronic, upbeat", "[Verse]\nHeadlights on the coast road\n[Chorus]\nSunset drive", name);
    }

    private <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    private void awaitStatus(MediaPlayer.Status wanted) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.audioPreview().statusProperty().get() == wanted);
    }

    @Test
    void aTrackShowsItsTitleLengthTagsAndLyricsAndPlaysPausesAndSeeks(FxRobot robot) throws Exception {
        robot.interact(() -> pane.show(task(TaskStatus.Succeeded.of(
                List.of(track("one", "Sunset Drive"), track("two", "Sunset Drive II")), DONE))));

        assertThat(node(robot, "detail-track-title", Label.class).getText()).isEqualTo("Sunset Drive");
        assertThat(node(robot, "detail-track-facts", Label.class).getText()).isEqualTo("0:06");
        assertThat(node(robot, "detail-track-tags", Label.class).getText()).isEqualTo("electronic, upbeat");
        TextArea lyrics = node(robot, "detail-track-lyrics", TextArea.class);
        assertThat(lyrics.getText()).contains("Headlights on the coast road");
        assertThat(lyrics.isEditable()).isFalse();
        assertThat(robot.lookup(".result-tile").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("Sunset Drive", "Sunset Drive II");
        assertThat(node(robot, "detail-save", javafx.scene.control.Button.class).getText()).isEqualTo("Save all (2)…");

        awaitStatus(MediaPlayer.Status.READY);
        // A null sound device plays faster than real time: on a busy machine the 6 s track can reach
        // its end before the FX thread hears it play, and Play after the end replays from the start.
        // In a loop there is no end, so the pause below always meets a playing track.
        robot.interact(() -> pane.audioPreview().loopProperty().set(true));
        // The pause is sent as soon as playing is seen.
        List<MediaPlayer.Status> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> pane.audioPreview().statusProperty().addListener((obs, was, now) -> {
            seen.add(now);
            if (now == MediaPlayer.Status.PLAYING && seen.indexOf(now) == seen.size() - 1) {
                pane.audioPreview().togglePlay();
            }
        }));
        robot.interact(() -> pane.audioPreview().togglePlay());
        awaitStatus(MediaPlayer.Status.PAUSED);
        assertThat(seen).containsSubsequence(MediaPlayer.Status.PLAYING, MediaPlayer.Status.PAUSED);

        robot.interact(() -> pane.audioPreview().seek(Duration.seconds(3.5)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Math.abs(pane.audioPreview().currentTime().toSeconds() - 3.5) < 0.4);
        // the time label follows the player's position on the FX thread, a moment later
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#player-time").queryAll().stream()
                .anyMatch(n -> "0:03 / 0:06".equals(((Label) n).getText())));
        assertThat(pane.audioPreview().problemProperty().get()).isNull();

        robot.clickOn("#detail-result-2");
        assertThat(node(robot, "detail-track-title", Label.class).getText()).isEqualTo("Sunset Drive II");
        assertThat(pane.audioPreview().url()).isEqualTo(server.audioUrl("two"));
        awaitStatus(MediaPlayer.Status.READY);
        assertThat(players.livePlayers()).as("the first track's player was released").isEqualTo(1);
    }

    @Test
    void aTaskStillGeneratingPlaysAndSavesItsFirstTrackAndSaysTheSecondIsComing(FxRobot robot) throws Exception {
        robot.interact(() -> pane.show(task(new TaskStatus.Running(null, "First track ready", List.of(track("one", "Sunset Drive"))))));

        assertThat(node(robot, "detail-still-generating", Label.class).getText()).isEqualTo("Track 2 still generating");
        assertThat(pane.canSaveProperty().get()).as("the ready track can be saved while polling goes on").isTrue();
        assertThat(node(robot, "detail-track-title", Label.class).getText()).isEqualTo("Sunset Drive");
        awaitStatus(MediaPlayer.Status.READY);
    }

    @Test
    void progressShowsAsABarAndAPercentage(FxRobot robot) {
        robot.interact(() -> pane.show(task(new TaskStatus.Running(0.42))));

        assertThat(node(robot, "detail-progress", ProgressBar.class).getProgress()).isEqualTo(0.42);
        assertThat(node(robot, "detail-progress-percent", Label.class).getText()).isEqualTo("42 %");

        robot.interact(() -> pane.show(task(new TaskStatus.Running())));
        assertThat(node(robot, "detail-progress", ProgressBar.class).getParent().isVisible()).as("no bar while kie.ai gives none").isFalse();
    }

    @Test
    void anInlineTextIsShownSelectableAndCopyPutsItOnTheClipboard(FxRobot robot) {
        String json = "{\"title\":\"Night drive\",\"lines\":[\"one\",\"two\"]}";
        robot.interact(() -> pane.show(task(TaskStatus.Succeeded.of(List.of(new ResultFile.Text(null, json, true, null)), DONE))));

        TextArea text = node(robot, "detail-text", TextArea.class);
        assertThat(text.getText()).isEqualTo(json);
        assertThat(text.isEditable()).isFalse();
        assertThat(text.getStyle()).contains("monospace");
        assertThat(node(robot, "detail-save", javafx.scene.control.Button.class).getText()).isEqualTo("Save text…");

        robot.clickOn("#detail-copy-text");

        assertThat(actions.copied).containsExactly(json);
    }

    @Test
    void aLongLinkedTextShowsItsFirstPartAndSaysItWasCut(FxRobot robot) {
        String url = "https://tempfile.aiquickdraw.com/t/story.txt";
        texts.put(url, new TextSource.Excerpt("Once upon a time…", 100L * 1024 * 1024, true));
        robot.interact(() -> pane.show(task(TaskStatus.Succeeded.of(List.of(new ResultFile.Text(url, null, false, null)), DONE))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(node(robot, "detail-text", TextArea.class).getText()).isEqualTo("Once upon a time…");
        assertThat(node(robot, "detail-text-cut", Label.class).getText())
                .isEqualTo("Showing the first 256 KB of 100.0 MB — save the file to read all.");
    }

    @Test
    void aLinkedTextThatCannotBeReadSaysWhy(FxRobot robot) {
        String url = "https://tempfile.aiquickdraw.com/t/gone.txt";
        robot.interact(() -> pane.show(task(TaskStatus.Succeeded.of(List.of(new ResultFile.Text(url, null, false, null)), DONE))));
        WaitForAsyncUtils.waitForFxEvents();

        Message problem = node(robot, "detail-text-problem", Message.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getDescription()).isEqualTo("The text link no longer works.");
    }

    @Test
    void aLinkOfUnknownTypeSaysItIsBeingFoundOutAndCanBeOpenedOrCopied(FxRobot robot) {
        String url = "https://tempfile.aiquickdraw.com/r/file-123";
        robot.interact(() -> pane.show(task(TaskStatus.Succeeded.of(List.of(new ResultFile.Untyped(url)), DONE))));

        assertThat(robot.lookup("Finding out what this link holds…").tryQuery()).isPresent();
        robot.clickOn("#detail-untyped-copy");
        robot.clickOn("#detail-untyped-open");
        assertThat(actions.copied).containsExactly(url);
        assertThat(actions.opened).containsExactly(url);
    }

    @Test
    void kieAisNoticeAndAnEmptyAnswerAreShownInThePane(FxRobot robot) {
        robot.interact(() -> pane.show(task(TaskStatus.Succeeded.of(List.of(track("one", "Sunset Drive")), DONE, false,
                "Track 2 came without an audio link."))));
        Message notice = node(robot, "detail-result-notice", Message.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getDescription()).isEqualTo("Track 2 came without an audio link.");

        robot.interact(() -> pane.show(task(TaskStatus.Succeeded.of(List.of(), DONE))));
        assertThat(notice.getDescription()).isEqualTo("kie.ai sent no result.");
    }
}
