package io.alephmonitor.ui.compare;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.ui.preview.PlayerPair;
import io.alephmonitor.ui.preview.PlayerRegistry;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.MediaView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * Two videos (or two tracks) side by side under one transport: one play/pause (also Space), one seek bar,
 * one loop toggle for both, playing in step ({@link PlayerPair}). The players exist while the view sits in a
 * showing window and are released when it leaves.
 */
final class PairedPlayersView extends BorderPane {

    private final PlayerPair pair;
    private final ComparePair shown;
    private final Button play = new Button(null, new FontIcon(MaterialDesignP.PLAY));
    private final Slider seek = new Slider(0, 1, 0);
    private final Label time = new Label("0:00 / 0:00");
    private final ToggleButton loop = new ToggleButton(null, new FontIcon(MaterialDesignR.REPEAT));
    private final MediaView leftView = new MediaView();
    private final MediaView rightView = new MediaView();
    private final Message problem = new Message();
    private final HBox sides;
    private boolean movingFromPlayer;

    PairedPlayersView(ComparePair shown, PlayerRegistry players) {
        this.shown = shown;
        this.pair = new PlayerPair(players);
        getStyleClass().add("compare-players");
        sides = new HBox(12, side(shown.left(), leftView, "compareLeftTitle"), side(shown.right(), rightView, "compareRightTitle"));
        sides.setFillHeight(true);
        setCenter(sides);
        setBottom(transport());

        problem.setTitle("These cannot play");
        problem.setGraphic(new FontIcon(MaterialDesignV.VIDEO_OFF_OUTLINE));
        problem.getStyleClass().add(Styles.WARNING);
        pair.problemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                problem.setDescription(now);
                setCenter(problem);
            }
        });
        pair.readyProperty().addListener((obs, was, now) -> {
            leftView.setMediaPlayer(now ? pair.player(true) : null);
            rightView.setMediaPlayer(now ? pair.player(false) : null);
            seek.setMax(now ? Math.max(0.1, pair.durationProperty().get()) : 1);
            showTime();
        });
        pair.playingProperty().addListener((obs, was, now) ->
                ((FontIcon) play.getGraphic()).setIconCode(now ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        pair.positionProperty().addListener((obs, was, now) -> {
            if (!seek.isValueChanging()) {
                movingFromPlayer = true;
                seek.setValue(now.doubleValue());
                movingFromPlayer = false;
            }
            showTime();
        });
        pair.loopProperty().bind(loop.selectedProperty());

        sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty)
                .orElse(false).addListener((obs, was, now) -> {
                    if (now) {
                        open();
                    } else {
                        pair.dispose();
                    }
                });
    }

    private void open() {
        if (!pair.readyProperty().get() && pair.player(true) == null) {
            pair.load(shown.left().result().url(), shown.right().result().url());
        }
    }

    private VBox side(CompareSide side, MediaView view, String titleId) {
        StackPane screen = new StackPane();
        screen.getStyleClass().add("compare-screen");
        screen.setStyle("-fx-background-color: black; -fx-background-radius: 6;");
        screen.setMinSize(0, 0);
        if (shown.type() == ResultType.VIDEO) {
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(screen.widthProperty());
            view.fitHeightProperty().bind(screen.heightProperty());
            view.setManaged(false); // sized by the screen, never sizing it
            screen.getChildren().add(view);
            Centred.keep(view, screen);
        } else {
            FontIcon note = new FontIcon(MaterialDesignM.MUSIC_NOTE_OUTLINE);
            note.setIconSize(64);
            note.setStyle("-fx-icon-color: #bbbbbb;");
            screen.getChildren().add(note);
            screen.setPrefHeight(160);
        }
        screen.setOnMouseClicked(e -> pair.togglePlay());
        VBox box = new VBox(6, new SideCaption(side, titleId), screen);
        VBox.setVgrow(screen, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
        box.setPrefWidth(100); // both sides share the width equally
        return box;
    }

    private HBox transport() {
        play.setId("comparePlay");
        play.setTooltip(new Tooltip("Play or pause both (Space)"));
        play.setOnAction(e -> pair.togglePlay());
        seek.setId("compareSeek");
        seek.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(seek, Priority.ALWAYS);
        seek.valueProperty().addListener((obs, was, now) -> {
            if (!movingFromPlayer) {
                pair.seek(now.doubleValue());
            }
        });
        time.setId("compareTime");
        time.setMinWidth(USE_PREF_SIZE);
        loop.setId("compareLoop");
        loop.setTooltip(new Tooltip("Play both in a loop"));
        for (var b : new javafx.scene.control.ButtonBase[]{play, loop}) {
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        HBox bar = new HBox(8, play, seek, time, loop);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        bar.disableProperty().bind(pair.readyProperty().not());
        return bar;
    }

    private void showTime() {
        time.setText(clock(pair.positionProperty().get()) + " / " + clock(pair.readyProperty().get() ? pair.durationProperty().get() : 0));
    }

    private static String clock(double seconds) {
        long s = (long) Math.floor(Math.max(0, seconds));
        return "%d:%02d".formatted(s / 60, s % 60);
    }

    /** The two players and their shared transport. */
    PlayerPair pair() {
        return pair;
    }

    /** Stops and releases both players. */
    void dispose() {
        pair.dispose();
    }
}
