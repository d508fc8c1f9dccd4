package io.alephmonitor.ui.tasks;

import io.alephmonitor.settings.Settings.ColumnLayout;
import io.alephmonitor.settings.Settings.SortKey;

import java.util.List;

/**
 * The task table's column order, widths, visibility and sort order, in the settings' own types
 * ({@link ColumnLayout}, {@link SortKey}): the app persists it with its settings and hands it back on the next start.
 */
public record TableLayout(List<ColumnLayout> columns, List<SortKey> sortOrder) {

    public TableLayout {
        columns = columns == null ? List.of() : List.copyOf(columns);
        sortOrder = sortOrder == null ? List.of() : List.copyOf(sortOrder);
    }
}
