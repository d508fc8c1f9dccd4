package io.alephmonitor.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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

    /** What the JSON export calls itself, so an import can tell it from any other JSON. */
    static final String JSON_FORMAT = "aleph-monitor-tasks";
    static final int JSON_VERSION = 1;

    /** Larger files are refused rather than read into memory: 100,000 tasks fit in far less. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private static final int MAX_ID_LENGTH = 128;
    private static final Pattern ID_CHARACTERS = Pattern.compile("[\\p{Alnum}_.:-]+");
    private static final String LIST_SEPARATOR = "\n";
    private static final char BOM = '\uFEFF';

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .build();

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
                    writeJson(entries, out);
                } else {
                    writeCsv(entries, out);
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
        if (text.startsWith(String.valueOf(BOM))) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new ExchangeException("“" + file.getFileName() + "” is empty. Nothing was imported.");
        }
        boolean json = TaskFileFormat.of(file) == TaskFileFormat.JSON || start.startsWith("{") || start.startsWith("[");
        List<Numbered> entries = json ? readJson(text, file) : readCsv(text, file);
        return check(entries, knownKinds, now, json ? "entry" : "line");
    }

    // ---- writing ----

    private static void writeJson(List<TaskEntry> entries, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", JSON_FORMAT);
        root.put("version", JSON_VERSION);
        ArrayNode tasks = root.putArray("tasks");
        for (TaskEntry e : entries) {
            ObjectNode t = tasks.addObject();
            t.put("task_id", e.taskId());
            t.put("kind", e.kind());
            t.put("status", e.status());
            t.put("prompt", e.prompt());
            t.put("label", e.label());
            t.put("video_url", e.videoUrl());
            t.put("image_url", e.imageUrl());
            e.resultUrls().forEach(t.putArray("result_urls")::add);
            e.savedPaths().forEach(t.putArray("saved_paths")::add);
            t.put("added_at", e.addedAt());
            t.put("completed_at", e.completedAt());
            t.put("fail_code", e.failCode());
            t.put("fail_message", e.failMessage());
            t.put("param_json", e.paramJson());
        }
        JSON.writeValue(out, root);
    }

    private static void writeCsv(List<TaskEntry> entries, Writer out) throws IOException {
        out.write(BOM); // spreadsheets read the file as UTF-8 only with it
        try (var rows = CSV.writer().with(CsvSchema.emptySchema()).writeValues(out)) {
            rows.write(TaskEntry.COLUMNS);
            for (TaskEntry e : entries) {
                List<String> row = new ArrayList<>();
                row.add(e.taskId());
                row.add(e.kind());
                row.add(e.status());
                row.add(e.prompt());
                row.add(e.label());
                row.add(e.videoUrl());
                row.add(e.imageUrl());
                row.add(String.join(LIST_SEPARATOR, e.resultUrls()));
                row.add(String.join(LIST_SEPARATOR, e.savedPaths()));
                row.add(e.addedAt());
                row.add(e.completedAt());
                row.add(e.failCode() == null ? null : e.failCode().toString());
                row.add(e.failMessage());
                row.add(e.paramJson());
                rows.write(row.stream().map(cell -> cell == null ? "" : SpreadsheetCells.escape(cell)).toList());
            }
        }
    }

    // ---- reading ----

    /** One entry of the file with the line (CSV) or position (JSON) it came from. */
    private record Numbered(int number, TaskEntry entry) {
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

    private static List<Numbered> readJson(String text, Path file) throws ExchangeException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ExchangeException("“" + file.getFileName() + "” is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ")") + ". Nothing was imported.", e);
        }
        JsonNode tasks = root != null && root.isObject() ? root.get("tasks") : root;
        if (tasks == null || !tasks.isArray()) {
            throw new ExchangeException("“" + file.getFileName() + "” is JSON but not a task list: it has no "
                    + "“tasks” list. Nothing was imported.");
        }
        List<Numbered> entries = new ArrayList<>();
        int number = 0;
        for (JsonNode t : tasks) {
            number++;
            if (!t.isObject()) {
                entries.add(new Numbered(number, null));
                continue;
            }
            entries.add(new Numbered(number, new TaskEntry(text(t, "task_id"), text(t, "kind"), text(t, "status"),
                    text(t, "prompt"), text(t, "label"), text(t, "video_url"), text(t, "image_url"),
                    texts(t.get("result_urls")), texts(t.get("saved_paths")), text(t, "added_at"),
                    text(t, "completed_at"), integer(t.get("fail_code")), text(t, "fail_message"),
                    text(t, "param_json"))));
        }
        return entries;
    }

    private static List<Numbered> readCsv(String text, Path file) throws ExchangeException {
        List<Numbered> entries = new ArrayList<>();
        try (JsonParser parser = CSV.createParser(text)) {
            Map<String, Integer> header = null;
            List<String> row = new ArrayList<>();
            int line = 0;
            int depth = 0; // the parser wraps the whole file in one more array around the rows
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    row.clear();
                } else if (token == JsonToken.VALUE_STRING) {
                    if (row.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    row.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && depth-- == 2) {
                    if (header == null) {
                        header = header(row, file);
                    } else if (!row.stream().allMatch(String::isBlank)) {
                        entries.add(new Numbered(line, csvEntry(row, header)));
                    }
                }
            }
            if (header == null) {
                throw notATaskList(file);
            }
        } catch (IOException e) {
            throw new ExchangeException("“" + file.getFileName() + "” is not a valid CSV file (" + reason(e)
                    + "). Nothing was imported.", e);
        }
        return entries;
    }

    private static Map<String, Integer> header(List<String> row, Path file) throws ExchangeException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            columns.putIfAbsent(row.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_'), i);
        }
        if (!columns.containsKey("task_id")) {
            throw notATaskList(file);
        }
        return columns;
    }

    private static ExchangeException notATaskList(Path file) {
        return new ExchangeException("“" + file.getFileName() + "” is not a task list: its first line has no "
                + "“task_id” column. Export from Aleph Monitor to see the expected columns. Nothing was imported.");
    }

    private static TaskEntry csvEntry(List<String> row, Map<String, Integer> header) {
        Integer failCode;
        try {
            String code = cell(row, header, "fail_code");
            failCode = code == null ? null : Integer.valueOf(code.strip());
        } catch (NumberFormatException e) {
            failCode = null;
        }
        return new TaskEntry(cell(row, header, "task_id"), cell(row, header, "kind"), cell(row, header, "status"),
                cell(row, header, "prompt"), cell(row, header, "label"), cell(row, header, "video_url"),
                cell(row, header, "image_url"), lines(cell(row, header, "result_urls")),
                lines(cell(row, header, "saved_paths")), cell(row, header, "added_at"),
                cell(row, header, "completed_at"), failCode, cell(row, header, "fail_message"),
                cell(row, header, "param_json"));
    }

    private static String cell(List<String> row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= row.size() || row.get(index).isEmpty()) {
            return null;
        }
        return SpreadsheetCells.unescape(row.get(index));
    }

    private static List<String> lines(String cell) {
        return cell == null ? List.of() : cell.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Read check(List<Numbered> entries, Set<String> knownKinds, Instant now, String unit) {
        List<TrackedTask> tasks = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Numbered n : entries) {
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
            tasks.add(new TaskEntry(id, kind, e.status() == null ? null : e.status().strip().toUpperCase(Locale.ROOT),
                    e.prompt(), e.label(), e.videoUrl(), e.imageUrl(), e.resultUrls(), e.savedPaths(), e.addedAt(),
                    e.completedAt(), e.failCode(), e.failMessage(), e.paramJson()).toTask(now));
        }
        return new Read(tasks, skipped, unit);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static List<String> texts(JsonNode node) {
        if (node == null || !node.isArray()) {
            return node != null && node.isTextual() ? lines(node.asText()) : List.of();
        }
        List<String> list = new ArrayList<>();
        node.forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                list.add(v.asText());
            }
        });
        return list;
    }

    private static Integer integer(JsonNode node) {
        return node != null && node.canConvertToInt() ? node.asInt() : null;
    }

    private static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    private static String reason(IOException e) {
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
