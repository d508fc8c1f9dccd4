package io.alephmonitor.app;

import io.alephmonitor.exchange.ExchangeException;
import io.alephmonitor.exchange.TaskFiles;
import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.tracking.AddReport;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.ui.main.MainWindow;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Export… and Import… of the main window: the file dialogs on the FX thread, the file work on the
 * I/O executor, the outcome as a notice under the list ("Imported 12 tasks, 3 already tracked…").
 */
final class TaskExchangeFlow {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExchangeFlow.class);

    private final Window owner;
    private final MainWindow window;
    private final TaskTracker tracker;
    private final Executor io;
    private final Clock clock;
    private final Set<String> knownKinds;
    private File lastFolder;

    TaskExchangeFlow(Window owner, MainWindow window, TaskTracker tracker, Executor io, Clock clock) {
        this.owner = owner;
        this.window = window;
        this.tracker = tracker;
        this.io = io;
        this.clock = clock;
        this.knownKinds = TaskKinds.standard().all().stream().map(TaskKind::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Wires the window's Export… and Import… to this flow. */
    void attach() {
        window.setOnExport(this::exportTasks);
        window.setOnImport(this::importTasks);
    }

    void exportTasks() {
        FileChooser chooser = chooser("Export the task list");
        chooser.setInitialFileName("aleph-monitor-tasks-" + LocalDate.now(clock) + ".csv");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        var tasks = tracker.tasks();
        io.execute(() -> {
            String notice;
            try {
                TaskFiles.write(tasks, withExtension(file.toPath(), chooser.getSelectedExtensionFilter()));
                notice = "Exported " + tasks.size() + (tasks.size() == 1 ? " task" : " tasks") + " to " + file.getName();
            } catch (ExchangeException e) {
                LOG.warn("Export failed: {}", e.getMessage());
                notice = e.getMessage();
            }
            String shown = notice;
            Platform.runLater(() -> window.showNotice(shown));
        });
    }

    void importTasks() {
        File file = chooser("Import a task list").showOpenDialog(owner);
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        io.execute(() -> {
            TaskFiles.Read read;
            try {
                read = TaskFiles.read(file.toPath(), knownKinds, clock.instant());
            } catch (ExchangeException e) {
                LOG.warn("Import refused: {}", e.getMessage());
                Platform.runLater(() -> window.showNotice(e.getMessage()));
                return;
            }
            Platform.runLater(() -> {
                AddReport report = tracker.importTasks(read.tasks());
                LOG.info("Imported {} tasks from {}; {} already tracked, {} skipped",
                        report.added().size(), file.getName(), report.alreadyTracked().size(), read.skipped().size());
                window.showNotice(read.summary(report.added().size(), report.alreadyTracked().size()));
            });
        });
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV (spreadsheets)", "*.csv"),
                new FileChooser.ExtensionFilter("JSON", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    /** A name typed without an extension gets the one of the chosen filter. */
    static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        String name = file.getFileName().toString();
        if (name.contains(".")) {
            return file;
        }
        String extension = filter != null && filter.getExtensions().contains("*.json") ? ".json" : ".csv";
        return file.resolveSibling(name + extension);
    }
}
