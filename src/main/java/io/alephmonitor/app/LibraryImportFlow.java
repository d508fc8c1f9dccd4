package io.alephmonitor.app;

import io.alephmonitor.download.LibraryScan;
import io.alephmonitor.download.LibraryScanResult;
import io.alephmonitor.tracking.AddReport;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.ui.main.LibraryDrops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Files bring their tasks back: files and folders dropped on the window or named on the command line are
 * scanned on the I/O executor ({@link LibraryScan}), their tasks handed to the tracker on the FX thread
 * ({@link TaskTracker#bringBack}), and the outcome shown as a notice ("Brought back 12 tasks from 14 files ·
 * 2 files carry no task (…)").
 */
final class LibraryImportFlow implements LibraryDrops {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryImportFlow.class);

    private final TaskTracker tracker;
    private final Set<String> knownKinds;
    private final Executor io;
    private final Executor fx;
    private final Clock clock;
    private final Consumer<String> notice;

    /**
     * @param io     where files are read
     * @param fx     the FX thread ({@code Platform::runLater}), where the tracker is told and the notice shown
     * @param notice shows the outcome to the user
     */
    LibraryImportFlow(TaskTracker tracker, Set<String> knownKinds, Executor io, Executor fx, Clock clock,
                      Consumer<String> notice) {
        this.tracker = tracker;
        this.knownKinds = Set.copyOf(knownKinds);
        this.io = io;
        this.fx = fx;
        this.clock = clock;
        this.notice = notice;
    }

    @Override
    public void bringBack(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        io.execute(() -> {
            LibraryScanResult found = new LibraryScan(knownKinds, clock.instant()).scan(paths);
            fx.execute(() -> {
                AddReport report = tracker.bringBack(found.tasks());
                LOG.info("Brought back {} tasks ({} tracked already) from {} files; {} carry none, {} unreadable",
                        report.added().size(), report.alreadyTracked().size(), found.filesLooked(),
                        found.carryNothing().size(), found.problems().size());
                notice.accept(found.summary(report.added().size(), report.alreadyTracked().size()));
            });
        });
    }

    /**
     * The launch's arguments (or a second launch's, handed over): those that are absolute paths of existing
     * files or folders are brought back, the others go to {@code ids} as task-ID text (on the FX thread).
     */
    void takeArguments(List<String> arguments, Consumer<String> ids) {
        if (arguments.isEmpty()) {
            return;
        }
        io.execute(() -> {
            List<Path> paths = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (String argument : arguments) {
                Path path = existingAbsolute(argument);
                if (path != null) {
                    paths.add(path);
                } else {
                    text.add(argument);
                }
            }
            if (!text.isEmpty()) {
                fx.execute(() -> ids.accept(String.join("\n", text)));
            }
            bringBack(paths);
        });
    }

    /**
     * The arguments with every one that names an existing file or folder made absolute (so a running
     * instance, whose working folder may differ, finds it); task IDs stay as they are.
     */
    static List<String> absolutePaths(List<String> arguments) {
        List<String> out = new ArrayList<>();
        for (String argument : arguments) {
            try {
                Path path = Path.of(argument);
                out.add(Files.exists(path) ? path.toAbsolutePath().normalize().toString() : argument);
            } catch (InvalidPathException notAPath) {
                out.add(argument);
            }
        }
        return out;
    }

    private static Path existingAbsolute(String argument) {
        try {
            Path path = Path.of(argument);
            return path.isAbsolute() && Files.exists(path) ? path : null;
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }
}
