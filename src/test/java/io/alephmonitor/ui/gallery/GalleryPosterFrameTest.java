package io.alephmonitor.ui.gallery;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.TaskRow;
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
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();

    @Start
    void start(Stage stage) {
        TaskGallery gallery = new TaskGallery(rows, new SimpleObjectProperty<>(NOW), (url, w, h) -> null,
                new PosterFrames(TaskGallery.CELL_WIDTH, GalleryCell.THUMB_HEIGHT));
        stage.setScene(new Scene(gallery, 800, 600));
        stage.show();
    }

    private static TaskRow videoOnly(int n, String videoUrl) {
        return new TaskRow(SampleTasks.ofKind("veo", SampleTasks.task(SampleTasks.id(n),
                new TaskStatus.Succeeded(videoUrl, null, NOW), "a veo clip " + n, NOW.minusSeconds(300))));
    }

    /** The tiles showing a video's frame, looked up on the FX thread (cells change there). */
    private static List<javafx.scene.layout.StackPane> framedTiles(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".gallery-framed-video").queryAllAs(javafx.scene.layout.StackPane.class)
                .stream().filter(Node::isVisible).toList()).get();
    }

    private static List<Node> shownPlaceholders(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".gallery-video-poster").queryAll().stream()
                .filter(Node::isVisible).toList()).get();
    }

    @Test
    void theTileOfAVideoOnlyTaskShowsAFrameOfItsVideoWithAPlayBadgeOnceMade(FxRobot robot) throws Exception {
        robot.interact(() -> rows.add(videoOnly(1, server.videoUrl("tile"))));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !framedTiles(robot).isEmpty());

        assertThat(framedTiles(robot)).singleElement().satisfies(tile -> {
            assertThat(tile.getChildren()).filteredOn(n -> n instanceof ImageView v && v.getImage() != null
                    && v.getImage().getWidth() > 0).as("the frame").hasSize(1);
            assertThat(tile.getChildren()).filteredOn(n -> n.getStyleClass().contains("gallery-play-badge"))
                    .as("a play badge over it").hasSize(1);
        });
        assertThat(shownPlaceholders(robot)).as("the frame replaces the placeholder").isEmpty();
    }

    @Test
    void aVideoWhoseLinkHasExpiredKeepsThePlaceholder(FxRobot robot) throws Exception {
        String expired = server.missingUrl("expired.mp4");
        robot.interact(() -> rows.add(videoOnly(2, expired)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> server.requests(expired) > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(framedTiles(robot)).isEmpty();
        assertThat(shownPlaceholders(robot)).hasSize(1);
    }
}
