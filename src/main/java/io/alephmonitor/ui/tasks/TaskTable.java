package io.alephmonitor.ui.tasks;

import io.alephmonitor.settings.Settings.ColumnLayout;
import io.alephmonitor.settings.Settings.SortKey;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.DesktopActions;
import io.alephmonitor.ui.TaskListViewModel;
import io.alephmonitor.ui.TaskRow;
import io.alephmonitor.ui.TaskText;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The task table: status, short ID, kind, prompt, added, elapsed, result; sortable, multi-select, layout persisted via {@link TableLayout}. */
public final class TaskTable extends TableView<TaskRow> {

    private final Map<String, TableColumn<TaskRow, ?>> columnsById = new LinkedHashMap<>();

    public TaskTable(TaskListViewModel model, DesktopActions desktop) {
        getStyleClass().add("task-table");
        setId("taskTable");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No tasks yet. Paste task IDs above, or press Ctrl+V anywhere in the window."));

        TableColumn<TaskRow, TaskStatus> status = column("status", "Status", 135);
        status.setCellValueFactory(c -> c.getValue().statusProperty());
        status.setCellFactory(c -> new StatusCell());
        status.setMinWidth(122); // "Succeeded" with its icon, in full
        status.setComparator(Comparator.comparingInt(s -> StatusLook.of(s).ordinal()));

        TableColumn<TaskRow, String> id = column("id", "Task ID", 100);
        id.setMinWidth(86); // the eight characters stay readable when the table is narrow
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().taskId()));
        id.setCellFactory(c -> new ShortIdCell());

        TableColumn<TaskRow, String> kind = column("kind", "Kind", 95);
        kind.setMinWidth(100); // "Midjourney" in full
        kind.setCellValueFactory(c -> c.getValue().taskProperty().map(t -> model.kindNames().shortName(t.kind())));

        TableColumn<TaskRow, String> prompt = column("prompt", "Prompt", 320);
        prompt.setCellValueFactory(c -> c.getValue().promptLineProperty());

        TableColumn<TaskRow, TrackedTask> added = column("added", "Added", 110);
        added.setCellValueFactory(c -> c.getValue().taskProperty());
        added.setMinWidth(84); // "just now", "5 min ago" 
        added.setCellFactory(c -> new ClockedCell<>(model.nowProperty(), (t, now) -> TaskText.relative(t.addedAt(), now)));
        added.setComparator(Comparator.comparing(TrackedTask::addedAt, Comparator.nullsFirst(Comparator.naturalOrder())));

        TableColumn<TaskRow, TrackedTask> elapsed = column("elapsed", "Elapsed", 90);
        elapsed.setCellValueFactory(c -> c.getValue().taskProperty());
        elapsed.setCellFactory(c -> new ClockedCell<>(model.nowProperty(), TaskText::elapsedText));
        elapsed.setComparator(Comparator.comparing((TrackedTask t) -> TaskText.elapsed(t, model.now()),
                Comparator.nullsFirst(Comparator.<Duration>naturalOrder())));

        TableColumn<TaskRow, TrackedTask> result = column("result", "Result", 200);
        result.setCellValueFactory(c -> c.getValue().taskProperty());
        result.setCellFactory(c -> new ClockedCell<>(model.nowProperty(),
                (t, now) -> TaskText.result(t, now), TaskTable::resultStyle));
        result.setComparator(Comparator.comparing((TrackedTask t) -> TaskText.result(t, model.now())));

        getColumns().setAll(new ArrayList<>(columnsById.values()));
        setItems(model.sortedRows());
        model.sortedRows().comparatorProperty().bind(comparatorProperty());
        added.setSortType(TableColumn.SortType.DESCENDING);
        getSortOrder().setAll(List.of(added));
        // Sorted by what a task never changes, a poll batch cannot move a row: the model then updates rows
        // in place instead of having 10,000 re-sorted for every batch.
        getSortOrder().addListener((javafx.beans.InvalidationListener) o -> model.orderFollowsTaskChangesProperty()
                .set(!getSortOrder().stream().allMatch(c -> FIXED_KEYS.contains(c.getId()))));
        model.orderFollowsTaskChangesProperty().set(false);
    }

    /** Columns whose values a task keeps for good: its ID and when it was added. */
    private static final java.util.Set<String> FIXED_KEYS = java.util.Set.of("id", "added");

    private static final PseudoClass RESULT_SAVED = PseudoClass.getPseudoClass("result-saved");
    private static final PseudoClass RESULT_ERROR = PseudoClass.getPseudoClass("result-error");
    private static final PseudoClass RESULT_WARNING = PseudoClass.getPseudoClass("result-warning");
    private static final PseudoClass RESULT_WAITING = PseudoClass.getPseudoClass("result-waiting");

    private static PseudoClass resultStyle(TrackedTask t) {
        if (t.status() instanceof TaskStatus.Succeeded) {
            return t.savedPath() != null && !t.savedFileMissing() ? RESULT_SAVED : null;
        }
        if (t.status().isFinal()) {
            return RESULT_ERROR;
        }
        return t.lastError() != null ? RESULT_WARNING : RESULT_WAITING;
    }

    private <V> TableColumn<TaskRow, V> column(String id, String title, double width) {
        TableColumn<TaskRow, V> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        columnsById.put(id, c);
        return c;
    }

    /** The current column order, widths, visibility and sort order. */
    public TableLayout tableLayout() {
        List<ColumnLayout> cols = getColumns().stream()
                .map(c -> new ColumnLayout(c.getId(), c.getWidth(), c.isVisible())).toList();
        List<SortKey> sort = getSortOrder().stream()
                .map(c -> new SortKey(c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING)).toList();
        return new TableLayout(cols, sort);
    }

    /** Restores a saved layout; unknown column ids are ignored, columns it does not mention keep their place at the end. */
    public void applyTableLayout(TableLayout layout) {
        if (layout == null) {
            return;
        }
        List<TableColumn<TaskRow, ?>> ordered = new ArrayList<>();
        for (ColumnLayout saved : layout.columns()) {
            TableColumn<TaskRow, ?> c = columnsById.get(saved.id());
            if (c != null && !ordered.contains(c)) {
                if (saved.width() > 0) {
                    c.setPrefWidth(saved.width());
                }
                c.setVisible(saved.visible());
                ordered.add(c);
            }
        }
        columnsById.values().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        getColumns().setAll(ordered);
        List<TableColumn<TaskRow, ?>> sort = new ArrayList<>();
        for (SortKey key : layout.sortOrder()) {
            TableColumn<TaskRow, ?> c = columnsById.get(key.columnId());
            if (c != null && !sort.contains(c)) {
                c.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                sort.add(c);
            }
        }
        getSortOrder().setAll(sort);
    }

    /** Icon and word for the status; a visible sentence is added by the result column. */
    private static final class StatusCell extends TableCell<TaskRow, TaskStatus> {
        private final Label label = new Label();

        StatusCell() {
            label.getStyleClass().add("status-label");
            setGraphic(null);
        }

        @Override
        protected void updateItem(TaskStatus item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                StatusLook.show(label, item);
                setGraphic(label);
            }
        }
    }

    /** A short form of the ID (see {@link TaskText#shortId}); the full ID in the tooltip. */
    private static final class ShortIdCell extends TableCell<TaskRow, String> {
        private final HoverTooltip tooltip = new HoverTooltip(this, () -> isEmpty() ? null : getItem());

        ShortIdCell() {
            getStyleClass().add("task-id-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else {
                setText(TaskText.shortId(item));
            }
            tooltip.refresh();
        }
    }

}
