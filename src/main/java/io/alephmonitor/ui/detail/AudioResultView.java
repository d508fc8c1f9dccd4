package io.alephmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.ui.ResultText;
import io.alephmonitor.ui.preview.AudioPreview;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.LinkRenewer;
import io.alephmonitor.ui.preview.PlayerRegistry;
import io.alephmonitor.ui.preview.RemoteUrlCheck;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.Objects;

/**
 * A track: its cover (a music note while there is none), title, duration and tags beside the inline
 * player, and its lyrics below, selectable and scrollable. Showing the same track again keeps it playing.
 */
final class AudioResultView extends VBox {

    static final double COVER_SIZE = 120;

    private final ImageSource images;
    private final ImageView cover = new ImageView();
    private final FontIcon placeholder = new FontIcon(MaterialDesignM.MUSIC_NOTE);
    private final StackPane coverBox = new StackPane(placeholder, cover);
    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label tags = new Label();
    private final AudioPreview player;
    private final Label lyricsHeading = new Label("Lyrics");
    private final TextArea lyrics = DetailControls.selectableBlock("detail-track-lyrics");
    private ResultFile.Audio shown;

    AudioResultView(ImageSource images, PlayerRegistry players) {
        this.images = images;
        this.player = new AudioPreview(players);
        setId("detail-audio");
        setSpacing(8);
        cover.setFitWidth(COVER_SIZE);
        cover.setFitHeight(COVER_SIZE);
        cover.setPreserveRatio(true);
        cover.setId("detail-track-cover");
        placeholder.setIconSize(56); // app.css sets the same: the theme would win over this alone
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        coverBox.getStyleClass().add("track-cover");
        coverBox.setMinSize(COVER_SIZE, COVER_SIZE);
        coverBox.setMaxSize(COVER_SIZE, COVER_SIZE);
        title.setId("detail-track-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        facts.setId("detail-track-facts");
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        tags.setId("detail-track-tags");
        tags.getStyleClass().add(Styles.TEXT_SMALL);
        tags.setWrapText(true);
        player.setId("detail-audio-player");
        player.setMaxWidth(Double.MAX_VALUE);
        VBox about = new VBox(4, title, facts, tags);
        about.setMinWidth(0);
        about.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(about, Priority.ALWAYS);
        HBox top = new HBox(12, coverBox, about);
        lyricsHeading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        lyrics.setPrefRowCount(8);
        // The player gets the pane's whole width: beside the cover its seek bar had no room in a narrow pane.
        getChildren().setAll(top, player, lyricsHeading, lyrics);
    }

    AudioPreview player() {
        return player;
    }

    void setLinkRenewer(LinkRenewer renewer) {
        player.setLinkRenewer(renewer);
    }

    /** Shows this track (null: none, and its player is released). */
    void show(ResultFile.Audio track) {
        if (Objects.equals(track, shown)) {
            return;
        }
        shown = track;
        if (track == null) {
            player.dispose();
            return;
        }
        String name = ResultText.name(track, 1, java.util.List.of(track));
        title.setText("Track".equals(name) ? "Untitled track" : name);
        String duration = ResultText.duration(track.durationSeconds());
        facts.setText(duration == null ? "Length not given" : duration);
        tags.setText(track.tags() == null || track.tags().isBlank() ? "" : track.tags().strip());
        visible(tags, !tags.getText().isEmpty());
        boolean hasLyrics = track.lyrics() != null && !track.lyrics().isBlank();
        lyrics.setText(hasLyrics ? track.lyrics().strip() : "");
        lyrics.setPrefRowCount(DetailControls.rowsFor(lyrics.getText(), 60, 3, 12));
        visible(lyrics, hasLyrics);
        visible(lyricsHeading, hasLyrics);
        String coverUrl = track.coverUrl();
        boolean hasCover = coverUrl != null && RemoteUrlCheck.of(coverUrl).allowed();
        cover.setImage(hasCover ? images.get(coverUrl, COVER_SIZE * 2, COVER_SIZE * 2) : null);
        player.load(track.url());
    }

    private static void visible(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
