package io.alephmonitor.ui.preview;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.MediaPlayer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
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
 * <p>
 * The parts: {@link PlayerLifecycle} (build, rest, watchdog, release), {@link LinkRenewal} and the
 * control bar {@link VideoControls}; this class lays them out with the problem message.
 */
public final class VideoPreview extends VBox {

    private final VideoSurface surface = new VideoSurface(420);
    private final StackPane screen = new StackPane();
    private final VBox problemView = new VBox(8);
    private final Message problemMessage = new Message();
    private final Button problemOpen = new Button("Open in browser", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
    private final Button problemSave = new Button("Save video…", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
    private final VideoControls controls = new VideoControls();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final PlayerLifecycle lifecycle;

    private Runnable onOpenInBrowser = () -> { };
    private Runnable onSave = () -> { };
    private boolean problemActionsShown = true;

    public VideoPreview() {
        this(new PlayerRegistry());
    }

    public VideoPreview(PlayerRegistry players) {
        lifecycle = new PlayerLifecycle(players, surface, controls, new PlayerLifecycle.Screen() {
            @Override
            public void showVideo() {
                getChildren().setAll(screen, controls);
            }

            @Override
            public void showEmpty() {
                getChildren().clear();
            }

            @Override
            public void showProblem(String message, boolean linkIsSafe) {
                VideoPreview.this.showProblem(message, linkIsSafe);
            }
        }, showing::get);
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

        lifecycle.follow(this, showing, controls, this::togglePlay);
        getChildren().clear();
    }

    /** Previews {@code videoUrl}; the same link again keeps the current player (and its position). */
    public void load(String videoUrl) {
        lifecycle.load(videoUrl);
    }

    /** Stops and releases the player and forgets the link. */
    public void dispose() {
        lifecycle.dispose();
    }

    /** Plays when paused or stopped, pauses when playing; replays from the start after the end. */
    public void togglePlay() {
        controls.togglePlay();
    }

    /** The link being previewed, or null. */
    public String url() {
        return lifecycle.url();
    }

    /** The player's status (READY once the video can play); null when there is no player. */
    public ReadOnlyObjectProperty<MediaPlayer.Status> statusProperty() {
        return lifecycle.statusProperty();
    }

    /** Why the video can't play, as shown to the user; null while there is no problem. */
    public ReadOnlyStringProperty problemProperty() {
        return lifecycle.problemProperty();
    }

    /** True while the preview sits in a showing window (players exist only then). */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Whether the video plays in a loop (the loop toggle). */
    public BooleanProperty loopProperty() {
        return controls.loopProperty();
    }

    /** Whether the sound is off (the mute toggle). */
    public BooleanProperty mutedProperty() {
        return controls.mutedProperty();
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
        lifecycle.setLinkRenewer(linkRenewer); // null: never renews
    }

    /** What "Save video…" in the problem message does. */
    public void setOnSave(Runnable action) {
        onSave = action == null ? () -> { } : action;
    }

    private void showProblem(String message, boolean linkIsSafe) {
        problemMessage.setDescription(message);
        // Inside the detail pane the same actions already sit right below; only a bare preview offers its own.
        boolean offerActions = linkIsSafe && problemActionsShown;
        problemOpen.setVisible(offerActions);
        problemOpen.setManaged(offerActions);
        problemSave.setVisible(offerActions);
        problemSave.setManaged(offerActions);
        getChildren().setAll(problemView);
    }

    /** Runs on the FX thread: now when called there, else soon. */
    static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
