package io.alephmonitor.ui.preview;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * An inline video player for one result link: play/pause, seek bar, time, mute and loop; Space
 * toggles play while it has focus. Unsafe links are refused before any media object exists, and
 * media errors become a readable message in place of the video. The player is released as soon as
 * another link is loaded, {@link #dispose()} is called, or the preview leaves a showing window.
 * <p>
 * A player is built only once a link has stayed loaded for a moment ({@link PlayerTiming#settle()}),
 * so moving quickly through many tasks builds none on the way. A watchdog replaces a player that is
 * not READY within {@link PlayerTiming#readyTimeout()} once; if the second one is not ready in time
 * either, a message says so in place of the video.
 */
public final class VideoPreview extends VBox {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VideoPreview.class);

    private final PlayerRegistry players;
    private final PlayerTiming timing;
    private final VideoSurface surface = new VideoSurface(420);
    private final StackPane screen = new StackPane();
    private final VBox problemView = new VBox(8);
    private final Message problemMessage = new Message();
    private final Button problemOpen = new Button("Open in browser", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
    private final Button problemSave = new Button("Save video…", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));

    private final Button playButton = new Button();
    private final Slider seekBar = new Slider(0, 1, 0);
    private final Label timeLabel = new Label("0:00 / 0:00");
    private final ToggleButton muteButton = new ToggleButton();
    private final ToggleButton loopButton = new ToggleButton();
    private final HBox controls;

    private final ReadOnlyObjectWrapper<MediaPlayer.Status> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");

    private String url;
    /** A fresh temporary link kie.ai gave for {@link #url} after it stopped working; never stored elsewhere. */
    private String freshLink;
    private boolean renewalTried;
    private LinkRenewer renewer;
    private MediaPlayer player;
    private long openRequests;
    /** True from the moment a player is wanted (resting, building the media, renewing) until it exists. */
    private boolean opening;
    private PlayerTiming.Scheduled settleTimer;
    private PlayerTiming.Scheduled watchdog;
    /** Players tried for the current link since it last settled; the watchdog gives up after the second. */
    private int attempts;
    private boolean atEnd;
    /** What the user last asked for; the media engine can drop a pause sent while it restarts a loop. */
    private boolean wantPlaying;
    private boolean movingSeekBarFromPlayer;
    private Runnable onOpenInBrowser = () -> { };
    private Runnable onSave = () -> { };
    private boolean problemActionsShown = true;

    public VideoPreview() {
        this(new PlayerRegistry());
    }

    public VideoPreview(PlayerRegistry players) {
        this.players = players;
        this.timing = players.timing();
        getStyleClass().add("video-preview");
        setSpacing(6);
        setFocusTraversable(true);

        screen.getChildren().add(surface);
        screen.getStyleClass().add("video-screen");
        screen.setStyle("-fx-background-color: black; -fx-background-radius: 6;");
        screen.setMinHeight(0);
        surface.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            requestFocus();
            togglePlay();
        });

        problemMessage.setTitle("Preview unavailable");
        problemMessage.setGraphic(new FontIcon(MaterialDesignV.VIDEO_OFF_OUTLINE));
        problemMessage.getStyleClass().add(Styles.WARNING);
        problemMessage.setMaxWidth(Double.MAX_VALUE);
        problemOpen.setOnAction(e -> onOpenInBrowser.run());
        problemSave.setOnAction(e -> onSave.run());
        HBox problemButtons = new HBox(8, problemOpen, problemSave);
        problemView.getChildren().addAll(problemMessage, problemButtons);
        problemView.setPadding(new Insets(4, 0, 4, 0));

        playButton.setGraphic(new FontIcon(MaterialDesignP.PLAY));
        playButton.setTooltip(new Tooltip("Play or pause (Space)"));
        playButton.setOnAction(e -> togglePlay());
        muteButton.setGraphic(new FontIcon(MaterialDesignV.VOLUME_HIGH));
        muteButton.setTooltip(new Tooltip("Mute"));
        muteButton.selectedProperty().addListener((obs, was, muted) -> {
            ((FontIcon) muteButton.getGraphic()).setIconCode(muted ? MaterialDesignV.VOLUME_OFF : MaterialDesignV.VOLUME_HIGH);
            if (player != null) {
                player.setMute(muted);
            }
        });
        loopButton.setGraphic(new FontIcon(MaterialDesignR.REPEAT));
        loopButton.setTooltip(new Tooltip("Play in a loop"));
        loopButton.selectedProperty().addListener((obs, was, loop) -> {
            if (player != null) {
                player.setCycleCount(loop ? MediaPlayer.INDEFINITE : 1);
            }
        });
        for (var b : new javafx.scene.control.ButtonBase[]{playButton, muteButton, loopButton}) {
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        seekBar.setMaxWidth(Double.MAX_VALUE);
        seekBar.valueProperty().addListener((obs, was, now) -> {
            if (!movingSeekBarFromPlayer && player != null) {
                atEnd = false;
                wantPlaying = false;
                player.seek(Duration.seconds(now.doubleValue()));
            }
        });
        timeLabel.getStyleClass().add(Styles.TEXT_SMALL);
        timeLabel.setMinWidth(USE_PREF_SIZE);
        HBox.setHgrow(seekBar, Priority.ALWAYS);
        controls = new HBox(6, playButton, seekBar, timeLabel, muteButton, loopButton);
        controls.setAlignment(Pos.CENTER_LEFT);

        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && player != null) {
                togglePlay();
                e.consume();
            }
        });

        ObservableValue<Boolean> inShowingWindow = sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        showing.bind(inShowingWindow);
        showing.addListener((obs, was, now) -> {
            if (now) {
                openPlayerIfWanted();
            } else {
                releasePlayer();
            }
        });
        showEmpty();
    }

    /** Previews {@code videoUrl}; the same link again keeps the current player (and its position). */
    public void load(String videoUrl) {
        if (videoUrl != null && videoUrl.equals(url) && (player != null || opening || problem.get() != null)) {
            return;
        }
        releasePlayer();
        url = videoUrl;
        freshLink = null;
        renewalTried = false;
        problem.set(null);
        if (videoUrl == null) {
            showEmpty();
            return;
        }
        RemoteUrlCheck check = RemoteUrlCheck.of(videoUrl);
        if (!check.allowed()) {
            showProblem(check.refusal(), false);
            return;
        }
        openPlayerIfWanted();
    }

    /** Stops and releases the player and forgets the link. */
    public void dispose() {
        releasePlayer();
        url = null;
        freshLink = null;
        problem.set(null);
        showEmpty();
    }

    /** Plays when paused or stopped, pauses when playing; replays from the start after the end. */
    public void togglePlay() {
        if (player == null) {
            return;
        }
        MediaPlayer.Status status = player.getStatus();
        // STALLED is a playing video waiting for data (e.g. at a loop point): Space must pause it too.
        if ((status == MediaPlayer.Status.PLAYING || status == MediaPlayer.Status.STALLED) && !atEnd) {
            wantPlaying = false;
            player.pause();
        } else {
            wantPlaying = true;
            if (atEnd) {
                player.seek(Duration.ZERO);
                atEnd = false;
            }
            player.play();
        }
    }

    /** The link being previewed, or null. */
    public String url() {
        return url;
    }

    /** The player's status (READY once the video can play); null when there is no player. */
    public ReadOnlyObjectProperty<MediaPlayer.Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the video can't play, as shown to the user; null while there is no problem. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the preview sits in a showing window (players exist only then). */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Whether the video plays in a loop (the loop toggle). */
    public javafx.beans.property.BooleanProperty loopProperty() {
        return loopButton.selectedProperty();
    }

    /** Whether the sound is off (the mute toggle). */
    public javafx.beans.property.BooleanProperty mutedProperty() {
        return muteButton.selectedProperty();
    }

    /** What "Open in browser" in the problem message does. */
    public void setOnOpenInBrowser(Runnable action) {
        onOpenInBrowser = action == null ? () -> { } : action;
    }

    /** Whether the problem message carries its own Open/Save buttons (off where the host shows them anyway). */
    public void setProblemActionsShown(boolean shown) {
        problemActionsShown = shown;
    }

    /**
     * Where a fresh link comes from when the video's link stops working (403/404/410, or a player
     * that cannot open it): the preview asks once per link and plays the fresh one.
     */
    public void setLinkRenewer(LinkRenewer linkRenewer) {
        renewer = linkRenewer; // null: never renews
    }

    /** What "Save video…" in the problem message does. */
    public void setOnSave(Runnable action) {
        onSave = action == null ? () -> { } : action;
    }

    private void openPlayerIfWanted() {
        if (url == null || player != null || opening || problem.get() != null || !showing.get()) {
            return;
        }
        RemoteUrlCheck check = RemoteUrlCheck.of(url);
        if (!check.allowed()) {
            return;
        }
        // Only a link that stays selected gets a player: players built and disposed in quick succession
        // while the selection moves on are what leave JavaFX's media engine with a player never READY.
        long request = ++openRequests;
        opening = true;
        attempts = 0;
        showVideo();
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
        String link = currentLink();
        Thread.ofVirtual().name("video-preview-open").start(() -> {
            Media media;
            try {
                media = new Media(link);
            } catch (RuntimeException e) {
                onFxThread(() -> {
                    if (request == openRequests && player == null) {
                        opening = false;
                        cancelWatchdog();
                        LOG.info("Video preview could not open: {}", String.valueOf(e));
                        renewOrShowProblem(e);
                    }
                });
                return;
            }
            onFxThread(() -> {
                if (request == openRequests && player == null && showing.get() && link.equals(currentLink())) {
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
        releasePlayer();
        if (attempts < 2) {
            LOG.info("Video preview: no player was ready after {} s; trying once more with a new one", seconds);
            opening = true;
            showVideo();
            openNow(++openRequests);
        } else {
            LOG.info("Video preview: again no player was ready after {} s; showing the problem", seconds);
            showProblem(MediaProblem.notReadyInTime(), true);
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

    private String currentLink() {
        if (freshLink != null) {
            return freshLink;
        }
        RemoteUrlCheck check = RemoteUrlCheck.of(url);
        return check.allowed() ? check.uri().toString() : null;
    }

    /**
     * A link that may have expired gets one fresh link from kie.ai and one more try; without one,
     * the problem is shown — in kie.ai's words (e.g. the result is lost) when the server clearly
     * refused the link, else as the media error says.
     */
    private void renewOrShowProblem(Throwable error) {
        if (renewalTried || renewer == null || !MediaProblem.mayBeExpired(error)) {
            showProblem(MediaProblem.describe(error), true);
            return;
        }
        renewalTried = true;
        String expired = url;
        long request = ++openRequests;
        opening = true;
        renewer.freshLink(RemoteUrlCheck.of(expired).uri().toString()).whenComplete((fresh, failure) -> onFxThread(() -> {
            if (request != openRequests || !expired.equals(url)) {
                return; // another link was loaded meanwhile
            }
            opening = false;
            RemoteUrlCheck check = RemoteUrlCheck.of(fresh);
            if (failure == null && check.allowed()) {
                LOG.info("Video preview retries with a fresh link");
                freshLink = check.uri().toString();
                openPlayerIfWanted();
            } else {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : failure;
                // JavaFX rarely says why a link failed; kie.ai's answer about it is the better sentence.
                boolean explained = cause != null && cause.getMessage() != null && !cause.getMessage().isBlank();
                showProblem(explained ? cause.getMessage() : MediaProblem.describe(error), true);
            }
        }));
    }

    private void attach(Media media) {
        MediaPlayer created;
        try {
            created = players.create(media);
        } catch (RuntimeException e) {
            showProblem(MediaProblem.describe(e), true);
            return;
        }
        player = created;
        atEnd = false;
        media.setOnError(() -> onFxThread(() -> failed(created, media.getError())));
        created.setOnError(() -> onFxThread(() -> failed(created, created.getError())));
        created.setMute(muteButton.isSelected());
        created.setCycleCount(loopButton.isSelected() ? MediaPlayer.INDEFINITE : 1);
        created.setOnReady(() -> {
            if (player == created) {
                Duration total = media.getDuration();
                seekBar.setMax(total == null || total.isUnknown() ? 1 : Math.max(0.1, total.toSeconds()));
                if (media.getWidth() > 0 && media.getHeight() > 0) {
                    surface.setAspect((double) media.getWidth() / media.getHeight());
                }
                updateTime(created);
            }
        });
        created.setOnEndOfMedia(() -> {
            if (player == created && created.getCycleCount() != MediaPlayer.INDEFINITE) {
                atEnd = true;
                wantPlaying = false;
                created.pause();
            }
        });
        created.setOnRepeat(() -> {
            if (player == created && !wantPlaying) {
                created.pause();
            }
        });
        created.currentTimeProperty().addListener((obs, was, now) -> {
            if (player == created) {
                updateTime(created);
            }
        });
        created.statusProperty().addListener((obs, was, now) -> {
            if (player == created) {
                if (reachedReady(now)) {
                    cancelWatchdog();
                }
                if (now == MediaPlayer.Status.PLAYING && !wantPlaying) {
                    created.pause(); // a pause the engine dropped (e.g. sent at a loop point) is sent again
                    return;
                }
                boolean playing = now == MediaPlayer.Status.PLAYING && !atEnd;
                ((FontIcon) playButton.getGraphic()).setIconCode(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY);
            }
        });
        status.bind(created.statusProperty());
        surface.view().setMediaPlayer(created);
        showVideo();
    }

    private void failed(MediaPlayer failedPlayer, MediaException error) {
        if (player != failedPlayer) {
            return;
        }
        LOG.info("Video preview failed: {} ({})", error == null ? null : error.getType(),
                error == null ? null : error.getMessage());
        releasePlayer();
        renewOrShowProblem(error);
    }

    private void releasePlayer() {
        openRequests++; // any opening still in flight is no longer wanted
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
        surface.view().setMediaPlayer(null);
        movingSeekBarFromPlayer = true;
        seekBar.setValue(0);
        movingSeekBarFromPlayer = false;
        timeLabel.setText("0:00 / 0:00");
        ((FontIcon) playButton.getGraphic()).setIconCode(MaterialDesignP.PLAY);
        players.dispose(old);
    }

    private void updateTime(MediaPlayer p) {
        Duration now = p.getCurrentTime();
        Duration total = p.getMedia().getDuration();
        timeLabel.setText(formatTime(now) + " / " + formatTime(total));
        if (!seekBar.isValueChanging()) {
            movingSeekBarFromPlayer = true;
            seekBar.setValue(now == null ? 0 : now.toSeconds());
            movingSeekBarFromPlayer = false;
        }
    }

    /** m:ss (or h:mm:ss) for a media time; unknown times show as 0:00. */
    static String formatTime(Duration d) {
        if (d == null || d.isUnknown() || d.isIndefinite()) {
            return "0:00";
        }
        long total = (long) Math.floor(d.toSeconds());
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
    }

    private void showVideo() {
        getChildren().setAll(screen, controls);
    }

    private void showEmpty() {
        getChildren().clear();
    }

    private void showProblem(String message, boolean linkIsSafe) {
        cancelWatchdog();
        problem.set(message);
        problemMessage.setDescription(message);
        // Inside the detail pane the same actions already sit right below; only a bare preview offers its own.
        boolean offerActions = linkIsSafe && problemActionsShown;
        problemOpen.setVisible(offerActions);
        problemOpen.setManaged(offerActions);
        problemSave.setVisible(offerActions);
        problemSave.setManaged(offerActions);
        getChildren().setAll(problemView);
    }

    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
