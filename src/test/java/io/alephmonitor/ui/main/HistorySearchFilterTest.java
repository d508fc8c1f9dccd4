package io.alephmonitor.ui.main;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.TaskRowViewModel;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter field searches the whole history as the user types: the store's answer (parameters, track titles…)
 * joins the instant in-memory match, a keystroke waits for the debounce, and only the latest text's answer counts.
 */
class HistorySearchFilterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final FakeTaskTracker tracker = new FakeTaskTracker(clock, Runnable::run);
    private final List<Runnable> debounced = new ArrayList<>();

    private TaskListViewModel model() {
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "A red fox", clock.instant()),
                SampleTasks.task(SampleTasks.id(2), new TaskStatus.Running(), "A song", clock.instant()),
                SampleTasks.task(SampleTasks.id(3), new TaskStatus.NotFound(), "Blue sea", clock.instant()));
        return new TaskListViewModel(tracker, clock, KindNames.standard(), Runnable::run, action -> {
            debounced.add(action);
            return () -> debounced.remove(action);
        });
    }

    private static List<String> shown(TaskListViewModel vm) {
        return vm.sortedRows().stream().map(TaskRowViewModel::taskId).toList();
    }

    private void debounceElapses() {
        List<Runnable> due = List.copyOf(debounced);
        debounced.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void typingShowsTheInMemoryMatchAtOnceAndTheStoresAnswerWhenItComes() {
        TaskListViewModel vm = model();

        vm.filterTextProperty().set("harb");
        assertThat(shown(vm)).isEmpty();
        assertThat(tracker.searches).as("nothing asked before the debounce").isEmpty();

        debounceElapses();
        assertThat(tracker.searches).singleElement().satisfies(s -> assertThat(s.query().text()).isEqualTo("harb"));
        tracker.searches.getFirst().answer().complete(List.of(SampleTasks.id(2))); // "Harbour Lights", its track
        assertThat(shown(vm)).containsExactly(SampleTasks.id(2));

        vm.filterTextProperty().set("fox");
        assertThat(shown(vm)).as("another word: the old answer goes at once").containsExactly(SampleTasks.id(1));
    }

    @Test
    void onlyTheLatestTextIsSearchedAndAStaleAnswerIsDropped() {
        TaskListViewModel vm = model();

        vm.filterTextProperty().set("h");
        vm.filterTextProperty().set("ha");
        debounceElapses();
        assertThat(tracker.searches).extracting(s -> s.query().text()).containsExactly("ha");

        vm.filterTextProperty().set("har");
        debounceElapses();
        tracker.searches.get(1).answer().complete(List.of(SampleTasks.id(2)));
        tracker.searches.get(0).answer().complete(List.of(SampleTasks.id(3))); // "ha" answers last: stale
        assertThat(shown(vm)).containsExactly(SampleTasks.id(2));
    }

    @Test
    void aSingleLetterIsMatchedInMemoryOnlyButASingleIdeographIsSearched() {
        TaskListViewModel vm = model();

        vm.filterTextProperty().set("x");
        debounceElapses();
        assertThat(tracker.searches).isEmpty();
        assertThat(shown(vm)).containsExactly(SampleTasks.id(1));

        vm.filterTextProperty().set("猫");
        debounceElapses();
        assertThat(tracker.searches).extracting(s -> s.query().text()).containsExactly("猫");
    }

    @Test
    void theStatusSwitchStillNarrowsTheFoundTasksAndClearingTheTextShowsAll() {
        TaskListViewModel vm = model();
        vm.filterTextProperty().set("lyrics");
        debounceElapses();
        tracker.searches.getFirst().answer().complete(List.of(SampleTasks.id(2), SampleTasks.id(3)));

        vm.statusFilterProperty().set(StatusFilter.FAILED);
        assertThat(shown(vm)).containsExactly(SampleTasks.id(3));

        vm.statusFilterProperty().set(StatusFilter.ALL);
        vm.filterTextProperty().set("");
        assertThat(shown(vm)).hasSize(3);
    }
}
