package io.alephmonitor.ui.main;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.TaskRowViewModel;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which loaded rows the table and the gallery show for the filter field, the status switch and the filters. It
 * tests immutable data only (a task value and its match text), so it may run on any thread over a snapshot.
 */
final class RowMatcher {

    private final String needle;
    private final StatusFilter status;
    private final Set<String> found;
    private final Predicate<TrackedTask> filters;
    private final KindNames kindNames;
    private final Set<String> known;
    private final Set<String> kindsNamed;

    private RowMatcher(String needle, StatusFilter status, Set<String> found, Predicate<TrackedTask> filters,
                       KindNames kindNames) {
        this.needle = needle;
        this.status = status;
        this.found = found == null ? Set.of() : found;
        this.filters = filters;
        this.kindNames = kindNames;
        // Called for every loaded row at each keystroke (100,000 in the benchmark): the known kinds' names are
        // compared once, not per row (most words name no kind), and each row keeps its lower-case text.
        this.known = Set.copyOf(kindNames.choices());
        this.kindsNamed = needle.isEmpty() ? Set.of()
                : known.stream().filter(k -> kindNames.matches(k, needle)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The rows to show: the status switch, the chosen filters, and for the text either the instant in-memory match
     * (task ID, prompt, kind name: substrings of what is loaded) or the store's full-text answer for it (parameters,
     * track titles, lyrics, model; words and word starts), which arrives a moment later. Null when nothing filters.
     *
     * @param found  the IDs the store found for the text (an unchanging set)
     * @param filters the chosen filters checked on a task (null: none)
     */
    static RowMatcher of(String text, StatusFilter status, Set<String> found, Predicate<TrackedTask> filters,
                         KindNames kindNames) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        StatusFilter statusOrAll = status == null ? StatusFilter.ALL : status;
        if (needle.isEmpty() && statusOrAll == StatusFilter.ALL && filters == null) {
            return null;
        }
        return new RowMatcher(needle, statusOrAll, found, filters, kindNames);
    }

    /** Whether this value of a task passes, {@code matchText} being its {@link TaskRowViewModel#matchText(TrackedTask)}. */
    boolean test(TrackedTask task, String matchText) {
        return status.test(task.status())
                && (filters == null || filters.test(task))
                && (needle.isEmpty()
                || matchText.contains(needle)
                || found.contains(task.taskId())
                || namesKind(task.kind()));
    }

    /** Whether the row passes as it is now (FX thread). */
    boolean test(TaskRowViewModel row) {
        TrackedTask task = row.task();
        return test(task, row.matchText(task));
    }

    private boolean namesKind(String kind) {
        if (kind == null) {
            return false;
        }
        if (known.contains(kind)) {
            return !kindsNamed.isEmpty() && kindsNamed.contains(kind);
        }
        return kindNames.matches(kind, needle); // an id this version does not know, e.g. from a newer one
    }
}
