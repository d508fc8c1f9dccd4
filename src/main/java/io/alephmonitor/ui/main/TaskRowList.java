package io.alephmonitor.ui.main;

import io.alephmonitor.ui.TaskRowViewModel;
import javafx.collections.ModifiableObservableListBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rows as an observable list that can announce many in-place row updates as ONE change,
 * so a poll batch of thousands of tasks re-filters and re-sorts once instead of once per row.
 */
final class TaskRowList extends ModifiableObservableListBase<TaskRowViewModel> {

    private final List<TaskRowViewModel> rows = new ArrayList<>();

    /** One array copy, not an iterator over 100,000 rows (the filter's snapshot at each keystroke). */
    @Override
    public <T> T[] toArray(T[] a) {
        return rows.toArray(a);
    }

    /**
     * Tells listeners, in a single change, that these rows' contents changed: one contiguous update from
     * the first changed row to the last. A SortedList re-sorts everything once per contiguous run of
     * updates, so 5,000 scattered rows (a poll cycle's share of 10,000) cost 5,000 full sorts, seconds of
     * FX time; rows in between that did not change are only redrawn.
     */
    void fireUpdated(Set<TaskRowViewModel> updated) {
        if (updated.isEmpty()) {
            return;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (updated.contains(rows.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        beginChange();
        try {
            for (int i = first; i <= last; i++) {
                nextUpdate(i);
            }
        } finally {
            endChange();
        }
    }

    @Override
    public TaskRowViewModel get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, TaskRowViewModel element) {
        rows.add(index, element);
    }

    @Override
    protected TaskRowViewModel doSet(int index, TaskRowViewModel element) {
        return rows.set(index, element);
    }

    @Override
    protected TaskRowViewModel doRemove(int index) {
        return rows.remove(index);
    }
}
