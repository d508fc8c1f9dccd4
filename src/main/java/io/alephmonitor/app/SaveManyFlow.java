package io.alephmonitor.app;

import io.alephmonitor.download.FileNames;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.ui.detail.DetailPane;
import javafx.application.Platform;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Save (Ctrl/Cmd+S) with the table's selection: the task shown in the detail pane saves there, with
 * its own progress; several tasks go into one folder the user picks, each under a name of its own.
 */
record SaveManyFlow(Window owner, Supplier<Path> libraryFolder, DesktopBridge desktop, TaskTracker tracker,
                    Executor io) {

    void save(List<TrackedTask> tasks, DetailPane detail) {
        if (tasks.size() == 1 && detail.task() != null && detail.task().taskId().equals(tasks.getFirst().taskId())) {
            detail.saveAction().run();
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save " + tasks.size() + " videos into…");
        Path library = libraryFolder.get();
        if (library.toFile().isDirectory()) {
            chooser.setInitialDirectory(library.toFile());
        }
        var folder = chooser.showDialog(owner);
        if (folder == null) {
            return;
        }
        io.execute(() -> {
            for (TrackedTask task : tasks) {
                Path target = FileNames.uniqueTarget(folder.toPath(), desktop.suggestedFileName(task));
                Platform.runLater(() -> tracker.save(task.taskId(), target));
            }
        });
    }
}
