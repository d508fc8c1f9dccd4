package io.alephmonitor.ui.tasks;

import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.TaskRowViewModel;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Group families": the table's order with every task made from another tracked task right under its parent (its
 * own children under it, and so on). Families are ordered among themselves by their first task under the table's
 * sort (the order tasks were added when unsorted); children of one parent by the same sort. A task whose parent is
 * no longer tracked stands on its own. Filtering is unchanged: a child shown without its filtered-out parent sits
 * where that parent would be.
 */
public final class FamilyOrder {

    /** At most this many ancestors are followed (a loop in hand-edited data cannot hang the sort). */
    private static final int MOST_GENERATIONS = 32;

    private final BooleanProperty grouped = new SimpleBooleanProperty(this, "grouped", false);
    private final Map<String, TaskRowViewModel> rowsById = new HashMap<>();

    /** @param allRows every tracked row (not only the filtered ones): parents are looked up among them */
    public FamilyOrder(ObservableList<TaskRowViewModel> allRows) {
        allRows.forEach(row -> rowsById.put(row.taskId(), row));
        allRows.addListener((ListChangeListener<TaskRowViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(row -> rowsById.remove(row.taskId(), row));
                change.getAddedSubList().forEach(row -> rowsById.put(row.taskId(), row));
            }
        });
    }

    /** Over every tracked row under the table's rows: the source under any filtered or sorted view of them. */
    @SuppressWarnings("unchecked")
    static FamilyOrder over(ObservableList<? extends TaskRowViewModel> rows) {
        ObservableList<?> source = rows;
        while (source instanceof javafx.collections.transformation.TransformationList<?, ?> view) {
            source = view.getSource();
        }
        return new FamilyOrder((ObservableList<TaskRowViewModel>) source);
    }

    /** Whether families are grouped (the "Group families" toggle). */
    public BooleanProperty groupedProperty() {
        return grouped;
    }

    /** The comparator the sorted rows use: the table's own, or with families grouped around it. */
    public ObjectBinding<Comparator<TaskRowViewModel>> comparator(ObservableValue<Comparator<TaskRowViewModel>> table) {
        return Bindings.createObjectBinding(() -> grouped.get() ? grouping(table.getValue()) : table.getValue(),
                table, grouped);
    }

    /** How many tracked ancestors the row has while families are grouped (0: none, or not grouped). */
    public int depth(TaskRowViewModel row) {
        return grouped.get() && row != null ? lineage(row).size() - 1 : 0;
    }

    /** "└ " under a parent (indented one step more per generation), nothing otherwise. */
    public String glyph(TaskRowViewModel row) {
        int depth = depth(row);
        return depth == 0 ? "" : "  ".repeat(depth - 1) + "└ ";
    }

    private Comparator<TaskRowViewModel> grouping(Comparator<TaskRowViewModel> table) {
        Comparator<TaskRowViewModel> within = (table != null ? table
                : Comparator.comparing((TaskRowViewModel r) -> r.task().addedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .thenComparing(TaskRowViewModel::taskId);
        return (a, b) -> {
            List<TaskRowViewModel> pathA = lineage(a);
            List<TaskRowViewModel> pathB = lineage(b);
            for (int i = 0; i < Math.min(pathA.size(), pathB.size()); i++) {
                TaskRowViewModel x = pathA.get(i);
                TaskRowViewModel y = pathB.get(i);
                if (x != y) {
                    return within.compare(x, y);
                }
            }
            return Integer.compare(pathA.size(), pathB.size()); // a parent before its children
        };
    }

    /** The row's tracked ancestors from the oldest down to the row itself. */
    private List<TaskRowViewModel> lineage(TaskRowViewModel row) {
        List<TaskRowViewModel> path = new ArrayList<>();
        path.add(row);
        TaskRowViewModel current = row;
        for (int i = 0; i < MOST_GENERATIONS; i++) {
            TrackedTask task = current.task();
            TaskOrigin origin = task == null ? null : task.origin();
            TaskRowViewModel parent = origin == null ? null : rowsById.get(origin.parentTaskId());
            if (parent == null || path.contains(parent)) {
                break;
            }
            path.addFirst(parent);
            current = parent;
        }
        return path;
    }
}
