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

    private static List<ImageView> shownFrames(FxRobot robot) {
        return robot.lookup(".gallery-poster-frame").queryAllAs(ImageView.class).stream()
                .filter(v -> v.getImage() != null && v.getParent().isVisible()).toList();
    }

    private static List<Node> shownPlaceholders(FxRobot robot) {
        return robot.lookup(".gallery-video-poster").queryAll().stream().filter(Node::isVisible).toList();
    }

    @Test
    void theTileOfAVideoOnlyTaskShowsAFrameOfItsVideoOnceMade(FxRobot robot) throws Exception {
        robot.interact(() -> rows.add(videoOnly(1, server.videoUrl("tile"))));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shownFrames(robot).isEmpty());

        assertThat(shownFrames(robot)).singleElement().satisfies(v -> assertThat(v.getImage().getWidth()).isPositive());
        assertThat(shownPlaceholders(robot)).as("the frame replaces the placeholder").isEmpty();
        assertThat(robot.lookup(".gallery-framed-video .ikonli-font-icon").queryAll()).as("a play badge").isNotEmpty();
    }

    @Test
    void aVideoWhoseLinkHasExpiredKeepsThePlaceholder(FxRobot robot) throws Exception {
        String expired = server.missingUrl("expired.mp4");
        robot.interact(() -> rows.add(videoOnly(2, expired)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> server.requests(expired) > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shownFrames(robot)).isEmpty();
        assertThat(shownPlaceholders(robot)).hasSize(1);
    }
}
