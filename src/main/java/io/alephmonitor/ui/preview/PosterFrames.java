package io.alephmonitor.ui.preview;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Poster frames for videos that came without a thumbnail (Veo): one still frame of the video, taken
 * at one second or a tenth of its length, whichever is earlier. A grab opens a muted, never shown
 * media player, waits for it to become READY, plays a tenth of a second from that point (a paused
 * seek does not tell when the new frame has arrived), snapshots an off-screen {@link MediaView} and
 * disposes the player again.
 * <p>
 * Only one grab runs at a time; the others wait in a queue in the order they were asked for, so a
 * gallery of hundreds of videos never opens hundreds of players. A caller whose tile moved on to
 * another task {@linkplain Request#cancel() cancels}, and a grab nobody waits for any more is dropped
 * (or stopped, when it is running). Frames are kept in a bounded least-recently-used cache; a link
 * whose grab failed (expired, not a video, too slow) is remembered too and not tried again, so its
 * tile just keeps its placeholder. Failures are quiet: one DEBUG line each.
 * <p>
 * FX thread only; nothing here waits: every step is a listener or callback.
 * Its players are its own: they are not counted in the detail pane's {@link PlayerRegistry}.
 */
public final class PosterFrames {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PosterFrames.class);

    /** How many frames (and how many failed links) are remembered. */
    public static final int DEFAULT_MAX_FRAMES = 200;
    /** How long one grab may take before it gives up. */
    public static final Duration DEFAULT_TIMEOUT = Duration.seconds(10);
    /** The latest point a poster frame is taken at. */
    static final Duration LATEST_FRAME = Duration.seconds(1);
    /** How much a grab plays from there until the frame shows. */
    private static final Duration SLIVER = Duration.millis(100);

    /** Where a grab's players come from and go back to; tests count them through it. */
    interface Players {
        MediaPlayer create(Media media);

        void dispose(MediaPlayer player);
    }

    private static final Players DIRECT = new Players() {
        @Override
        public MediaPlayer create(Media media) {
            return new MediaPlayer(media);
        }

        @Override
        public void dispose(MediaPlayer player) {
            player.dispose();
        }
    };

    /** A caller's wish for one frame; cancelled when its tile shows something else. */
    @FunctionalInterface
    public interface Request {
        /** The frame is not wanted any more; its callback will not run. Cancelling twice is harmless. */
        void cancel();
    }

    private static final Request NOTHING_PENDING = () -> { };

    private final double width;
    private final double height;
    private final Duration timeout;
    private final Players players;
    private final Map<String, Image> frames;
    private final Map<String, Boolean> failed;
    private final Map<String, Grab> queued = new LinkedHashMap<>();
    private Grab running;

    /** Frames fitting {@code width} × {@code height}, with the default cache size and timeout. */
    public PosterFrames(double width, double height) {
        this(width, height, DEFAULT_MAX_FRAMES, DEFAULT_TIMEOUT, DIRECT);
    }

    PosterFrames(double width, double height, int maxFrames, Duration timeout, Players players) {
        if (width <= 0 || height <= 0 || maxFrames < 1) {
            throw new IllegalArgumentException("A poster frame needs a size and room for at least one frame");
        }
        this.width = width;
        this.height = height;
        this.timeout = Objects.requireNonNull(timeout);
        this.players = Objects.requireNonNull(players);
        this.frames = lru(maxFrames);
        this.failed = lru(maxFrames);
    }

    private static <V> Map<String, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }

    /** The frame already made for this link, or null. */
    public Image cached(String url) {
        return url == null ? null : frames.get(url);
    }

    /**
     * Asks for a frame of the video at {@code url}. {@code onFrame} runs on the FX thread once the
     * frame exists (at once when it is cached), and never when the grab fails or is cancelled.
     */
    public Request request(String url, Consumer<Image> onFrame) {
        Objects.requireNonNull(onFrame);
        Image ready = cached(url);
        if (ready != null) {
            onFrame.accept(ready);
            return NOTHING_PENDING;
        }
        if (url == null || failed.containsKey(url) || !RemoteUrlCheck.of(url).allowed()) {
            return NOTHING_PENDING;
        }
        Grab grab = running != null && running.url.equals(url) ? running : queued.computeIfAbsent(url, Grab::new);
        Waiter waiter = new Waiter(onFrame);
        grab.waiters.add(waiter);
        startNext();
        return () -> cancel(grab, waiter);
    }

    /** True when no grab runs and none waits. */
    boolean idle() {
        return running == null && queued.isEmpty();
    }

    private void cancel(Grab grab, Waiter waiter) {
        if (!grab.waiters.remove(waiter) || !grab.waiters.isEmpty()) {
            return;
        }
        if (grab == running) {
            grab.end(null, null);
        } else {
            queued.remove(grab.url, grab);
        }
    }

    private void startNext() {
        if (running != null || queued.isEmpty()) {
            return;
        }
        var first = queued.entrySet().iterator();
        running = first.next().getValue();
        first.remove();
        running.start();
    }

    private void ended(Grab grab, Image frame, String failure) {
        if (frame != null) {
            frames.put(grab.url, frame);
        } else if (failure != null) {
            failed.put(grab.url, Boolean.TRUE);
            LOG.debug("No poster frame for {}: {}", grab.url, failure);
        }
        if (running == grab) {
            running = null;
        }
        if (frame != null) {
            for (Waiter w : List.copyOf(grab.waiters)) {
                w.onFrame.accept(frame);
            }
        }
        startNext();
    }

    /** One caller's callback; its own object so two equal callbacks can be cancelled one by one. */
    private record Waiter(Consumer<Image> onFrame) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** One frame grab, from a new player to a disposed one. */
    private final class Grab {
        final String url;
        final List<Waiter> waiters = new ArrayList<>();
        private MediaPlayer player;
        private MediaView view;
        private PauseTransition watchdog;
        private AnimationTimer looking;
        private boolean played;
        private boolean ended;

        Grab(String url) {
            this.url = url;
        }

        void start() {
            MediaCallbackGuard.installOnCurrentThread();
            watchdog = new PauseTransition(timeout);
            watchdog.setOnFinished(e -> end(null, "no frame within " + timeout.toSeconds() + " s"));
            watchdog.play();
            try {
                Media media = new Media(url);
                media.setOnError(() -> end(null, String.valueOf(media.getError())));
                player = players.create(media);
            } catch (RuntimeException e) {
                end(null, e.toString());
                return;
            }
            MediaPlayer p = player;
            p.setMute(true);
            p.setVolume(0);
            p.setOnError(() -> end(null, String.valueOf(p.getError())));
            view = new MediaView(p);
            view.setFitWidth(width);
            view.setFitHeight(height);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            new Scene(new Group(view)); // off-screen: never in a window, only ever snapshotted
            p.setOnReady(this::seek);
        }

        private void seek() {
            if (ended) {
                return;
            }
            Duration length = player.getMedia().getDuration();
            Duration at = length == null || length.isUnknown() || length.isIndefinite()
                    ? LATEST_FRAME : min(LATEST_FRAME, length.multiply(0.1));
            // A paused seek does not say when the new frame has reached the view, so the grab plays (muted)
            // a sliver from there and looks once it has ended: the view then holds a frame from that spot.
            player.setStartTime(at);
            player.setStopTime(length == null || length.isUnknown() || length.isIndefinite()
                    ? at.add(SLIVER) : min(at.add(SLIVER), length));
            player.setOnEndOfMedia(() -> played = true);
            player.play();
            looking = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    lookForFrame();
                }
            };
            looking.start();
        }

        private void lookForFrame() {
            if (ended || !played) {
                return;
            }
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            WritableImage shot = view.snapshot(params, null);
            // Before the first decoded frame reaches the view it draws nothing: the snapshot stays clear.
            if (shot.getWidth() < 1 || shot.getHeight() < 1
                    || shot.getPixelReader().getColor((int) shot.getWidth() / 2, (int) shot.getHeight() / 2).getOpacity() == 0) {
                return;
            }
            end(shot, null);
        }

        /** Stops everything this grab holds; {@code frame} null and {@code failure} null means cancelled. */
        void end(Image frame, String failure) {
            if (ended) {
                return;
            }
            ended = true;
            if (watchdog != null) {
                watchdog.stop();
            }
            if (looking != null) {
                looking.stop();
            }
            if (view != null) {
                view.setMediaPlayer(null);
            }
            if (player != null) {
                player.setOnReady(null);
                player.setOnError(null);
                player.setOnEndOfMedia(null);
                players.dispose(player);
                player = null;
            }
            ended(this, frame, failure);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.lessThan(b) ? a : b;
    }
}
