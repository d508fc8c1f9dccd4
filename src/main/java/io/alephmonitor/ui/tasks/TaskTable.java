package io.alephmonitor.ui.tasks;

import io.alephmonitor.settings.Settings.ColumnLayout;
import io.alephmonitor.settings.Settings.SortKey;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import atlantafx.base.theme.Styles;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.ResultText;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.ui.TaskText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The task table: star, status, short ID, kind, prompt, added, elapsed, result; sortable, multi-select, layout persisted via {@link TableLayout}. */
public final class TaskTable extends TableView<TaskRowViewModel> {

    private final Map<String, TableColumn<TaskRowViewModel, ?>> columnsById = new LinkedHashMap<>();
    private static final double STAR_WIDTH = 34;
    private java.util.function.Consumer<TaskRowViewModel> starToggle = row -> { };
    private FamilyOrder families;

    /** "Group families": children right under their parents, with a tree glyph in the Prompt cell. */
    public javafx.beans.property.BooleanProperty groupFamiliesProperty() {
        return families.groupedProperty();
    }


    /** What a click on a row's star does (the window stars or unstars the task). */
    public void setStarToggle(java.util.function.Consumer<TaskRowViewModel> toggle) {
        starToggle = java.util.Objects.requireNonNull(toggle);
    }

