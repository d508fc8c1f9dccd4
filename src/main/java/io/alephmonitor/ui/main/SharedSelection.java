package io.alephmonitor.ui.main;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.ui.gallery.TaskGallery;
import io.alephmonitor.ui.tasks.TaskTable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

import java.util.List;

/**
 * The one selection the table and the gallery share: choosing a row in either selects it in both, and
 * the current row is dropped when its task is removed. The detail pane follows it, including in-place updates.
 */
final class SharedSelection {

    private final TaskListViewModel model;
    private final TaskTable table;
    private final ObjectProperty<TaskRowViewModel> current = new SimpleObjectProperty<>(this, "current");
    private final ReadOnlyObjectWrapper<TrackedTask> selectedTask = new ReadOnlyObjectWrapper<>(this, "selectedTask");
    private boolean syncing;

    SharedSelection(TaskListViewModel model, TaskTable table, TaskGallery gallery) {
        this.model = model;
        this.table = table;
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> follow(row));
        gallery.selectedProperty().addListener((obs, old, row) -> follow(row));
        current.addListener((obs, old, row) -> {
            syncing = true;
            try {
                gallery.selectedProperty().set(row);
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else if (!table.getSelectionModel().getSelectedItems().contains(row)) {
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                }
            } finally {
                syncing = false;
            }
        });
        selectedTask.bind(current.flatMap(TaskRowViewModel::taskProperty));
        model.rows().addListener((ListChangeListener<TaskRowViewModel>) c -> {
            if (current.get() != null && model.row(current.get().taskId()) != current.get()) {
                current.set(null);
            }
        });
    }

    private void follow(TaskRowViewModel row) {
        if (!syncing) {
            current.set(row);
        }
    }

    /** The row selected last in the table or the gallery; null when none. */
    ObjectProperty<TaskRowViewModel> currentProperty() {
        return current;
    }

    ReadOnlyObjectProperty<TrackedTask> selectedTaskProperty() {
        return selectedTask.getReadOnlyProperty();
    }

    /** What an action applies to: the table's selected rows, or in the gallery its one selected tile. */
    List<TaskRowViewModel> rows(ViewMode mode) {
        if (mode == ViewMode.GALLERY) {
            return current.get() == null ? List.of() : List.of(current.get());
        }
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** Selects the task's row, now or as soon as the tracker has published it. */
    void select(String taskId) {
        TaskRowViewModel row = model.row(taskId);
        if (row != null) {
            current.set(row);
            return;
        }
        model.rows().addListener(new ListChangeListener<TaskRowViewModel>() {
            @Override
            public void onChanged(Change<? extends TaskRowViewModel> change) {
                TaskRowViewModel added = model.row(taskId);
                if (added != null) {
                    model.rows().removeListener(this);
                    current.set(added);
                }
            }
        });
    }
}
