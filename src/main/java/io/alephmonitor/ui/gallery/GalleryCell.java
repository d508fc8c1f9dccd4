package io.alephmonitor.ui.gallery;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.PosterFrames;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.TaskText;
import io.alephmonitor.ui.tasks.StatusLook;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.time.Instant;
import java.util.Objects;

/**
 * One gallery tile: the thumbnail of a finished result, a frame of a finished video that came without
 * a thumbnail (with a play badge; a placeholder with a play symbol until the frame is made, or when it
 * cannot be), or a badge with the status and elapsed time.
 */
final class GalleryCell extends GridCell<TaskRowViewModel> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final double THUMB_HEIGHT = TaskGallery.CELL_HEIGHT - 44;

    private final TaskGallery gallery;
    private final ObservableValue<Instant> now;
    private final ImageSource images;
    private final PosterFrames posters;
    private final ImageView thumbnail = new ImageView();
    private final Label badge = new Label();
    private final Label elapsed = new Label();
    private final Label caption = new Label();
    private final Label shortId = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final FontIcon playIcon = new FontIcon(MaterialDesignP.PLAY_CIRCLE_OUTLINE);
    private final Label videoKind = new Label();
    private final VBox videoPoster = new VBox(6, playIcon, videoKind);
    private final ImageView posterFrame = new ImageView();
    private final FontIcon playBadge = new FontIcon(MaterialDesignP.PLAY_CIRCLE);
    private final StackPane framedVideo = new StackPane(posterFrame, playBadge);
    private final StackPane picture;
    private final BorderPane tile;
    private final InvalidationListener onChange = o -> render();
    private final WeakInvalidationListener weakOnChange = new WeakInvalidationListener(onChange);
    private String thumbnailUrl;
    private String posterUrl;
    private PosterFrames.Request posterRequest;
    private TaskRowViewModel shown;

    GalleryCell(TaskGallery gallery, ObservableValue<Instant> now, ImageSource images, PosterFrames posters) {
        this.gallery = gallery;
        this.now = now;
        this.images = images;
        this.posters = posters;
        getStyleClass().add("gallery-cell");
        thumbnail.setFitWidth(TaskGallery.CELL_WIDTH);
        thumbnail.setFitHeight(THUMB_HEIGHT);
        thumbnail.setPreserveRatio(true);
        badge.getStyleClass().add("gallery-badge");
        elapsed.getStyleClass().add("gallery-elapsed");
        VBox status = new VBox(6, badge, elapsed);
        status.setAlignment(Pos.CENTER);
        // A video-only result (Veo sends no thumbnail): a poster tile with a play symbol and the kind.
        playIcon.setIconSize(48);
        videoKind.getStyleClass().add("gallery-video-kind");
        videoPoster.setAlignment(Pos.CENTER);
        videoPoster.getStyleClass().add("gallery-video-poster");
        videoPoster.setVisible(false);
        // Once a frame of such a video is made it replaces the placeholder, with a play badge on top.
        posterFrame.setFitWidth(TaskGallery.CELL_WIDTH);
        posterFrame.setFitHeight(THUMB_HEIGHT);
        posterFrame.setPreserveRatio(true);
        posterFrame.getStyleClass().add("gallery-poster-frame");
        playBadge.getStyleClass().add("gallery-play-badge");
        framedVideo.getStyleClass().add("gallery-framed-video");
        framedVideo.setVisible(false);
        picture = new StackPane(thumbnail, status, videoPoster, framedVideo);
        picture.getStyleClass().add("gallery-picture");
        picture.setPrefHeight(THUMB_HEIGHT);
        picture.setMinHeight(THUMB_HEIGHT);
        caption.getStyleClass().add("gallery-caption");
        shortId.getStyleClass().add("gallery-id");
        BorderPane footer = new BorderPane(caption);
        footer.setRight(shortId);
        BorderPane.setAlignment(caption, Pos.CENTER_LEFT);
        footer.getStyleClass().add("gallery-footer");
        tile = new BorderPane(picture);
        tile.setBottom(footer);
        tile.getStyleClass().add("gallery-tile");
        now.addListener(weakOnChange);
        gallery.selectedProperty().addListener(weakOnChange);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                gallery.select(getItem());
            }
        });
    }

    @Override
    protected void updateItem(TaskRowViewModel item, boolean empty) {
        super.updateItem(item, empty);
        if (shown != null) {
            shown.taskProperty().removeListener(weakOnChange);
        }
        shown = empty ? null : item;
        if (shown != null) {
            shown.taskProperty().addListener(weakOnChange);
        }
        render();
    }

    private void render() {
        TaskRowViewModel row = shown;
        pseudoClassStateChanged(SELECTED, row != null && row == gallery.selectedProperty().get());
        if (row == null) {
            showPosterFrameOf(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        TrackedTask t = row.task();
        caption.setText(row.promptLineProperty().get().isEmpty() ? "(prompt not known yet)" : row.promptLineProperty().get());
        shortId.setText(row.shortId());
        tooltip.setText(row.taskId() + "\n" + t.status().label() + " · " + TaskText.result(t, now.getValue()));
        setTooltip(tooltip);
        String url = t.status() instanceof TaskStatus.Succeeded s ? firstImage(s) : null;
        if (!Objects.equals(url, thumbnailUrl)) {
            thumbnailUrl = url;
            thumbnail.setImage(url == null ? null : images.get(url, TaskGallery.CELL_WIDTH, THUMB_HEIGHT));
        }
        String videoOnly = url == null && t.status() instanceof TaskStatus.Succeeded s ? s.videoUrl() : null;
        showPosterFrameOf(videoOnly);
        if (videoOnly != null) {
            videoKind.setText("Video · " + KindNames.standard().displayName(t));
        }
        boolean hasThumbnail = url != null || videoOnly != null;
        StatusLook.show(badge, t.status());
        // A finished thumbnail speaks for itself; everything else shows its status in words.
        badge.setVisible(!hasThumbnail);
        String time = TaskText.elapsedText(t, now.getValue());
        elapsed.setText(t.status().isFinal() ? TaskText.result(t, now.getValue()) : time);
        elapsed.setVisible(!hasThumbnail && !elapsed.getText().isEmpty());
        picture.pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"),
                t.status().isFinal() && !(t.status() instanceof TaskStatus.Succeeded));
        setGraphic(tile);
    }

    /** Shows the frame of this video once it is made (the placeholder until then); null shows neither. */
    private void showPosterFrameOf(String videoUrl) {
        if (!Objects.equals(videoUrl, posterUrl)) {
            if (posterRequest != null) {
                posterRequest.cancel(); // this tile moved on: its frame is not wanted any more
                posterRequest = null;
            }
            posterUrl = videoUrl;
            posterFrame.setImage(null);
            if (videoUrl != null) {
                posterRequest = posters.request(videoUrl, frame -> {
                    if (videoUrl.equals(posterUrl)) {
                        posterFrame.setImage(frame);
                        showPosterFrameOf(videoUrl);
                    }
                });
            }
        }
        boolean framed = videoUrl != null && posterFrame.getImage() != null;
        framedVideo.setVisible(framed);
        videoPoster.setVisible(videoUrl != null && !framed);
    }

    /** The thumbnail of a video, or the first result of an image-only task with several. */
    static String firstImage(TaskStatus.Succeeded result) {
        if (result.imageUrl() != null || result.videoUrl() != null) {
            return result.imageUrl();
        }
        return result.resultUrls().isEmpty() ? null : result.resultUrls().getFirst();
    }
}
