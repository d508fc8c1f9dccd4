package io.alephmonitor.exchange;

/**
 * Keeps spreadsheets from running text as formulas (CSV injection): a cell starting with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as
 * text. A cell that already starts with an apostrophe gets one too, so reading back is exact.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static String escape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + cell;
            default -> cell;
        };
    }

    static String unescape(String cell) {
        return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
