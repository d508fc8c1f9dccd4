package io.alephmonitor.ui.preview;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.layout.VBox;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * An inline player for one sound file: play/pause, seek bar with the time, mute and volume; Space
 * toggles play while it has focus. It is a {@link VideoPreview} without the picture: the same
 * {@link PlayerLifecycle} (built once the link rests, watched until READY, released when another link
 * is loaded or it leaves a showing window), sharing the pane's {@link PlayerRegistry}, so starting a
 * track pauses a playing video. A missing audio device or a dead link becomes a message in its place.
 */
public final class AudioPreview extends VBox {

    private final VideoControls controls = new VideoControls();
    private final Message problemMessage = new Message();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final PlayerLifecycle lifecycle;

    public AudioPreview(PlayerRegistry players) {
        lifecycle = new PlayerLifecycle(players, null, controls, new PlayerLifecycle.Screen() {
            @Override
            public void showVideo() {
                getChildren().setAll(controls);
            }

            @Override
            public void showEmpty() {
                getChildren().clear();
            }

            @Override
            public void showProblem(String message, boolean linkIsSafe) {
                problemMessage.setDescription(message);
                getChildren().setAll(problemMessage);
            }
        }, showing::get, "track");
        getStyleClass().add("audio-preview");
        setFocusTraversable(true);
        controls.showVolume(true);
        problemMessage.setTitle("Can't play here");
        problemMessage.setGraphic(new FontIcon(MaterialDesignM.MUSIC_NOTE_OFF_OUTLINE));
        problemMessage.getStyleClass().add(Styles.WARNING);
        problemMessage.setMaxWidth(Double.MAX_VALUE);
        lifecycle.follow(this, showing, controls, this::togglePlay);
    }

    /** Plays {@code audioUrl}; the same link again keeps the current player (and its position). */
    public void load(String audioUrl) {
        lifecycle.load(audioUrl);
    }

    /** Stops and releases the player and forgets the link. */
    public void dispose() {
        lifecycle.dispose();
    }

    /** Plays when paused, pauses when playing; replays from the start after the end. */
    public void togglePlay() {
        controls.togglePlay();
    }

    /** Moves the play position, as dragging the seek bar does. */
    public void seek(Duration to) {
        controls.seek(to.toSeconds());
    }

    /** Where the player is now; zero without a player. */
    public Duration currentTime() {
        MediaPlayer player = lifecycle.player();
        return player == null ? Duration.ZERO : player.getCurrentTime();
    }

    /** The volume, 0 to 1 (the volume slider). */
    public DoubleProperty volumeProperty() {
        return controls.volumeProperty();
    }

    /** Where a fresh link comes from when the track's link stops working; null: never renewed. */
    public void setLinkRenewer(LinkRenewer linkRenewer) {
        lifecycle.setLinkRenewer(linkRenewer);
    }

    /** The link being played, or null. */
    public String url() {
        return lifecycle.url();
    }

    /** The player's status (READY once the track can play); null when there is no player. */
    public ReadOnlyObjectProperty<MediaPlayer.Status> statusProperty() {
        return lifecycle.statusProperty();
    }

    /** Whether the track plays in a loop (the loop toggle). */
    public BooleanProperty loopProperty() {
        return controls.loopProperty();
    }

    /** Why the track can't play, as shown; null while there is no problem. */
    public ReadOnlyStringProperty problemProperty() {
        return lifecycle.problemProperty();
    }
}
