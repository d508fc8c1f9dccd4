package io.alephmonitor.ui.tasks;

import java.io.Serializable;
import java.util.List;

/**
 * The task table's column order, widths, visibility and sort order, as plain data the app
 * persists with its settings (Jackson-friendly record) and hands back on the next start.
 */
public record TableLayout(List<Column> columns, List<SortKey> sortOrder) implements Serializable {

    public TableLayout {
        columns = columns == null ? List.of() : List.copyOf(columns);
        sortOrder = sortOrder == null ? List.of() : List.copyOf(sortOrder);
    }

    /** One column by its stable id ("status", "id", "kind", "prompt", "added", "elapsed", "result"). */
    public record Column(String id, double width, boolean visible) implements Serializable {
    }

    /** One sort key: a column id and its direction. */
    public record SortKey(String columnId, boolean ascending) implements Serializable {
    }
}
