package io.alephmonitor.ui.preview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

import java.util.Arrays;
import java.util.List;

/**
 * Two players under one transport, kept on the same moment: one play/pause, one seek, one loop for both.
 * They are {@linkplain PlayerRegistry#playTogether joined} in the registry, so one starting does not pause the
 * other (while any other preview starting still pauses them, and then both pause). The left player leads: while both play and the
 * right one drifts more than about a frame away ({@link DriftRule}), it is moved back to the left one's time.
 * The pair plays as long as the shorter of the two; at its end both stop, or both start again when looping.
 * <p>
 * The media are opened off the FX thread; both must be READY within {@link PlayerTiming#readyTimeout()}, else
 * {@link #problemProperty()} says so. Every method is called on the FX thread.
 */
public final class PlayerPair {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlayerPair.class);

    private final PlayerRegistry registry;
    private final MediaPlayer[] players = new MediaPlayer[2];
    private final boolean[] readySide = new boolean[2];
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper duration = new ReadOnlyDoubleWrapper(this, "duration");
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");
    private long generation;
    private boolean atEnd;
    private double leaderAtLastNudge = Double.NaN;
    private long nudges;
    private PlayerTiming.Scheduled watchdog;

    public PlayerPair(PlayerRegistry registry) {
        this.registry = registry;
    }

    /** Opens both links (left leads); any pair held before is released first. */
    public void load(String leftUrl, String rightUrl) {
        release();
        long request = ++generation;
        List<String> urls = List.of(leftUrl, rightUrl);
        for (String url : urls) {
            RemoteUrlCheck check = RemoteUrlCheck.of(url);
            if (!check.allowed()) {
                problem.set(check.refusal());
                return;
            }
        }
        PlayerTiming timing = registry.timing();
        watchdog = timing.timers().after(timing.readyTimeout(), () -> {
            watchdog = null;
            if (request == generation && !ready.get()) {
                LOG.info("Compare: the two players were not ready after {} s", timing.readyTimeout().toSeconds());
                fail(MediaProblem.notReadyInTime("video"));
            }
        });
        MediaCallbackGuard.installOnCurrentThread();
        for (int i = 0; i < 2; i++) {
            int side = i;
            String url = urls.get(i);
            // new Media() opens the HTTP connection synchronously, so it is built off the FX thread.
            Thread.ofVirtual().name("compare-open").start(() -> {
                try {
                    Media media = new Media(url);
                    VideoPreview.onFxThread(() -> {
                        if (request == generation) {
                            attach(side, media);
                        }
                    });
                } catch (RuntimeException e) {
                    VideoPreview.onFxThread(() -> {
                        if (request == generation) {
                            fail(MediaProblem.describe(e, "video"));
                        }
                    });
                }
            });
        }
    }

    private void attach(int side, Media media) {
        MediaPlayer player = registry.create(media);
        players[side] = player;
        player.setCycleCount(1);
        player.setOnError(() -> VideoPreview.onFxThread(() -> {
            if (players[side] == player) {
                fail(MediaProblem.describe(player.getError(), "video"));
            }
        }));
        player.setOnReady(() -> {
            if (players[side] == player) {
                readySide[side] = true;
                bothReady();
            }
        });
        player.setOnEndOfMedia(() -> {
            if (players[side] == player) {
                ended();
            }
        });
        player.statusProperty().addListener((obs, was, now) -> {
            if (players[side] != player) {
                return;
            }
            if (now == MediaPlayer.Status.PLAYING && !playing.get()) {
                player.pause(); // a pause the engine dropped is sent again
            } else if (now == MediaPlayer.Status.PAUSED && was == MediaPlayer.Status.PLAYING && playing.get() && !atEnd) {
                pause(); // paused from outside (another preview started): the pair pauses together
            }
        });
        if (side == 0) {
            player.currentTimeProperty().addListener((obs, was, now) -> {
                if (players[0] == player) {
                    position.set(now == null ? 0 : now.toSeconds());
                    keepTogether();
                }
            });
        }
        if (players[0] != null && players[1] != null) {
            registry.playTogether(players[0], players[1]);
        }
    }

    private void bothReady() {
        if (!readySide[0] || !readySide[1]) {
            return;
        }
        if (watchdog != null) {
            watchdog.cancel();
            watchdog = null;
        }
        double left = seconds(players[0].getMedia().getDuration());
        double right = seconds(players[1].getMedia().getDuration());
        // The shorter side's length; a side whose length is unknown (a live stream) leaves it to the other.
        duration.set(Double.isNaN(left) ? (Double.isNaN(right) ? 0 : right) : Double.isNaN(right) ? left : Math.min(left, right));
        ready.set(true);
    }

    private static double seconds(Duration d) {
        return d == null || d.isUnknown() || d.isIndefinite() ? Double.NaN : d.toSeconds();
    }

    /** Both play from where they are (from the start after the end). */
    public void play() {
        if (!ready.get()) {
            return;
        }
        if (atEnd) {
            seek(0);
        }
        playing.set(true);
        each(MediaPlayer::play);
    }

    /** Both pause where they are. */
    public void pause() {
        playing.set(false);
        each(MediaPlayer::pause);
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves both to {@code seconds} (clamped to the pair's length); a playing pair goes on playing from there. */
    public void seek(double seconds) {
        if (!ready.get()) {
            return;
        }
        double t = Math.clamp(seconds, 0, Math.max(0, duration.get()));
        atEnd = false;
        leaderAtLastNudge = t;
        each(p -> p.seek(Duration.seconds(t)));
        position.set(t);
    }

    private void ended() {
        if (loop.get() && playing.get()) {
            seek(0);
            each(MediaPlayer::play);
        } else {
            atEnd = true;
            playing.set(false);
            each(MediaPlayer::pause);
        }
    }

    /** The follower is moved back to the leader's time once it drifts more than about a frame away. */
    private void keepTogether() {
        if (!playing.get() || players[0] == null || players[1] == null
                || players[0].getStatus() != MediaPlayer.Status.PLAYING
                || players[1].getStatus() != MediaPlayer.Status.PLAYING) {
            return;
        }
        double lead = players[0].getCurrentTime().toSeconds();
        double follow = players[1].getCurrentTime().toSeconds();
        if (DriftRule.shouldNudge(lead, follow, leaderAtLastNudge)) {
            leaderAtLastNudge = lead;
            nudges++;
            players[1].seek(Duration.seconds(lead));
        }
    }

    private void each(java.util.function.Consumer<MediaPlayer> action) {
        Arrays.stream(players).filter(java.util.Objects::nonNull).forEach(action);
    }

    private void fail(String message) {
        release();
        problem.set(message);
    }

    /** Stops and releases both players. */
    public void dispose() {
        release();
        problem.set(null);
    }

    private void release() {
        generation++;
        if (watchdog != null) {
            watchdog.cancel();
            watchdog = null;
        }
        for (int i = 0; i < 2; i++) {
            registry.dispose(players[i]);
            players[i] = null;
            readySide[i] = false;
        }
        ready.set(false);
        playing.set(false);
        atEnd = false;
        leaderAtLastNudge = Double.NaN;
        position.set(0);
        duration.set(0);
    }

    /** The left (leading) or right player; null before it exists. */
    public MediaPlayer player(boolean left) {
        return players[left ? 0 : 1];
    }

    /** Where each side is now, seconds: {left, right} (for tests and the drift check). */
    public double[] positions() {
        return new double[]{time(players[0]), time(players[1])};
    }

    private static double time(MediaPlayer p) {
        return p == null || p.getCurrentTime() == null ? Double.NaN : p.getCurrentTime().toSeconds();
    }

    /** How many times the follower was moved back to the leader. */
    public long nudges() {
        return nudges;
    }

    /** True once both players are READY. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while the user wants the pair playing. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The pair's length, seconds: the shorter side's. */
    public ReadOnlyDoubleProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /** The leader's position, seconds. */
    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Why the pair cannot play, in words; null while there is no problem. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether both start again together at the end. */
    public BooleanProperty loopProperty() {
        return loop;
    }
}
