package io.alephmonitor.ui.preview;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PosterFramesTest {

    private static final double WIDTH = 220;
    private static final double HEIGHT = 126;

    @RegisterExtension
    static final TestMediaServer server = new TestMediaServer();
    private final CountingPlayers players = new CountingPlayers();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private PosterFrames posters;

    @BeforeEach
    void listen() {
        log.start();
        root().addAppender(log);
        posters = new PosterFrames(WIDTH, HEIGHT, 200, Duration.seconds(20), players);
    }

    @AfterEach
    void stopListening() {
        root().detachAppender(log);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** Counts the players the grabs open and remembers the most that were alive at once. */
    static final class CountingPlayers implements PosterFrames.Players {
        final AtomicInteger alive = new AtomicInteger();
        final AtomicInteger mostAlive = new AtomicInteger();
        final AtomicInteger created = new AtomicInteger();

        @Override
        public MediaPlayer create(Media media) {
            created.incrementAndGet();
            mostAlive.accumulateAndGet(alive.incrementAndGet(), Math::max);
            return new MediaPlayer(media);
        }

        @Override
        public void dispose(MediaPlayer player) {
            alive.decrementAndGet();
            player.dispose();
        }
    }

    private final Map<String, Image> received = new ConcurrentHashMap<>();

    private void ask(FxRobot robot, String url) {
        robot.interact(() -> posters.request(url, image -> received.put(url, image)));
    }

    private void waitUntilNothingIsLeftToGrab(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(posters::idle).get());
    }

    @Test
    void aServedMp4GivesAFrameWithTheVideosShapeAndRealPixels(FxRobot robot) throws Exception {
        String url = server.videoUrl("poster");

        ask(robot, url);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> received.containsKey(url));

        Image frame = received.get(url);
        assertThat(frame.getWidth() / frame.getHeight()).as("320×180 is 16:9").isCloseTo(16.0 / 9, org.assertj.core.data.Offset.offset(0.05));
        assertThat(frame.getWidth()).isLessThanOrEqualTo(WIDTH);
        assertThat(distinctColours(frame)).as("a picture, not a blank").isGreaterThan(10);
        assertThat(players.alive.get()).as("the grab's player is disposed").isZero();
        assertThat(WaitForAsyncUtils.asyncFx(() -> posters.cached(url)).get()).isSameAs(frame);
    }

    @Test
    void aSecondRequestForTheSameLinkIsServedFromTheCache(FxRobot robot) throws Exception {
        String url = server.videoUrl("twice");
        ask(robot, url);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> received.containsKey(url));
        received.clear();

        ask(robot, url);

        assertThat(received).containsKey(url);
        assertThat(players.created.get()).isEqualTo(1);
    }

    @Test
    void aLinkThatAnswers404GivesNoFrameAndLogsNoWarning(FxRobot robot) throws Exception {
        String url = server.missingUrl("expired.mp4");

        ask(robot, url);
        waitUntilNothingIsLeftToGrab(robot);

        assertThat(received).isEmpty();
        assertThat(players.alive.get()).isZero();
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
        assertThat(server.requests(url)).isPositive();
    }

    @Test
    void aLinkThatFailedIsNotTriedAgain(FxRobot robot) throws Exception {
        String url = server.missingUrl("gone.mp4");
        ask(robot, url);
        waitUntilNothingIsLeftToGrab(robot);
        int created = players.created.get();

        ask(robot, url);
        waitUntilNothingIsLeftToGrab(robot);

        assertThat(players.created.get()).isEqualTo(created);
    }

    @Test
    void aGrabThatTakesLongerThanTheTimeoutGivesUpAndDisposesItsPlayer(FxRobot robot) throws Exception {
        posters = new PosterFrames(WIDTH, HEIGHT, 200, Duration.millis(300), players);
        String url = server.stalledUrl("hangs.mp4");

        ask(robot, url);
        waitUntilNothingIsLeftToGrab(robot);

        assertThat(received).isEmpty();
        assertThat(players.alive.get()).isZero();
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
    }

    @Test
    void tenRequestsAtOnceNeverHaveMoreThanOnePlayerAlive(FxRobot robot) throws Exception {
        List<String> urls = java.util.stream.IntStream.range(0, 10).mapToObj(i -> server.videoUrl("many-" + i)).toList();

        robot.interact(() -> urls.forEach(url -> posters.request(url, image -> received.put(url, image))));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> received.size() == urls.size());

        assertThat(players.mostAlive.get()).isEqualTo(1);
        assertThat(players.created.get()).isEqualTo(10);
        assertThat(players.alive.get()).isZero();
    }

    @Test
    void aCancelledRequestIsNeverGrabbedNorCalledBack(FxRobot robot) throws Exception {
        String first = server.videoUrl("first");
        String cancelled = server.videoUrl("cancelled");
        List<String> calledBack = new CopyOnWriteArrayList<>();

        robot.interact(() -> {
            posters.request(first, image -> calledBack.add(first));
            posters.request(cancelled, image -> calledBack.add(cancelled)).cancel();
        });
        waitUntilNothingIsLeftToGrab(robot);

        assertThat(calledBack).containsExactly(first);
        assertThat(players.created.get()).isEqualTo(1);
        assertThat(server.requests(cancelled)).isZero();
    }

    @Test
    void cancellingTheRunningGrabDisposesItsPlayerAndMovesOn(FxRobot robot) throws Exception {
        posters = new PosterFrames(WIDTH, HEIGHT, 200, Duration.seconds(60), players);
        String stalled = server.stalledUrl("slow.mp4");
        String next = server.videoUrl("after-cancel");
        PosterFrames.Request[] running = new PosterFrames.Request[1];
        robot.interact(() -> {
            running[0] = posters.request(stalled, image -> received.put(stalled, image));
            posters.request(next, image -> received.put(next, image));
        });

        robot.interact(() -> running[0].cancel());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> received.containsKey(next));

        assertThat(received).doesNotContainKey(stalled);
        assertThat(players.mostAlive.get()).isEqualTo(1);
    }

    private static int distinctColours(Image image) {
        PixelReader pixels = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += 4) {
            for (int x = 0; x < (int) image.getWidth(); x += 4) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        return colours.size();
    }
}
