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
        // Called for every loaded row at each keystroke (100,000 in the benchmark): the known kinds' names are
        // compared once, not per row (most words name no kind), and each row keeps its lower-case text.
        Set<String> known = Set.copyOf(kindNames.choices());
        Set<String> kindsNamed = known.stream().filter(k -> kindNames.matches(k, needle))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return row -> statusOrAll.test(row.status())
                && (filters == null || filters.test(row.task()))
                && (needle.isEmpty()
                || row.matchText().contains(needle)
                || found.contains(row.taskId())
                || namesKind(row.task().kind(), needle, known, kindsNamed, kindNames));
    }

    private static boolean namesKind(String kind, String needle, Set<String> known, Set<String> kindsNamed,
                                     KindNames kindNames) {
        if (kind == null) {
            return false;
        }
        if (known.contains(kind)) {
            return !kindsNamed.isEmpty() && kindsNamed.contains(kind);
        }
        return kindNames.matches(kind, needle); // an id this version does not know, e.g. from a newer one
    }
}
