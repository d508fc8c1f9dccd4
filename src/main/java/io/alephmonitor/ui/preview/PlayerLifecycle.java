package io.alephmonitor.ui.preview;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

import java.util.function.BooleanSupplier;

/**
 * The one player a preview holds for its link: built only once the link has rested
 * ({@link PlayerTiming#settle()}), its media opened off the FX thread, watched until READY and
 * replaced once when it is not READY within {@link PlayerTiming#readyTimeout()}, and released as
 * soon as another link is loaded, the preview is disposed or it leaves a showing window. A link that
 * fails as if expired is renewed once ({@link LinkRenewal}). A sound file's player has no surface
 * (no media view): the same lifecycle, only the picture is missing.
 */
final class PlayerLifecycle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VideoPreview.class);

    /** What the preview shows in its place. */
    interface Screen {
        void showVideo();

        void showEmpty();

        /** The problem in words; {@code linkIsSafe} when the link may still be opened or saved elsewhere. */
        void showProblem(String message, boolean linkIsSafe);
    }

    private final PlayerRegistry players;
    private final PlayerTiming timing;
    private final VideoSurface surface;
    private final VideoControls controls;
    private final Screen screen;
    private final BooleanSupplier showing;
    /** What is played, in the problem messages: "video", "track". */
    private final String what;
    private final LinkRenewal renewal = new LinkRenewal();
    private final ReadOnlyObjectWrapper<MediaPlayer.Status> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    private String url;
    private MediaPlayer player;
    private long openRequests;
    /** True from the moment a player is wanted (resting, building the media, renewing) until it exists. */
    private boolean opening;
    private PlayerTiming.Scheduled settleTimer;
    private PlayerTiming.Scheduled watchdog;
    /** Players tried for the current link since it last settled; the watchdog gives up after the second. */
    private int attempts;

    /** @param showing whether the preview sits in a showing window (players exist only then) */
    PlayerLifecycle(PlayerRegistry players, VideoSurface surface, VideoControls controls, Screen screen,
                    BooleanSupplier showing) {
        this(players, surface, controls, screen, showing, "video");
    }

    /**
     * @param surface where the picture goes; null for a sound file
     * @param what    what is played, as the problem messages name it ("video", "track")
     */
    PlayerLifecycle(PlayerRegistry players, VideoSurface surface, VideoControls controls, Screen screen,
                    BooleanSupplier showing, String what) {
        this.what = what;
        this.players = players;
        this.timing = players.timing();
        this.surface = surface;
        this.controls = controls;
        this.screen = screen;
        this.showing = showing;
    }

    /** Previews {@code videoUrl}; the same link again keeps the current player (and its position). */
    void load(String videoUrl) {
        if (videoUrl != null && videoUrl.equals(url) && (player != null || opening || problem.get() != null)) {
            return;
        }
        release();
        url = videoUrl;
        renewal.reset();
        problem.set(null);
        if (videoUrl == null) {
            screen.showEmpty();
            return;
        }
        RemoteUrlCheck check = RemoteUrlCheck.of(videoUrl);
        if (!check.allowed()) {
            showProblem(check.refusal(), false);
            return;
        }
        openIfWanted();
    }

    /** Stops and releases the player and forgets the link. */
    void dispose() {
        release();
        url = null;
        renewal.reset();
        problem.set(null);
        screen.showEmpty();
    }

    String url() {
        return url;
    }

    /** The player held now; null between players. */
    MediaPlayer player() {
        return player;
    }

    /**
     * Wires a preview to this lifecycle: Space plays or pauses while it has focus, and its player is
     * opened while {@code view} sits in a showing window and released when it leaves ({@code showing}
     * follows that).
     */
    void follow(javafx.scene.Node view, javafx.beans.property.ReadOnlyBooleanWrapper showing, VideoControls controls,
                Runnable togglePlay) {
        view.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && controls.hasPlayer()) {
                togglePlay.run();
                e.consume();
            }
        });
        showing.bind(inShowingWindow(view));
        showing.addListener((obs, was, now) -> {
            if (now) {
                openIfWanted();
            } else {
                release();
            }
        });
    }

    /** True while the node sits in a showing window: players exist only then. */
    static javafx.beans.value.ObservableValue<Boolean> inShowingWindow(javafx.scene.Node node) {
        return node.sceneProperty()
                .flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty)
                .orElse(false);
    }

    ReadOnlyObjectProperty<MediaPlayer.Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setLinkRenewer(LinkRenewer renewer) {
        renewal.setRenewer(renewer);
    }

    /** Starts resting towards a player when the link has none yet and the preview is showing. */
    void openIfWanted() {
        if (url == null || player != null || opening || problem.get() != null || !showing.getAsBoolean()) {
            return;
        }
        if (!RemoteUrlCheck.of(url).allowed()) {
            return;
        }
        // Only a link that stays selected gets a player: players built and disposed in quick succession
        // while the selection moves on are what leave JavaFX's media engine with a player never READY.
        long request = ++openRequests;
        opening = true;
        attempts = 0;
        screen.showVideo();
        settleTimer = timing.timers().after(timing.settle(), () -> {
            if (request == openRequests) {
                settleTimer = null;
                openNow(request);
            }
        });
    }

    /** Builds the media and then the player for the current link, watched until it is READY. */
    private void openNow(long request) {
        MediaCallbackGuard.installOnCurrentThread();
        attempts++;
        watchdog = timing.timers().after(timing.readyTimeout(), () -> notReadyInTime(request));
        // new Media() opens the HTTP connection synchronously, so it is built off the FX thread.
        String link = renewal.linkFor(url);
        Thread.ofVirtual().name("video-preview-open").start(() -> {
            Media media;
            try {
                media = new Media(link);
            } catch (RuntimeException e) {
                VideoPreview.onFxThread(() -> {
                    if (request == openRequests && player == null) {
                        opening = false;
                        cancelWatchdog();
                        LOG.info("Video preview could not open: {}", String.valueOf(e));
                        renewOrShowProblem(e);
                    }
                });
                return;
            }
            VideoPreview.onFxThread(() -> {
                if (request == openRequests && player == null && showing.getAsBoolean()
                        && link.equals(renewal.linkFor(url))) {
                    opening = false;
                    attach(media);
                }
            });
        });
    }

    /** The watchdog: a player not READY in time is replaced once, then the problem is shown. */
    private void notReadyInTime(long request) {
        watchdog = null;
        if (request != openRequests || (player != null && reachedReady(player.getStatus()))) {
            return;
        }
        double seconds = timing.readyTimeout().toSeconds();
        release();
        if (attempts < 2) {
            LOG.info("Video preview: no player was ready after {} s; trying once more with a new one", seconds);
            opening = true;
            screen.showVideo();
            openNow(++openRequests);
        } else {
            LOG.info("Video preview: again no player was ready after {} s; showing the problem", seconds);
            showProblem(MediaProblem.notReadyInTime(what), true);
        }
    }

    private static boolean reachedReady(MediaPlayer.Status s) {
        return s == MediaPlayer.Status.READY || s == MediaPlayer.Status.PAUSED || s == MediaPlayer.Status.PLAYING
                || s == MediaPlayer.Status.STALLED || s == MediaPlayer.Status.STOPPED;
    }

    private void cancelWatchdog() {
        if (watchdog != null) {
            watchdog.cancel();
            watchdog = null;
        }
    }

    /**
     * A link that may have expired gets one fresh link from kie.ai and one more try; without one,
     * the problem is shown — in kie.ai's words (e.g. the result is lost) when the server clearly
     * refused the link, else as the media error says.
     */
    private void renewOrShowProblem(Throwable error) {
        if (!renewal.worthTrying(error)) {
            showProblem(MediaProblem.describe(error, what), true);
            return;
        }
        String expired = url;
        long request = ++openRequests;
        opening = true;
        renewal.renew(expired, error, () -> request == openRequests && expired.equals(url), fresh -> {
            opening = false;
            LOG.info("Video preview retries with a fresh link");
            openIfWanted();
        }, refusal -> {
            opening = false;
            showProblem(refusal, true);
        });
    }

    private void attach(Media media) {
        MediaPlayer created;
        try {
            created = players.create(media);
        } catch (RuntimeException e) {
            showProblem(MediaProblem.describe(e, what), true);
            return;
        }
        player = created;
        media.setOnError(() -> VideoPreview.onFxThread(() -> failed(created, media.getError())));
        created.setOnError(() -> VideoPreview.onFxThread(() -> failed(created, created.getError())));
        created.setOnReady(() -> {
            if (player == created) {
                controls.ready(created, media);
                if (surface != null && media.getWidth() > 0 && media.getHeight() > 0) {
                    surface.setAspect((double) media.getWidth() / media.getHeight());
                }
            }
        });
        created.statusProperty().addListener((obs, was, now) -> {
            if (player == created && reachedReady(now)) {
                cancelWatchdog();
            }
        });
        controls.attach(created);
        status.bind(created.statusProperty());
        if (surface != null) {
            surface.view().setMediaPlayer(created);
        }
        screen.showVideo();
    }

    private void failed(MediaPlayer failedPlayer, MediaException error) {
        if (player != failedPlayer) {
            return;
        }
        LOG.info("Video preview failed: {} ({})", error == null ? null : error.getType(),
                error == null ? null : error.getMessage());
        release();
        renewOrShowProblem(error);
    }

    /** Stops and releases the player (keeping the link); any opening still in flight is no longer wanted. */
    void release() {
        openRequests++;
        opening = false;
        if (settleTimer != null) {
            settleTimer.cancel();
            settleTimer = null;
        }
        cancelWatchdog();
        MediaPlayer old = player;
        player = null;
        status.unbind();
        status.set(null);
        if (surface != null) {
            surface.view().setMediaPlayer(null);
        }
        controls.detach();
        players.dispose(old);
    }

    private void showProblem(String message, boolean linkIsSafe) {
        cancelWatchdog();
        problem.set(message);
        screen.showProblem(message, linkIsSafe);
    }
}
