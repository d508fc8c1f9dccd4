package io.alephmonitor.ui.preview;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The control bar under the video: play/pause, seek bar, time, mute and loop, for the player the
 * preview currently holds (none between players). Remembers whether the user wants the video
 * playing, because the media engine can drop a pause sent while it restarts a loop.
 */
final class VideoControls extends HBox {

    private final Button playButton = new Button();
    private final Slider seekBar = new Slider(0, 1, 0);
    private final Label timeLabel = new Label("0:00 / 0:00");
    private final ToggleButton muteButton = new ToggleButton();
    private final ToggleButton loopButton = new ToggleButton();
    private final Slider volume = new Slider(0, 1, 1);

    private MediaPlayer player;
    private boolean atEnd;
    /** What the user last asked for; the media engine can drop a pause sent while it restarts a loop. */
    private boolean wantPlaying;
    private boolean movingSeekBarFromPlayer;

    VideoControls() {
        super(6);
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
        for (ButtonBase b : new ButtonBase[]{playButton, muteButton, loopButton}) {
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        seekBar.setMaxWidth(Double.MAX_VALUE);
        seekBar.setMinWidth(40); // a narrow pane shortens the seek bar, never pushes the controls out of view
        seekBar.valueProperty().addListener((obs, was, now) -> {
            if (!movingSeekBarFromPlayer && player != null) {
                atEnd = false;
                wantPlaying = false;
                player.seek(Duration.seconds(now.doubleValue()));
            }
        });
        volume.setId("player-volume");
        volume.setPrefWidth(80);
        volume.setMinWidth(50);
        volume.setTooltip(new Tooltip("Volume"));
        volume.valueProperty().addListener((obs, was, now) -> {
            if (player != null) {
                player.setVolume(now.doubleValue());
            }
        });
        volume.setVisible(false);
        volume.setManaged(false);
        seekBar.setId("player-seek");
        playButton.setId("player-play");
        timeLabel.setId("player-time");
        timeLabel.getStyleClass().add(Styles.TEXT_SMALL);
        timeLabel.setMinWidth(USE_PREF_SIZE);
        HBox.setHgrow(seekBar, Priority.ALWAYS);
        getChildren().setAll(playButton, seekBar, timeLabel, muteButton, volume, loopButton);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Whether the video plays in a loop (the loop toggle). */
    BooleanProperty loopProperty() {
        return loopButton.selectedProperty();
    }

    /** Whether the sound is off (the mute toggle). */
    BooleanProperty mutedProperty() {
        return muteButton.selectedProperty();
    }

    /** Shows the volume slider beside the mute toggle (the audio player has it; the video keeps only mute). */
    void showVolume(boolean shown) {
        volume.setVisible(shown);
        volume.setManaged(shown);
    }

    /** The volume the player plays at, 0 to 1 (the volume slider). */
    javafx.beans.property.DoubleProperty volumeProperty() {
        return volume.valueProperty();
    }

    /** Moves the play position, as dragging the seek bar does. */
    void seek(double seconds) {
        seekBar.setValue(Math.clamp(seconds, seekBar.getMin(), seekBar.getMax()));
    }

    /** True while there is a player to control. */
    boolean hasPlayer() {
        return player != null;
    }

    /** Plays when paused or stopped, pauses when playing; replays from the start after the end. */
    void togglePlay() {
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

    /** Controls this new player from now on: the toggles' mute and loop, its end, repeats, time and status. */
    void attach(MediaPlayer created) {
        player = created;
        atEnd = false;
        created.setMute(muteButton.isSelected());
        created.setVolume(volume.getValue());
        created.setCycleCount(loopButton.isSelected() ? MediaPlayer.INDEFINITE : 1);
        created.setOnEndOfMedia(() -> {
            if (player == created && created.getCycleCount() != MediaPlayer.INDEFINITE) {
                atEnd = true;
                wantPlaying = false;
                created.pause();
                // The engine may stay PLAYING at the end (a sound file does): the button offers Play again.
                ((FontIcon) playButton.getGraphic()).setIconCode(MaterialDesignP.PLAY);
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
                if (now == MediaPlayer.Status.PLAYING && !wantPlaying) {
                    created.pause(); // a pause the engine dropped (e.g. sent at a loop point) is sent again
                    return;
                }
                boolean playing = now == MediaPlayer.Status.PLAYING && !atEnd;
                ((FontIcon) playButton.getGraphic()).setIconCode(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY);
            }
        });
    }

    /** The player's media is ready: the seek bar spans its duration. */
    void ready(MediaPlayer ready, Media media) {
        if (player != ready) {
            return;
        }
        Duration total = media.getDuration();
        seekBar.setMax(total == null || total.isUnknown() ? 1 : Math.max(0.1, total.toSeconds()));
        updateTime(ready);
    }

    /** No player any more: back to the start, showing Play. */
    void detach() {
        player = null;
        movingSeekBarFromPlayer = true;
        seekBar.setValue(0);
        movingSeekBarFromPlayer = false;
        timeLabel.setText("0:00 / 0:00");
        ((FontIcon) playButton.getGraphic()).setIconCode(MaterialDesignP.PLAY);
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
}
