package io.alephmonitor.ui.main;

import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.FakeTaskTracker;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a drop on the main window does: files and folders go to the library port, text is added as task IDs. */
@ExtendWith(ApplicationExtension.class)
class WindowDropTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final FakeTaskTracker tracker = new FakeTaskTracker(clock);
    private final List<List<Path>> broughtBack = new ArrayList<>();
    private TaskListViewModel model;

    @Start
    void start(Stage stage) {
        model = new TaskListViewModel(tracker, clock);
    }

    private boolean drop(List<File> files, String text) {
        boolean[] ok = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> ok[0] = WindowInput.drop(files, text, model, broughtBack::add));
        WaitForAsyncUtils.waitForFxEvents();
        return ok[0];
    }

    @Test
    void droppedFilesAndFoldersGoToTheLibraryAndTheirPathsAsTextAreNotReadAsTaskIds() {
        File folder = new File("/home/me/Videos/Aleph Monitor");
        File file = new File("/home/me/Pictures/cat.png");

        assertThat(drop(List.of(folder, file), folder.getPath() + "\n" + file.getPath())).isTrue();

        assertThat(broughtBack).containsExactly(List.of(folder.toPath(), file.toPath()));
        assertThat(tracker.tasks()).isEmpty();
    }

    @Test
    void droppedTextIsStillAddedAsTaskIds() {
        assertThat(drop(List.of(), "my task: " + ID)).isTrue();

        assertThat(broughtBack).isEmpty();
        assertThat(tracker.tasks()).extracting(t -> t.taskId()).containsExactly(ID);
    }

    @Test
    void aDropOfNeitherIsRefused() {
        assertThat(drop(List.of(), null)).isFalse();
        assertThat(broughtBack).isEmpty();
    }
}
