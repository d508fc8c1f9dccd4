package io.alephmonitor.ui.main;

import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.AddReport;
import io.alephmonitor.tracking.PollingState;
import io.alephmonitor.tracking.TaskTracker;
import io.alephmonitor.tracking.TrackerListener;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The tracked tasks as the main window shows them: rows updated in place from the engine's
 * batches, a text and a status filter, the polling state and the last message for the user.
 */
public final class TaskListViewModel {

    private final TaskTracker tracker;
    private final HistorySearch history;
    private final SearchFiltersViewModel filters;
    private final Clock clock;
    private final KindNames kindNames;
    private final StringProperty defaultKind = new SimpleStringProperty(this, "defaultKind", TrackedTask.AUTO_KIND);
    private final ReadOnlyObjectWrapper<List<String>> unrecognised =
            new ReadOnlyObjectWrapper<>(this, "unrecognised", List.of());
    private final RowBatches batches;
    private final FilteredList<TaskRowViewModel> filtered;
    private final SortedList<TaskRowViewModel> sorted;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<StatusFilter> statusFilter =
            new SimpleObjectProperty<>(this, "statusFilter", StatusFilter.ALL);
    private final ReadOnlyObjectWrapper<PollingState> pollingState = new ReadOnlyObjectWrapper<>(this, "pollingState");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final BooleanProperty orderFollowsTaskChanges =
            new SimpleBooleanProperty(this, "orderFollowsTaskChanges", true);
    private final List<Consumer<List<TrackedTask>>> finishListeners = new CopyOnWriteArrayList<>();
    private final TrackerListener listener = new TrackerListener() {
        @Override
        public void tasksChanged(List<TrackedTask> changed, List<String> removedIds) {
            batches.add(changed, removedIds);
        }

        @Override
        public void pollingStateChanged(PollingState state) {
            pollingState.set(state);
        }
    };

    /** A view model over every kind the app ships with. */
    public TaskListViewModel(TaskTracker tracker, Clock clock) {
        this(tracker, clock, KindNames.standard());
    }

    public TaskListViewModel(TaskTracker tracker, Clock clock, KindNames kindNames) {
        this(tracker, clock, kindNames, Platform::runLater);
    }

    /**
     * @param nextSlice runs the rest of a large batch later on the FX thread (after the events and the pulse
     *                  waiting meanwhile); {@code Platform::runLater} in the app
     */
    public TaskListViewModel(TaskTracker tracker, Clock clock, KindNames kindNames, Executor nextSlice) {
        this(tracker, clock, kindNames, nextSlice, HistorySearch.Debounce.fx());
    }

