package io.alephmonitor.ui.gallery;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.PosterFrames;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.ResultIcons;
import io.alephmonitor.ui.ResultText;
import io.alephmonitor.ui.TaskText;
import io.alephmonitor.ui.tasks.StatusLook;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.time.Instant;
import java.util.Objects;

/**
 * One gallery tile: the thumbnail of a finished result (a track's cover, with its title and length on
 * it), a frame of a finished video that came without a thumbnail (with a play badge; a placeholder with
 * a play symbol until the frame is made, or when it cannot be), a placeholder naming a result without a
 * picture (a music note with the track's title and length, the first lines of a text), or a badge with
 * the status, the elapsed time and — where kie.ai says — a progress bar.
 */
final class GalleryCell extends GridCell<TaskRowViewModel> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass TEXT_PREVIEW = PseudoClass.getPseudoClass("text-preview");
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
    private final Label trackCaption = new Label();
    private final MarksBadge marks = new MarksBadge();
    private final ProgressBar progress = new ProgressBar();
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
        progress.getStyleClass().add("gallery-progress");
        progress.setPrefWidth(TaskGallery.CELL_WIDTH * 0.6);
        VBox status = new VBox(6, badge, elapsed, progress);
        status.setAlignment(Pos.CENTER);
        // A video-only result (Veo sends no thumbnail): a poster tile with a play symbol and the kind.
        playIcon.setIconSize(48);
        videoKind.getStyleClass().add("gallery-video-kind");
        videoKind.setWrapText(true);
        videoKind.setMaxWidth(TaskGallery.CELL_WIDTH - 24);
        videoKind.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        videoKind.setAlignment(Pos.CENTER);
        trackCaption.getStyleClass().add("gallery-track-caption");
        trackCaption.setMaxWidth(TaskGallery.CELL_WIDTH);
        trackCaption.setGraphic(new FontIcon(MaterialDesignM.MUSIC_NOTE));
        trackCaption.setVisible(false);
        StackPane.setAlignment(trackCaption, Pos.BOTTOM_LEFT);
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
        StackPane.setAlignment(marks, Pos.TOP_LEFT);
        picture = new StackPane(thumbnail, status, videoPoster, framedVideo, trackCaption, marks);
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
        marks.show(t.marks());
        tooltip.setText(row.taskId() + "\n" + t.status().label() + " · " + TaskText.result(t, now.getValue())
                + TileText.marksLine(t.marks()));
        setTooltip(tooltip);
        // What is ready to show: a finished task's results, or the partial ones of a task still running (Suno's first track).
        TaskStatus.Succeeded done = t.status() instanceof TaskStatus.Succeeded s ? s
                : t.status() instanceof TaskStatus.Running r && !r.partial().isEmpty() ? TaskStatus.Succeeded.of(r.partial(), null)
                : null;
        boolean partial = done != null && !(t.status() instanceof TaskStatus.Succeeded);
        String url = done != null ? TileText.firstImage(done) : null;
        if (!Objects.equals(url, thumbnailUrl)) {
            thumbnailUrl = url;
            thumbnail.setImage(url == null ? null : images.get(url, TaskGallery.CELL_WIDTH, THUMB_HEIGHT));
        }
        ResultFile first = done == null || done.results().isEmpty() ? null : done.results().getFirst();
        String videoOnly = url == null && done != null ? done.videoUrl() : null;
        showPosterFrameOf(videoOnly);
        // A result without a picture still says what it is: a video, a track, the first lines of a text.
        String placeholder = videoOnly != null ? "Video · " + KindNames.standard().displayName(t)
                : url == null && first != null ? TileText.placeholderText(first, done.results()) : null;
        if (placeholder != null) {
            videoKind.setText(placeholder);
            playIcon.setIconCode(videoOnly != null ? MaterialDesignP.PLAY_CIRCLE_OUTLINE : ResultIcons.of(first.type()));
            boolean inlineText = first instanceof ResultFile.Text text && text.content() != null;
            playIcon.setVisible(!inlineText);
            playIcon.setManaged(!inlineText);
            videoKind.pseudoClassStateChanged(TEXT_PREVIEW, inlineText);
            videoPoster.setVisible(videoOnly == null || posterFrame.getImage() == null);
        }
        ResultFile.Audio track = first instanceof ResultFile.Audio a ? a : null;
        trackCaption.setText(track == null ? null : TileText.trackLine(track, done.results()));
        trackCaption.setVisible(track != null && url != null);
        Double running = t.status() instanceof TaskStatus.Running r ? r.progress() : null;
        progress.setProgress(running == null ? 0 : running);
        progress.setVisible(running != null);
        progress.setManaged(running != null);
        // A placeholder speaks for itself, as a thumbnail does.
        boolean hasThumbnail = url != null || videoOnly != null || placeholder != null;
        StatusLook.show(badge, t.status());
        // A finished thumbnail speaks for itself; everything else shows its status in words.
        badge.setVisible(!hasThumbnail || partial);
        String time = TaskText.elapsedText(t, now.getValue()) + (running == null ? "" : " · " + ResultText.percent(running));
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
        if (videoUrl != null) {
            playIcon.setIconCode(MaterialDesignP.PLAY_CIRCLE_OUTLINE);
            playIcon.setVisible(true);
            playIcon.setManaged(true);
        }
    }
}
