package io.alephmonitor.exchange;

import io.alephmonitor.model.TrackedTask;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the task list to a CSV or JSON file and reads one back. Writing goes through a temporary
 * file moved into place, so an existing file is never left half-written. Reading checks every
 * entry and reports those it skips with their line; a file that is not a task list is refused
 * whole, with a sentence saying why. Blocking: call off the FX thread.
 */
public final class TaskFiles {

    /** Larger files are refused rather than read into memory: 100,000 tasks fit in far less. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private static final int MAX_ID_LENGTH = 128;
    private static final Pattern ID_CHARACTERS = Pattern.compile("[\\p{Alnum}_.:-]+");

    private TaskFiles() {
    }

    /**
     * What reading a file gave: the tasks to import and one "line 7: no task ID" per entry skipped.
     *
     * @param unit what an entry of the file is called: "line" (CSV) or "entry" (JSON)
     */
    public record Read(List<TrackedTask> tasks, List<String> skipped, String unit) {

        /** "Imported 12 tasks, 3 already tracked, 1 line skipped (line 7: no task ID)". */
        public String summary(int imported, int alreadyTracked) {
            StringBuilder sb = new StringBuilder("Imported ").append(count(imported, "task", "tasks"));
            if (alreadyTracked > 0) {
                sb.append(", ").append(alreadyTracked).append(" already tracked");
            }
            if (!skipped.isEmpty()) {
                sb.append(", ").append(count(skipped.size(), unit, unit.equals("entry") ? "entries" : unit + "s"))
                        .append(" skipped (").append(String.join("; ", skipped.subList(0, Math.min(3, skipped.size()))));
                if (skipped.size() > 3) {
                    sb.append("; ").append(skipped.size() - 3).append(" more");
                }
                sb.append(')');
            }
            return sb.toString();
        }

        private static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    /** Writes these tasks to {@code file} in the format its extension names. */
    public static void write(List<TrackedTask> tasks, Path file) throws ExchangeException {
        List<TaskEntry> entries = tasks.stream().map(TaskEntry::of).toList();
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
                if (TaskFileFormat.of(file) == TaskFileFormat.JSON) {
                    JsonTaskFile.write(entries, out);
                } else {
                    CsvTaskFile.write(entries, out);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ExchangeException("The task list could not be written to “" + target + "” ("
                    + reason(e) + "). Choose another folder and export again.", e);
        }
    }

    /**
     * Reads a task list from {@code file} (CSV or JSON, by its extension or, failing that, its first
     * character). Entries without a usable task ID or of a kind not in {@code knownKinds} are skipped
     * and reported; a blank kind means "aleph".
     */
    public static Read read(Path file, Set<String> knownKinds, Instant now) throws ExchangeException {
        String text = readText(file);
        if (text.startsWith(String.valueOf(CsvTaskFile.BOM))) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new ExchangeException("“" + file.getFileName() + "” is empty. Nothing was imported.");
        }
        boolean json = TaskFileFormat.of(file) == TaskFileFormat.JSON || start.startsWith("{") || start.startsWith("[");
        List<NumberedEntry> entries = json ? JsonTaskFile.read(text, file) : CsvTaskFile.read(text, file);
        return check(entries, knownKinds, now, json ? "entry" : "line");
    }

    private static String readText(Path file) throws ExchangeException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ExchangeException("“" + file.getFileName() + "” is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MB, too large for a task list. Nothing was imported.");
            }
            return Files.readString(file, StandardCharsets.UTF_8); // refuses malformed UTF-8
        } catch (CharacterCodingException e) {
            throw new ExchangeException("“" + file.getFileName() + "” is not a text file in UTF-8, so it is not a task "
                    + "list Aleph Monitor wrote. Nothing was imported.", e);
        } catch (IOException e) {
            throw new ExchangeException("“" + file + "” could not be read (" + reason(e) + "). Nothing was imported.", e);
        }
    }

    private static Read check(List<NumberedEntry> entries, Set<String> knownKinds, Instant now, String unit) {
        List<TrackedTask> tasks = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (NumberedEntry n : entries) {
            String where = unit + " " + n.number() + ": ";
            TaskEntry e = n.entry();
            String id = e == null || e.taskId() == null ? "" : e.taskId().strip();
            if (id.isEmpty()) {
                skipped.add(where + "no task ID");
                continue;
            }
            if (id.length() > MAX_ID_LENGTH || !ID_CHARACTERS.matcher(id).matches()) {
                skipped.add(where + "“" + shorten(id) + "” is not a task ID");
                continue;
            }
            String kind = e.kind() == null || e.kind().isBlank() ? "aleph" : e.kind().strip();
            if (!knownKinds.contains(kind)) {
                skipped.add(where + "unknown task kind “" + shorten(kind) + "”");
                continue;
            }
            Integer first = seen.putIfAbsent(id, n.number());
            if (first != null) {
                skipped.add(where + "same task ID as " + unit + " " + first);
                continue;
            }
            tasks.add(e.withIdentity(id, kind, e.status() == null ? null : e.status().strip().toUpperCase(Locale.ROOT))
                    .toTask(now));
        }
        return new Read(tasks, skipped, unit);
    }

    private static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the export already failed; that is the message worth showing
            }
        }
    }
}
