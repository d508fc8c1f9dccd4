package io.alephmonitor.ui.tasks;

import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

import java.util.List;

/**
 * The task table's column sizing: the columns fill the table's width, every column but the flexible
 * one (the prompt) keeps its preferred width, and the flexible one takes what is left — it gives way
 * first when the table gets narrower, so short values such as durations are never cut. Only when the
 * flexible column is down to its minimum do the others shrink, from the right, each down to its own
 * minimum. Dragging a column's edge moves width between that column and the flexible one; a dragged
 * width becomes the column's preferred width (what {@link TableLayout} saves).
 */
final class PromptGivesWay extends ConstrainedColumnResizeBase
        implements Callback<TableView.ResizeFeatures, Boolean> {

    private final String flexibleId;

    PromptGivesWay(String flexibleId) {
        this.flexibleId = flexibleId;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Boolean call(TableView.ResizeFeatures features) {
        TableView<?> table = features.getTable();
        double width = features.getContentWidth();
        List<TableColumn<?, ?>> columns = List.copyOf(table.getVisibleLeafColumns());
        if (width <= 0 || columns.isEmpty()) {
            return false;
        }
        TableColumn<?, ?> flexible = columns.stream().filter(c -> flexibleId.equals(c.getId())).findFirst()
                .orElse(columns.getLast());
        TableColumn<?, ?> dragged = features.getColumn();
        if (dragged != null && dragged != flexible) {
            double wanted = clamp(dragged, dragged.getWidth() + features.getDelta());
            double room = flexible.getWidth() - flexible.getMinWidth();
            double change = Math.min(wanted - dragged.getWidth(), room);
            if (change == 0) {
                return false;
            }
            dragged.setPrefWidth(dragged.getWidth() + change);
        } else if (dragged != null) {
            // The prompt's own edge: the column to its right gives or takes the difference.
            int next = columns.indexOf(flexible) + 1;
            if (next >= columns.size()) {
                return false;
            }
            TableColumn<?, ?> neighbour = columns.get(next);
            double wanted = clamp(neighbour, neighbour.getPrefWidth() - features.getDelta());
            if (wanted == neighbour.getPrefWidth()) {
                return false;
            }
            neighbour.setPrefWidth(wanted);
        }
        fill(features, columns, flexible, width);
        return true;
    }

    /** Every column at its preferred width, the flexible one filling the rest; shrinks others only when it must. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void fill(TableView.ResizeFeatures features, List<TableColumn<?, ?>> columns,
                             TableColumn<?, ?> flexible, double width) {
        double[] widths = new double[columns.size()];
        double others = 0;
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<?, ?> c = columns.get(i);
            if (c != flexible) {
                widths[i] = clamp(c, c.getPrefWidth());
                others += widths[i];
            }
        }
        double shortBy = flexible.getMinWidth() - (width - others);
        for (int i = columns.size() - 1; i >= 0 && shortBy > 0; i--) {
            TableColumn<?, ?> c = columns.get(i);
            if (c != flexible) {
                double give = Math.min(shortBy, widths[i] - c.getMinWidth());
                widths[i] -= give;
                others -= give;
                shortBy -= give;
            }
        }
        int flexIndex = columns.indexOf(flexible);
        widths[flexIndex] = Math.max(flexible.getMinWidth(), width - others);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getWidth() != widths[i]) {
                features.setColumnWidth(columns.get(i), widths[i]);
            }
        }
    }

    private static double clamp(TableColumn<?, ?> c, double width) {
        return Math.clamp(width, c.getMinWidth(), Math.max(c.getMinWidth(), c.getMaxWidth()));
    }

    @Override
    public String toString() {
        return "prompt-gives-way";
    }
}
