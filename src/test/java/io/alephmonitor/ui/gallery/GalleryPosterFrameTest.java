package io.alephmonitor.ui.gallery;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.ui.preview.PosterFrames;
import io.alephmonitor.ui.preview.TestMediaServer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class GalleryPosterFrameTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    @RegisterExtension
    static final TestMediaServer server = new TestMediaServer();
    private final ObservableList<TaskRowViewModel> rows = FXCollections.observableArrayList();

    @Start
    void start(Stage stage) {
        TaskGallery gallery = new TaskGallery(rows, new SimpleObjectProperty<>(NOW), (url, w, h) -> null,
                new PosterFrames(TaskGallery.CELL_WIDTH, GalleryCell.THUMB_HEIGHT));
        stage.setScene(new Scene(gallery, 800, 600));
        stage.show();
    }

    private static TaskRowViewModel videoOnly(int n, String videoUrl) {
        return new TaskRowViewModel(SampleTasks.ofKind("veo", SampleTasks.task(SampleTasks.id(n),
                new TaskStatus.Succeeded(videoUrl, null, NOW), "a veo clip " + n, NOW.minusSeconds(300))));
    }

    /** What one video tile shows. */
    private record VideoTile(boolean frame, boolean playBadge, boolean placeholder) {
    }

    /**
     * What the video tiles show, all read in one go on the FX thread: the gallery may rebuild its cells
     * between two looks (a rebuilt cell shows the cached frame at once).
     */
    private static List<VideoTile> videoTiles(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".gallery-cell").queryAll().stream()
                .filter(cell -> ((GalleryCell) cell).getItem() != null && cell.isVisible())
                .map(cell -> new VideoTile(
                        cell.lookupAll(".gallery-poster-frame").stream().anyMatch(n -> n.getParent().isVisible()
                                && n instanceof ImageView v && v.getImage() != null && v.getImage().getWidth() > 0),
                        cell.lookupAll(".gallery-play-badge").stream().anyMatch(n -> n.getParent().isVisible()),
                        cell.lookupAll(".gallery-video-poster").stream().anyMatch(Node::isVisible)))
                .toList()).get();
    }

    @Test
    void theTileOfAVideoOnlyTaskShowsAFrameOfItsVideoWithAPlayBadgeOnceMade(FxRobot robot) throws Exception {
        robot.interact(() -> rows.add(videoOnly(1, server.videoUrl("tile"))));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> videoTiles(robot).stream().anyMatch(VideoTile::frame));

        assertThat(videoTiles(robot)).as("the frame, a play badge over it, the placeholder gone")
                .containsExactly(new VideoTile(true, true, false));
    }

    @Test
    void aVideoWhoseLinkHasExpiredKeepsThePlaceholder(FxRobot robot) throws Exception {
        String expired = server.missingUrl("expired.mp4");
        robot.interact(() -> rows.add(videoOnly(2, expired)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> server.requests(expired) > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(videoTiles(robot)).containsExactly(new VideoTile(false, false, true));
    }
}