    /**
     * @param rows                    the rows to show, sorted by {@code sortOrder}
     * @param sortOrder               the order of {@code rows}: set here to the table's sort order
     * @param clock                   the clock relative times and elapsed times are shown against
     * @param kindNames               how kinds are named
     * @param orderFollowsTaskChanges set to whether the sort order depends on what a poll can change
     */
    public TaskTable(ObservableList<TaskRowViewModel> rows,
                     ObjectProperty<Comparator<? super TaskRowViewModel>> sortOrder, ObservableValue<Instant> clock,
                     KindNames kindNames, BooleanProperty orderFollowsTaskChanges) {
        getStyleClass().add("task-table");
        setId("taskTable");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(new PromptGivesWay("prompt"));
        setPlaceholder(new Label("No tasks yet. Paste task IDs above, or press Ctrl+V anywhere in the window."));

        TableColumn<TaskRowViewModel, Boolean> star = column("star", "", STAR_WIDTH);
        star.setGraphic(StarHeader.graphic());
        star.setMinWidth(STAR_WIDTH);
        star.setMaxWidth(STAR_WIDTH);
        star.setResizable(false);
        star.setCellValueFactory(c -> c.getValue().taskProperty().map(TrackedTask::starred));
        star.setCellFactory(c -> new StarCell(() -> starToggle));
        star.setComparator(Comparator.comparing((Boolean b) -> b).reversed()); // ascending: starred first

        TableColumn<TaskRowViewModel, TaskStatus> status = column("status", "Status", 135);
        status.setCellValueFactory(c -> c.getValue().statusProperty());
        status.setCellFactory(c -> new StatusCell());
        status.setMinWidth(122); // "Succeeded" with its icon, in full
        status.setComparator(Comparator.comparingInt(s -> StatusLook.of(s).ordinal()));

        TableColumn<TaskRowViewModel, String> id = column("id", "Task ID", 100);
        id.setMinWidth(86); // the eight characters stay readable when the table is narrow
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().taskId()));
        id.setCellFactory(c -> new ShortIdCell());

        TableColumn<TaskRowViewModel, String> kind = column("kind", "Kind", 95);
        kind.setMinWidth(100); // "Midjourney" in full
        kind.setCellValueFactory(c -> c.getValue().taskProperty().map(t -> kindNames.shortName(t)));
        kind.setCellFactory(c -> new KindCell());

        TableColumn<TaskRowViewModel, String> prompt = column("prompt", "Prompt", 320);
        prompt.setMinWidth(PROMPT_MIN_WIDTH); // the column that gives way: the others keep what they need
        prompt.setCellValueFactory(c -> c.getValue().promptLineProperty());
        prompt.setCellFactory(c -> new FamilyPromptCell(families));

        TableColumn<TaskRowViewModel, TrackedTask> added = column("added", "Added", 110);
        added.setCellValueFactory(c -> c.getValue().taskProperty());
        added.setMinWidth(84); // "just now", "5 min ago" 
        added.setCellFactory(c -> new ClockedCell<>(clock, (t, now) -> TaskText.relative(t.addedAt(), now)));
        added.setComparator(Comparator.comparing(TrackedTask::addedAt, Comparator.nullsFirst(Comparator.naturalOrder())));

        TableColumn<TaskRowViewModel, TrackedTask> elapsed = column("elapsed", "Elapsed", 90);
        elapsed.setCellValueFactory(c -> c.getValue().taskProperty());
        elapsed.setCellFactory(c -> new ClockedCell<>(clock, TaskText::elapsedText));
        elapsed.setComparator(Comparator.comparing((TrackedTask t) -> TaskText.elapsed(t, clock.getValue()),
                Comparator.nullsFirst(Comparator.<Duration>naturalOrder())));

        TableColumn<TaskRowViewModel, TrackedTask> result = column("result", "Result", 200);
        result.setCellValueFactory(c -> c.getValue().taskProperty());
        result.setCellFactory(c -> new ClockedCell<>(clock,
                (t, now) -> TaskText.result(t, now), TaskTable::resultStyle, TaskText::resultNotice));
        result.setComparator(Comparator.comparing((TrackedTask t) -> TaskText.result(t, clock.getValue())));

        getColumns().setAll(new ArrayList<>(columnsById.values()));
        setItems(rows);
        families = FamilyOrder.over(rows);
        sortOrder.bind(families.comparator(comparatorProperty()));
        families.groupedProperty().addListener((obs, was, grouped) -> {
            orderFollowsTaskChanges.set(grouped || !getSortOrder().stream().allMatch(c -> FIXED_KEYS.contains(c.getId())));
            refresh(); // the tree glyphs in the Prompt cells
        });
        setSortPolicy(table -> true); // the rows' own sorted source follows the comparator: nothing to do here
        added.setSortType(TableColumn.SortType.DESCENDING);
        getSortOrder().setAll(List.of(added));
        // Sorted by what a task never changes, a poll batch cannot move a row: the model then updates rows
        // in place instead of having 10,000 re-sorted for every batch.
        getSortOrder().addListener((javafx.beans.InvalidationListener) o -> orderFollowsTaskChanges
                .set(families.groupedProperty().get() || !getSortOrder().stream().allMatch(c -> FIXED_KEYS.contains(c.getId()))));
        orderFollowsTaskChanges.set(false);
    }

    /** The prompt column never gets narrower than this; it is the one that gives way to the others. */
    static final double PROMPT_MIN_WIDTH = 90;
    /** A cell's left and right padding plus a little air, beyond its text. */
    private static final double CELL_EXTRA = 18;
    /** A header's padding and its sort arrow, beyond its title. */
    private static final double HEADER_EXTRA = 30;

    /**
     * The longest values each column shows (the result column: the usual ones; a failure message may be
     * cut, its tooltip shows it in full; so may the date of a task added days ago), measured in the table's font to give every column but the
     * prompt a minimum width its values fit in.
     */
    private static Map<String, List<String>> longestValues() {
        return Map.of(
                "status", List.of("Succeeded", "Cancelled", "Not found", "Invalid ID", "Partly ready", "Running · 100 %"),
                "id", List.of("88888888"),
                "kind", List.of("Midjourney", "4o Image", "Market", KindNames.UNKNOWN, KindNames.DETECTING),
                "added", List.of("just now", "59 min ago", "23 h ago", "yesterday"),
                "elapsed", List.of("88:88:88", "88 s"),
                "result", List.of("Video · Expires in 14 days", "2 tracks · Saved file missing", ResultText.NO_RESULT,
                        "First track ready · still generating",
                        "Generating… 100 %", "Image · Saved ✓"));
    }

    /** Extra room some columns need beside their text (the status icon). */
    private static double graphicRoom(String columnId) {
        return "status".equals(columnId) ? 24 : 0;
    }

    /** Columns that start exactly as wide as their values need (until the user or a saved layout widens them). */
    private static final java.util.Set<String> SNUG = java.util.Set.of("status", "id", "kind", "added", "elapsed");
    /** Columns whose width came from a saved layout: measuring never narrows them. */
    private final java.util.Set<String> restoredWidths = new java.util.HashSet<>();
    private Font measuredWith;

    @Override
    protected void layoutChildren() {
        // Once CSS has given the headers their font, every column but the prompt gets a minimum its values fit.
        if (lookup(".column-header .label") instanceof Label header && header.getFont() != null
                && !header.getFont().equals(measuredWith)) {
            measuredWith = header.getFont();
            fitMinimumWidths(measuredWith);
        }
        super.layoutChildren();
    }

    private void fitMinimumWidths(Font font) {
        longestValues().forEach((columnId, values) -> {
            TableColumn<TaskRowViewModel, ?> c = columnsById.get(columnId);
            double needed = textWidth(c.getText(), font) + HEADER_EXTRA;
            Font cellFont = Font.font(font.getFamily(), font.getSize()); // headers are bold, cells are not
            for (String value : values) {
                needed = Math.max(needed, textWidth(value, cellFont) + CELL_EXTRA + graphicRoom(columnId));
            }
            needed = Math.ceil(needed);
            c.setMinWidth(needed);
            if (c.getPrefWidth() < needed || SNUG.contains(columnId) && !restoredWidths.contains(columnId)) {
                c.setPrefWidth(needed);
            }
        });
    }

    private static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** Narrower than every visible column at its minimum, the table would cut values: the split keeps it this wide. */
    @Override
    protected double computeMinWidth(double height) {
        double columns = getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        return snappedLeftInset() + columns + SCROLL_BAR_ROOM + snappedRightInset();
    }

    /** The vertical scroll bar's width, with a pixel to spare. */
    private static final double SCROLL_BAR_ROOM = 16;

    /** Columns whose values a task keeps for good: its ID and when it was added. */
    private static final java.util.Set<String> FIXED_KEYS = java.util.Set.of("id", "added");

    private static final PseudoClass RESULT_SAVED = PseudoClass.getPseudoClass("result-saved");
    private static final PseudoClass RESULT_ERROR = PseudoClass.getPseudoClass("result-error");
    private static final PseudoClass RESULT_WARNING = PseudoClass.getPseudoClass("result-warning");
    private static final PseudoClass RESULT_WAITING = PseudoClass.getPseudoClass("result-waiting");

    private static PseudoClass resultStyle(TrackedTask t) {
        if (t.status() instanceof TaskStatus.Succeeded s) {
            if (t.savedPath() != null && !t.savedFileMissing()) {
                return RESULT_SAVED;
            }
            return s.results().isEmpty() || s.linkExpired() || s.notice() != null ? RESULT_WARNING : null;
        }
        if (t.status().isFinal()) {
            return RESULT_ERROR;
        }
        return t.lastError() != null ? RESULT_WARNING : RESULT_WAITING;
    }

    private <V> TableColumn<TaskRowViewModel, V> column(String id, String title, double width) {
        TableColumn<TaskRowViewModel, V> c = new TableColumn<>(title);
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

    /**
     * Restores a saved layout; unknown column ids are ignored, columns it does not mention keep their place at
     * the end, but the star column (newer than many saved layouts) comes first then.
     */
    public void applyTableLayout(TableLayout layout) {
        if (layout == null) {
            return;
        }
        List<TableColumn<TaskRowViewModel, ?>> ordered = new ArrayList<>();
        for (ColumnLayout saved : layout.columns()) {
            TableColumn<TaskRowViewModel, ?> c = columnsById.get(saved.id());
            if (c != null && !ordered.contains(c)) {
                if (saved.width() > 0) {
                    c.setPrefWidth(Math.max(saved.width(), c.getMinWidth()));
                    restoredWidths.add(saved.id());
                }
                c.setVisible(saved.visible());
                ordered.add(c);
            }
        }
        columnsById.values().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        TableColumn<TaskRowViewModel, ?> star = columnsById.get("star");
        if (layout.columns().stream().noneMatch(c -> "star".equals(c.id()))) {
            ordered.remove(star); // a layout saved before the star column existed: the star comes first
            ordered.addFirst(star);
        }
        getColumns().setAll(ordered);
        List<TableColumn<TaskRowViewModel, ?>> sort = new ArrayList<>();
        for (SortKey key : layout.sortOrder()) {
            TableColumn<TaskRowViewModel, ?> c = columnsById.get(key.columnId());
            if (c != null && !sort.contains(c)) {
                c.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                sort.add(c);
            }
        }
        getSortOrder().setAll(sort);
    }

    /**
     * Icon and word for the status; a running task whose progress kie.ai gives also shows it, as a thin
     * bar under the word and as the percentage in it ("Running · 42 %"). A visible sentence is added by
     * the result column.
     */
    private static final class StatusCell extends TableCell<TaskRowViewModel, TaskStatus> {
        private final Label label = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final VBox box = new VBox(1, label, bar);

        StatusCell() {
            label.getStyleClass().add("status-label");
            bar.getStyleClass().addAll("status-progress", Styles.SMALL);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setPrefHeight(4);
            bar.setMinHeight(4);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setFillWidth(true);
            setGraphic(null);
        }

        @Override
        protected void updateItem(TaskStatus item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            StatusLook.show(label, item);
            // The label stays in the box: made the cell's graphic on its own, it would leave the box.
            Double progress = item instanceof TaskStatus.Running r ? r.progress() : null;
            if (progress != null) {
                label.setText(item.label() + " · " + ResultText.percent(progress));
                bar.setProgress(progress);
            }
            bar.setVisible(progress != null);
            bar.setManaged(progress != null);
            setGraphic(box);
        }
    }

    /** The kind's short name; "Unknown kind" (muted) says why in its tooltip. */
    private static final class KindCell extends TableCell<TaskRowViewModel, String> {
        private static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown-kind");
        private final HoverTooltip tooltip = new HoverTooltip(this,
                () -> !isEmpty() && KindNames.UNKNOWN.equals(getItem()) ? KindNames.UNKNOWN_HINT : null);

        KindCell() {
            getStyleClass().add("kind-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            pseudoClassStateChanged(UNKNOWN, !empty && KindNames.UNKNOWN.equals(item));
            tooltip.refresh();
        }
    }
}
