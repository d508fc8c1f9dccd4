package io.alephmonitor.model;

import java.time.Instant;
import java.util.Set;

/**
 * What the user looks for in the whole history: free text (words, each also matching as the start of a longer
 * word, so "lighth" finds "lighthouse"; "quoted words" as an exact phrase) and filters that all must hold.
 * Empty sets and null bounds filter nothing.
 *
 * @param text        the words typed; any characters (quotes, colons, stars…) are taken as text, never as syntax
 * @param starredOnly only tasks the user starred
 * @param tag         only tasks carrying this tag (null: any)
 * @param kinds       only these kinds' ids (e.g. "aleph", "suno")
 * @param statuses    only these statuses, by {@link TaskStatus#storedName} ("SUCCEEDED", "RUNNING"…)
 * @param resultTypes only tasks with at least one result of one of these types
 * @param addedFrom   only tasks added at or after this instant (null: no lower bound)
 * @param addedBefore only tasks added before this instant (null: no upper bound)
 */
public record SearchQuery(String text, boolean starredOnly, String tag, Set<String> kinds, Set<String> statuses,
                          Set<ResultType> resultTypes, Instant addedFrom, Instant addedBefore) {

    public SearchQuery {
        text = text == null ? "" : text;
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        resultTypes = resultTypes == null ? Set.of() : Set.copyOf(resultTypes);
    }

    /** A search by these words alone. */
    public static SearchQuery text(String text) {
        return new SearchQuery(text, false, null, null, null, null, null, null);
    }

    public SearchQuery withKinds(Set<String> only) {
        return new SearchQuery(text, starredOnly, tag, only, statuses, resultTypes, addedFrom, addedBefore);
    }

    public SearchQuery withStatuses(Set<String> only) {
        return new SearchQuery(text, starredOnly, tag, kinds, only, resultTypes, addedFrom, addedBefore);
    }

    public SearchQuery withResultTypes(Set<ResultType> only) {
        return new SearchQuery(text, starredOnly, tag, kinds, statuses, only, addedFrom, addedBefore);
    }

    public SearchQuery withAdded(Instant from, Instant before) {
        return new SearchQuery(text, starredOnly, tag, kinds, statuses, resultTypes, from, before);
    }

    public SearchQuery withStarredOnly(boolean starred) {
        return new SearchQuery(text, starred, tag, kinds, statuses, resultTypes, addedFrom, addedBefore);
    }

    public SearchQuery withTag(String only) {
        return new SearchQuery(text, starredOnly, only, kinds, statuses, resultTypes, addedFrom, addedBefore);
    }

    /** Whether nothing is asked: every task matches. */
    public boolean isEmpty() {
        return text.isBlank() && !starredOnly && tag == null && kinds.isEmpty() && statuses.isEmpty()
                && resultTypes.isEmpty() && addedFrom == null && addedBefore == null;
    }
}
