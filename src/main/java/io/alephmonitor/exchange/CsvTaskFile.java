package io.alephmonitor.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.alephmonitor.model.TaskMarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV form of a task list, for spreadsheets: UTF-8 with a BOM, every cell quoted, cells that a
 * spreadsheet would run as a formula escaped, lists (result links, saved files, tags) one item a line.
 */
final class CsvTaskFile {

    static final char BOM = '\uFEFF';
    private static final String LIST_SEPARATOR = "\n";

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .build();

    private CsvTaskFile() {
    }

    static void write(List<TaskEntry> entries, Writer out) throws IOException {
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
                TaskResults typed = e.typed();
                row.add(typed.resultsJson());
                row.add(String.join(LIST_SEPARATOR, typed.resultTypes()));
                row.add(typed.progress() == null ? null : typed.progress().toString());
                row.add(typed.stage());
                row.add(typed.notice());
                row.add(typed.linkExpired() ? "true" : null);
                row.add(e.marks().starred() ? "true" : null);
                row.add(String.join(LIST_SEPARATOR, e.marks().tags()));
                row.add(e.marks().note());
                row.add(e.origin() == null ? null : e.origin().parentTaskId());
                row.add(e.origin() == null ? null : e.origin().relation().name());
                rows.write(row.stream().map(cell -> cell == null ? "" : SpreadsheetCells.escape(cell)).toList());
            }
        }
    }

    static List<NumberedEntry> read(String text, Path file) throws ExchangeException {
        List<NumberedEntry> entries = new ArrayList<>();
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
                        entries.add(new NumberedEntry(line, csvEntry(row, header)));
                    }
                }
            }
            if (header == null) {
                throw notATaskList(file);
            }
        } catch (IOException e) {
            throw new ExchangeException("“" + file.getFileName() + "” is not a valid CSV file (" + TaskFiles.reason(e)
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

    static ExchangeException notATaskList(Path file) {
        return new ExchangeException("“" + file.getFileName() + "” is not a task list: its first line has no "
                + "“task_id” column. Export from Aleph Monitor to see the expected columns. Nothing was imported.");
    }

    private static TaskEntry csvEntry(List<String> row, Map<String, Integer> header) {
        Integer failCode = number(cell(row, header, "fail_code"), Integer::valueOf);
        return new TaskEntry(cell(row, header, "task_id"), cell(row, header, "kind"), cell(row, header, "status"),
                cell(row, header, "prompt"), cell(row, header, "label"), cell(row, header, "video_url"),
                cell(row, header, "image_url"), lines(cell(row, header, "result_urls")),
                lines(cell(row, header, "saved_paths")), cell(row, header, "added_at"),
                cell(row, header, "completed_at"), failCode, cell(row, header, "fail_message"),
                cell(row, header, "param_json"), typed(row, header), marks(row, header),
                TaskEntry.origin(cell(row, header, "made_from"), cell(row, header, "relation")));
    }

    /** The star ("true", "yes", "1", "★"), the tags one a line (or comma-separated, as typed by hand) and the note. */
    private static TaskMarks marks(List<String> row, Map<String, Integer> header) {
        String star = String.valueOf(cell(row, header, "starred")).strip().toLowerCase(Locale.ROOT);
        String tags = cell(row, header, "tags");
        return new TaskMarks(List.of("true", "yes", "1", "★").contains(star),
                tags == null ? List.of() : List.of(tags.split("[\\n,]")), cell(row, header, "note"));
    }

    /** The typed results, progress and notice; a cell edited out of shape is dropped, never the task. */
    private static TaskResults typed(List<String> row, Map<String, Integer> header) {
        Double progress = number(cell(row, header, "progress"), Double::valueOf);
        return new TaskResults(cell(row, header, "results"), lines(cell(row, header, "result_types")), progress,
                cell(row, header, "stage"), cell(row, header, "notice"),
                "true".equalsIgnoreCase(String.valueOf(cell(row, header, "link_expired")).strip()));
    }

    /** The cell's number; null when it is empty or edited into something else. */
    private static <N extends Number> N number(String cell, java.util.function.Function<String, N> parse) {
        try {
            return cell == null ? null : parse.apply(cell.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String cell(List<String> row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= row.size() || row.get(index).isEmpty()) {
            return null;
        }
        return SpreadsheetCells.unescape(row.get(index));
    }

    static List<String> lines(String cell) {
        return cell == null ? List.of() : cell.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