    /** @param searchDebounce how long after a keystroke the history is searched (tests run it by hand) */
    TaskListViewModel(TaskTracker tracker, Clock clock, KindNames kindNames, Executor nextSlice,
                      HistorySearch.Debounce searchDebounce) {
        this.tracker = tracker;
        this.history = new HistorySearch(tracker, searchDebounce);
        this.batches = new RowBatches(nextSlice, this::listsFollowUpdates,
                finished -> finishListeners.forEach(l -> l.accept(finished)));
        // Sorted first, filtered on top: a keystroke re-tests the rows once and re-sorts nothing (100,000 rows
        // re-sorted on every keystroke cost several frames); a new sort order re-sorts every row once.
        this.sorted = new SortedList<>(batches.rows());
        this.filtered = new FilteredList<>(sorted);
        this.clock = clock;
        this.kindNames = kindNames;
        this.now.set(clock.instant());
        defaultKind.addListener((obs, old, kind) -> {
            if (!kindNames.isChoice(kind)) {
                defaultKind.set(TrackedTask.AUTO_KIND); // e.g. a kind a newer version added, from the settings file
            }
        });
        this.filters = new SearchFiltersViewModel(kindNames);
        // One re-filter of the rows per change (100,000 rows cost a frame): the words or a filter ask the history
        // (which may drop its last answer meanwhile) and then re-filter once; an answer re-filters when it comes.
        javafx.beans.property.IntegerProperty changes = new javafx.beans.property.SimpleIntegerProperty();
        boolean[] asking = {false};
        javafx.beans.value.ChangeListener<Object> ask = (obs, old, now) -> {
            asking[0] = true;
            history.changed(searchQuery());
            asking[0] = false;
            changes.set(changes.get() + 1);
        };
        filterText.addListener(ask);
        filters.dependencies().forEach(d -> d.addListener(ask));
        statusFilter.addListener((obs, old, now) -> changes.set(changes.get() + 1));
        history.foundProperty().addListener((obs, old, now) -> changes.set(changes.get() + (asking[0] ? 0 : 1)));
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> RowMatcher.of(filterText.get(),
                statusFilter.get(), history.foundProperty().get(), filters.matcher(clock.instant(), clock.getZone()),
                kindNames), changes));
        listener.tasksChanged(tracker.tasks(), List.of()); // all new rows: applied at once
        pollingState.set(tracker.pollingState());
        tracker.addListener(listener);
    }

    /** Stops listening to the engine (the window is closing). */
    public void dispose() {
        tracker.removeListener(listener);
    }

    /** Whether the filtered and sorted lists must hear of a row's update: its order or its filtering may change. */
    private boolean listsFollowUpdates() {
        return orderFollowsTaskChanges.get() || filtered.getPredicate() != null;
    }

    /**
     * Adds every task ID found in the text as the {@linkplain #defaultKindProperty() chosen kind};
     * the summary becomes the message, and tokens that fit no format wait in
     * {@link #unrecognisedProperty()} for the user to add them as some kind or dismiss them.
     */
    public AddReport addFromText(String text) {
        AddReport report = tracker.addFromText(text == null ? "" : text, defaultKind.get());
        boolean onlyUnrecognised = report.added().isEmpty() && report.alreadyTracked().isEmpty()
                && !report.unrecognised().isEmpty();
        message.set(onlyUnrecognised ? "No task ID of a known format found. Add the IDs below as a kind you choose,"
                + " or dismiss them." : report.summary());
        if (text != null && !text.isBlank()) {
            unrecognised.set(report.unrecognised()); // an Add on an empty field leaves the offered tokens alone
        }
        return report;
    }

    /** Adds the waiting unrecognised tokens as this kind (a real kind: their format tells none). */
    public AddReport addUnrecognisedAs(String kind) {
        if (TrackedTask.AUTO_KIND.equals(kind) || !kindNames.kindIds().contains(kind)) {
            throw new IllegalArgumentException("Unrecognised IDs need a known kind, not " + kind);
        }
        AddReport report = tracker.addIds(unrecognised.get(), kind);
        unrecognised.set(List.of());
        message.set(report.added().size() + " added as " + kindNames.displayName(kind)
                + (report.alreadyTracked().isEmpty() ? "" : ", " + report.alreadyTracked().size() + " already tracked"));
        return report;
    }

    /** Forgets the waiting unrecognised tokens without adding them. */
    public void dismissUnrecognised() {
        unrecognised.set(List.of());
    }

    /** ID-looking tokens of the last add that fit no format (or not the chosen kind's), not added yet; empty when none. */
    public ReadOnlyObjectProperty<List<String>> unrecognisedProperty() {
        return unrecognised.getReadOnlyProperty();
    }

    /** The kind pasted, dropped and handed-over IDs are added as: a kind's id or {@link TrackedTask#AUTO_KIND}. */
    public StringProperty defaultKindProperty() {
        return defaultKind;
    }

    /** What the kinds are called on screen. */
    public KindNames kindNames() {
        return kindNames;
    }

    /** Stops tracking these rows and returns what was removed, for an undo. */
    public List<TrackedTask> remove(Collection<TaskRowViewModel> toRemove) {
        List<TrackedTask> removed = toRemove.stream().map(TaskRowViewModel::task).toList();
        if (!removed.isEmpty()) {
            tracker.remove(removed.stream().map(TrackedTask::taskId).toList());
            message.set(removed.size() == 1 ? "1 task removed" : removed.size() + " tasks removed");
        }
        return removed;
    }

    /** Puts removed tasks back exactly as they were. */
    public void undoRemove(List<TrackedTask> removed) {
        tracker.restore(removed);
        message.set(removed.size() == 1 ? "1 task restored" : removed.size() + " tasks restored");
    }

    /** Stars (favourites) or unstars these rows' tasks, all at once. */
    public void setStarred(Collection<TaskRowViewModel> selection, boolean starred) {
        if (!selection.isEmpty()) {
            tracker.setStarred(ids(selection), starred);
            message.set((starred ? "Starred " : "Unstarred ") + tasks(selection.size()));
        }
    }

    /** Stars the row's task when it is not starred, unstars it when it is (the table's star, Ctrl/Cmd+D on one row). */
    public void toggleStar(TaskRowViewModel row) {
        setStarred(List.of(row), !row.task().starred());
    }

    /** Stars every row when one of them is not starred, else unstars them all. */
    public void toggleStars(Collection<TaskRowViewModel> selection) {
        setStarred(selection, !selection.stream().allMatch(r -> r.task().starred()));
    }

    /**
     * Tags these rows' tasks; false when the text cannot be a tag (the message then says why, nothing changes).
     */
    public boolean addTag(Collection<TaskRowViewModel> selection, String tag) {
        java.util.Optional<String> problem = io.alephmonitor.model.TaskMarks.tagProblem(tag);
        if (problem.isPresent()) {
            message.set(problem.get());
            return false;
        }
        if (!selection.isEmpty()) {
            tracker.addTag(ids(selection), tag.strip());
            message.set("Tagged " + tasks(selection.size()) + " “" + tag.strip() + "”");
        }
        return true;
    }

    /** Removes the tag (ignoring case) from these rows' tasks. */
    public void removeTag(Collection<TaskRowViewModel> selection, String tag) {
        if (!selection.isEmpty()) {
            tracker.removeTag(ids(selection), tag);
        }
    }

    private static List<String> ids(Collection<TaskRowViewModel> rows) {
        return rows.stream().map(TaskRowViewModel::taskId).toList();
    }

    private static String tasks(int n) {
        return n == 1 ? "1 task" : n + " tasks";
    }

    public void checkNow(Collection<TaskRowViewModel> selection) {
        tracker.checkNow(selection.stream().map(TaskRowViewModel::taskId).toList());
    }

    public void checkAllNow() {
        tracker.checkAllNow();
        message.set("Checking every active task now");
    }

    /** Re-reads the clock; the window calls this once a second so elapsed times and "next check" move. */
    public void tick() {
        now.set(clock.instant());
    }

    /**
     * Called with the tasks that finished or failed while the app watched them, once per engine
     * batch (never empty); each task is announced once.
     */
    public void addFinishListener(Consumer<List<TrackedTask>> onFinished) {
        finishListeners.add(onFinished);
    }

    public TaskRowViewModel row(String taskId) {
        return batches.row(taskId);
    }

    /** Every row, in the order tasks were added. */
    public ObservableList<TaskRowViewModel> rows() {
        return batches.rows();
    }

    /** The rows passing the filters, in the table's sort order: what the table and the gallery show. */
    public FilteredList<TaskRowViewModel> filteredRows() {
        return filtered;
    }

    /** The rows shown, in the table's sort order (the same list as {@link #filteredRows()}). */
    public FilteredList<TaskRowViewModel> sortedRows() {
        return filtered;
    }

    /** The order the rows are shown in; bind it to the table's comparator. Null: the order tasks were added. */
    public javafx.beans.property.ObjectProperty<java.util.Comparator<? super TaskRowViewModel>> sortOrderProperty() {
        return sorted.comparatorProperty();
    }

    /** The filters chosen beside the filter field; with its words they make one search of the whole history. */
    public SearchFiltersViewModel filters() {
        return filters;
    }

    /** The filter field's words and the chosen filters as one query. */
    public io.alephmonitor.model.SearchQuery searchQuery() {
        return filters.query(filterText.get(), clock.instant(), clock.getZone());
    }

    /** Shows every task again: no words, no filters, the status switch on All. */
    public void clearSearch() {
        filters.clear();
        filterText.set("");
        statusFilter.set(StatusFilter.ALL);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyObjectProperty<PollingState> pollingStateProperty() {
        return pollingState.getReadOnlyProperty();
    }

    /** The last thing the user should read: an add summary, a removal, a check. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void setMessage(String text) {
        message.set(text);
    }

    /**
     * Whether the sorted rows' order can change when a task does (true unless the table is sorted only by
     * what a task never changes). While it cannot and no filter is set, a batch updates the rows themselves
     * (cells follow their properties) and the lists hear nothing: no re-sort, no re-filter.
     */
    public BooleanProperty orderFollowsTaskChangesProperty() {
        return orderFollowsTaskChanges;
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return now.get();
    }
}
