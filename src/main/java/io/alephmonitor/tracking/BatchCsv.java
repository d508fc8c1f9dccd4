package io.alephmonitor.tracking;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (comma or semicolon, quotes with doubled quotes inside, line breaks inside quotes) into records
 * that remember the line each starts on, so a bad row can be named by its line.
 */
final class BatchCsv {

    record Line(int number, List<String> cells) {
    }

    private BatchCsv() {
    }

    static List<Line> read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(body);
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(lines, startLine, cells);
                cells = new ArrayList<>();
                line++;
                startLine = line;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        addUnlessBlank(lines, startLine, cells);
        return lines;
    }

    private static void addUnlessBlank(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
            lines.add(new Line(number, List.copyOf(cells)));
        }
    }

    /** A semicolon when the first line has more of them than commas (spreadsheets in many locales), else a comma. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }
}
