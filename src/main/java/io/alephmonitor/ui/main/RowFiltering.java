package io.alephmonitor.ui.main;

import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.TaskRowViewModel;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Re-filters the rows without holding the FX thread over a large table: each change takes a snapshot of the rows
 * (one array copy), tests each row's latest task value with the {@link RowMatcher} through the {@link MatchRunner}
 * (off the FX thread in the app) and keeps the answer in the row with the value it was for; then it sets a predicate
 * that only reads each row's kept answer. A row whose task changed since it was tested (a poll's update), or that
 * came after the snapshot, is tested again as it is now, on the FX thread. The latest
 * change wins: an older match that is still running stops, and its answer is dropped. Until the answer comes, the
 * table shows the previous filter's rows; when nothing filters, every row shows at once.
 */
final class RowFiltering {

    /** How many rows the background match tests between two looks at whether a newer change overtook it. */
    private static final int ROWS_PER_LOOK = 2_048;

    private final List<TaskRowViewModel> rows;
    private final FilteredList<TaskRowViewModel> filtered;
    private final MatchRunner runner;
    private final AtomicLong round = new AtomicLong();

    /** @param rows every row (the filtered list's rows, in any order) */
    RowFiltering(List<TaskRowViewModel> rows, FilteredList<TaskRowViewModel> filtered, MatchRunner runner) {
        this.rows = rows;
        this.filtered = filtered;
        this.runner = runner;
    }

    /**
     * Re-filters once per change: the words or a filter ask the history (which may drop its last answer meanwhile)
     * and then re-filter once; the status switch re-filters, and so does the history's answer when it comes.
     */
    void follow(ObservableValue<String> words, ObservableValue<?> status, List<ObservableValue<?>> filters,
                HistorySearch history, Supplier<SearchQuery> query, Supplier<RowMatcher> matcher) {
        boolean[] asking = {false};
        ChangeListener<Object> ask = (obs, old, now) -> {
            asking[0] = true;
            history.changed(query.get());
            asking[0] = false;
            filter(matcher.get());
        };
        words.addListener(ask);
        filters.forEach(f -> f.addListener(ask));
        status.addListener((obs, old, now) -> filter(matcher.get()));
        history.foundProperty().addListener((obs, old, now) -> {
            if (!asking[0]) {
                filter(matcher.get());
            }
        });
    }

    /** Shows the rows this matcher passes (null: every row), once the match is done (FX thread). */
    void filter(RowMatcher matcher) {
        long mine = round.incrementAndGet();
        if (matcher == null) {
            filtered.setPredicate(null);
            return;
        }
        TaskRowViewModel[] seen = rows.toArray(new TaskRowViewModel[0]); // one array copy: the rows' order is kept
        runner.run(seen.length, () -> match(mine, matcher, seen), done -> {
            if (round.get() != mine) {
                return; // a newer change came meanwhile: its own answer follows
            }
            if (!done) {
                filtered.setPredicate(matcher::test); // the match failed: test every row here, as it is
                return;
            }
            filtered.setPredicate(row -> switch (row.rememberedMatch(mine)) {
                case 1 -> true;
                case 0 -> false;
                default -> matcher.test(row);
            });
        });
    }

    /**
     * Tests the snapshot's rows, each by its latest task value, and keeps each answer in its row with that value;
     * false when a newer change overtook this one (it stops) or the match failed.
     */
    private boolean match(long mine, RowMatcher matcher, TaskRowViewModel[] seen) {
        try {
            for (int i = 0; i < seen.length; i++) {
                if (i % ROWS_PER_LOOK == 0 && round.get() != mine) {
                    return false;
                }
                TrackedTask task = seen[i].latestTask();
                seen[i].rememberMatch(mine, task, matcher.test(task, seen[i].matchText(task)));
            }
            return true;
        } catch (RuntimeException e) {
            System.getLogger(RowFiltering.class.getName()).log(System.Logger.Level.WARNING,
                    "Filtering the rows failed; they are tested on the FX thread instead", e);
            return false;
        }
    }
}
