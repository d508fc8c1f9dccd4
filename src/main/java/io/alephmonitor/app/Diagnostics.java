package io.alephmonitor.app;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.settings.AppFolders;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.PollingState;
import io.alephmonitor.tracking.TaskTracker;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The plain-text report behind Help › Copy diagnostics (versions, folders, tasks per status,
 * polling, the end of the log) and the About text. Every secret is masked: the API key in use
 * and any bearer token. {@link #report()} reads the log file: call it off the FX thread.
 *
 * @param keyStoreNote where the API key is kept ({@code ApiKeyStore.describe()})
 * @param currentKey   the key in use, to mask wherever it appears; may supply null
 */
record Diagnostics(AppFolders folders, TaskTracker tracker, boolean demo, Supplier<String> keyStoreNote,
                   Supplier<ApiKey> currentKey) {

    static final String LOG_FILE = "aleph-monitor.log";
    static final int LOG_LINES = 200;
    /** Enough bytes for 200 ordinary log lines; a longer tail is cut at a line start. */
    private static final int TAIL_BYTES = 128 * 1024;
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");
    private static final String MASK = "••••";

    /** The report to paste into a bug report, secrets masked. */
    String report() {
        StringBuilder out = new StringBuilder(about());
        out.append("Generated:    ").append(Instant.now()).append('\n');
        out.append("\nMode:         ").append(demo ? "demo (built-in simulator)" : "kie.ai").append('\n');
        out.append("API key:      ").append(currentKey.get() == null ? "none set" : "set").append("; ")
                .append(keyStoreNote.get()).append('\n');

        out.append("\nTasks (").append(tracker.tasks().size()).append(")\n");
        tasksPerStatus(tracker.tasks()).forEach((status, count) ->
                out.append("  ").append(status).append(": ").append(count).append('\n'));

        PollingState polling = tracker.pollingState();
        out.append("\nPolling\n");
        out.append("  state:        ").append(polling.pause() == null ? "running" : "paused — " + polling.pause().message())
                .append('\n');
        out.append("  active tasks: ").append(polling.activeCount()).append('\n');
        out.append("  next check:   ").append(Objects.toString(polling.nextCheckAt(), "none scheduled")).append('\n');
        out.append("  last problem: ").append(Objects.toString(polling.lastProblem(), "none")).append('\n');
        out.append("  credits:      ").append(polling.credits() == null ? "unknown" : polling.credits()).append('\n');

        Path log = folders.logDir().resolve(LOG_FILE);
        out.append("\nLast ").append(LOG_LINES).append(" log lines (").append(log).append(")\n");
        for (String line : logTail(log, LOG_LINES)) {
            out.append(line).append('\n');
        }
        return mask(out.toString(), currentKey.get());
    }

    /** Version, Java, JavaFX and the folders: the About box, and the head of the report. */
    String about() {
        return CommandLine.versionText() + '\n'
                + "OS:           " + System.getProperty("os.name") + ' ' + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")\n"
                + "Java:         " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")\n"
                + "JavaFX:       " + System.getProperty("javafx.runtime.version", "not started") + '\n'
                + "Data folder:  " + folders.dataDir() + (demo ? " (demo: " + folders.dataDir().resolve("demo") + ")" : "")
                + '\n'
                + "Settings:     " + folders.configDir() + '\n'
                + "Log folder:   " + folders.logDir() + '\n';
    }

    /** Counts per status, in the order a task lives through them; statuses with no task left out. */
    static Map<String, Long> tasksPerStatus(List<TrackedTask> tasks) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Class<?> kind : TaskStatus.class.getPermittedSubclasses()) {
            long n = tasks.stream().filter(t -> kind.isInstance(t.status())).count();
            if (n > 0) {
                counts.put(kind.getSimpleName(), n);
            }
        }
        return counts;
    }

    /** {@code text} with the key (when known) and every bearer token replaced by a mask. */
    static String mask(String text, ApiKey key) {
        String masked = key == null ? text : key.scrub(text);
        return BEARER.matcher(masked).replaceAll("$1" + MASK);
    }

    /** The last {@code count} lines of the log; a line saying why when it cannot be read. */
    static List<String> logTail(Path log, int count) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R")));
            if (start > 0 && !lines.isEmpty()) {
                lines.removeFirst(); // began mid-line
            }
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (NoSuchFileException | java.io.FileNotFoundException none) {
            return List.of("(no log file yet)");
        } catch (IOException e) {
            return List.of("(the log could not be read: " + e.getMessage() + ")");
        }
    }
}
