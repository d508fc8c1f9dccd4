package io.alephmonitor.ui.main;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.TaskRowViewModel;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Which loaded rows the table and the gallery show for the filter field, the status switch and the filters. */
final class RowMatcher {

    private RowMatcher() {
    }

    /**
     * The rows to show: the status switch, the chosen filters, and for the text either the instant in-memory match
     * (task ID, prompt, kind name: substrings of what is loaded) or the store's full-text answer for it (parameters,
     * track titles, lyrics, model; words and word starts), which arrives a moment later. Null when nothing filters.
     *
     * @param filters the chosen filters checked on a task (null: none)
     */
    static Predicate<TaskRowViewModel> of(String text, StatusFilter status, Set<String> found,
                                          Predicate<TrackedTask> filters, KindNames kindNames) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        StatusFilter statusOrAll = status == null ? StatusFilter.ALL : status;
        if (needle.isEmpty() && statusOrAll == StatusFilter.ALL && filters == null) {
            return null;
        }
        return row -> statusOrAll.test(row.status())
                && (filters == null || filters.test(row.task()))
                && (needle.isEmpty()
                || row.taskId().toLowerCase(Locale.ROOT).contains(needle)
                || promptOf(row).toLowerCase(Locale.ROOT).contains(needle)
                || kindNames.matches(row.task().kind(), needle)
                || found.contains(row.taskId()));
    }

    private static String promptOf(TaskRowViewModel row) {
        TrackedTask t = row.task();
        return t.params() == null || t.params().prompt() == null ? "" : t.params().prompt();
    }
}
