package io.alephmonitor.ui.main;

import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.tracking.TaskTracker;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The full-text half of the filter field: what the text finds in the whole stored history (parameters, track
 * titles, lyrics, model…), asked of the tracker a moment after the user stops typing. Only the answer to the
 * latest text counts: an answer that arrives after the text changed again is dropped. While the user types on
 * ("harb" → "harbo"), the previous answer stays until the new one comes, so rows do not flicker; the in-memory
 * match of the view model shows what it can at once.
 * Runs on the FX thread and never waits: the tracker answers on its own thread and delivers on the FX thread.
 */
final class HistorySearch {

    /** Runs an action after the pause of the debounce; the returned handle cancels it. */
    @FunctionalInterface
    interface Debounce {
        Runnable schedule(Runnable action);

        /** 100 ms on the FX timeline; right away off the FX thread (view-model tests without a toolkit). */
        static Debounce fx() {
            return action -> {
                if (!Platform.isFxApplicationThread()) {
                    action.run();
                    return () -> { };
                }
                PauseTransition pause = new PauseTransition(Duration.millis(100));
                pause.setOnFinished(e -> action.run());
                pause.play();
                return pause::stop;
            };
        }
    }

    private final TaskTracker tracker;
    private final Debounce debounce;
    private final ReadOnlyObjectWrapper<Set<String>> found = new ReadOnlyObjectWrapper<>(this, "found", Set.of());
    private long generation;
    private String answeredFor = "";
    private Runnable pending = () -> { };

    HistorySearch(TaskTracker tracker, Debounce debounce) {
        this.tracker = tracker;
        this.debounce = debounce;
    }

    /**
     * The text in the filter field or a chosen filter changed: search the words with the filters (after the
     * debounce) or, when the words are blank, find nothing (the filters alone are checked on the loaded rows).
     */
    void changed(SearchQuery query) {
        long mine = ++generation;
        pending.run();
        String words = query.text().strip();
        if (words.isEmpty() || !words.startsWith(answeredFor)) {
            // Typing on narrows the last answer, which may stay meanwhile; anything else would show wrong rows.
            answeredFor = "";
            found.set(Set.of());
        }
        if (words.isEmpty() || tooShort(words)) {
            pending = () -> { };
            return;
        }
        pending = debounce.schedule(() -> tracker.search(withWords(query, words)).whenComplete((ids, failure) -> {
            if (mine == generation && failure == null) {
                answeredFor = words;
                found.set(asSet(ids));
            }
        }));
    }

    /** The IDs the latest answered search found (empty while the text is blank). */
    ReadOnlyObjectProperty<Set<String>> foundProperty() {
        return found.getReadOnlyProperty();
    }

    /**
     * One Latin letter or digit starts half the words of a large history (the benchmark's worst case, ~50 ms over
     * 100,000 tasks) and the in-memory match already shows every ID and prompt containing it; one ideograph is a
     * word, so it is searched.
     */
    private static boolean tooShort(String words) {
        return words.codePointCount(0, words.length()) == 1 && !Character.isIdeographic(words.codePointAt(0));
    }

    private static SearchQuery withWords(SearchQuery q, String words) {
        return new SearchQuery(words, q.starredOnly(), q.tag(), q.kinds(), q.statuses(), q.resultTypes(),
                q.addedFrom(), q.addedBefore());
    }

    private static Set<String> asSet(List<String> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(ids);
    }
}
