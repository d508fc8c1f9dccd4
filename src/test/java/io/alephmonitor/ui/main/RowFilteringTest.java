package io.alephmonitor.ui.main;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
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
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows are matched against the filter off the FX thread: a snapshot is tested, the answer is applied later,
 * a row that changed meanwhile is judged by its new task, the latest change wins, and "nothing filters" needs no
 * match at all. The match runner here runs each step when the test says so.
 */
class RowFilteringTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final FakeTaskTracker tracker = new FakeTaskTracker(clock, Runnable::run);

    /** One match waiting to run on the "background" thread, then to be applied "on the FX thread". */
    private record Match<T>(Supplier<T> work, Consumer<T> apply) {
        void runAndApply() {
            apply.accept(work.get());
        }

        /** The work runs now; the returned step applies its outcome (a later FX event). */
        Runnable run() {
            T outcome = work.get();
            return () -> apply.accept(outcome);
        }
    }

    private final List<Match<?>> matches = new ArrayList<>();
    private final MatchRunner queued = new MatchRunner() {
        @Override
        public <T> void run(int rows, Supplier<T> work, Consumer<T> apply) {
            matches.add(new Match<>(work, apply));
        }
    };

    private TaskListViewModel model() {
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "A red fox", clock.instant()),
                SampleTasks.task(SampleTasks.id(2), new TaskStatus.Running(), "A song", clock.instant()),
                SampleTasks.task(SampleTasks.id(3), new TaskStatus.NotFound(), "Blue sea", clock.instant()));
        return new TaskListViewModel(tracker, clock, KindNames.standard(), Runnable::run, action -> () -> { },
                queued);
    }

    private static List<String> shown(TaskListViewModel vm) {
        return vm.filteredRows().stream().map(TaskRowViewModel::taskId).toList();
    }

    private static TrackedTask withPrompt(TrackedTask t, String prompt) {
        return SampleTasks.task(t.taskId(), t.status(), prompt, t.addedAt());
    }

    @Test
    void theTableKeepsThePreviousRowsUntilTheMatchIsAppliedThenShowsItsAnswer() {
        TaskListViewModel vm = model();

        vm.filterTextProperty().set("fox");
        assertThat(shown(vm)).as("nothing applied yet").hasSize(3);
        assertThat(matches).hasSize(1);

        matches.removeFirst().runAndApply();
        assertThat(shown(vm)).containsExactly(SampleTasks.id(1));
    }

    @Test
    void aRowUpdatedBeforeItsMatchRunsIsShownOrHiddenByItsNewTask() {
        TaskListViewModel vm = model();
        vm.filterTextProperty().set("fox");
        Match<?> match = matches.removeFirst();

        // a poll's batch lands after the keystroke, before the match thread runs
        tracker.update(List.of(SampleTasks.id(1)), t -> withPrompt(t, "A grey wolf"));
        tracker.update(List.of(SampleTasks.id(2)), t -> withPrompt(t, "A fox song"));
        match.runAndApply();

        assertThat(shown(vm)).containsExactly(SampleTasks.id(2));
    }

    @Test
    void aRowUpdatedWhileItsAnswerWaitsForTheFxThreadIsShownOrHiddenByItsNewTask() {
        TaskListViewModel vm = model();
        vm.filterTextProperty().set("fox");
        Runnable apply = matches.removeFirst().run();

        // the batch lands between the match and its answer reaching the FX thread: the kept answers are stale
        tracker.update(List.of(SampleTasks.id(1)), t -> withPrompt(t, "A grey wolf"));
        tracker.update(List.of(SampleTasks.id(2)), t -> withPrompt(t, "A fox song"));
        apply.run();

        assertThat(shown(vm)).containsExactly(SampleTasks.id(2));
    }

    @Test
    void aRowUpdatedAfterTheAnswerIsTestedAgainByItsNewTask() {
        TaskListViewModel vm = model();
        vm.filterTextProperty().set("fox");
        matches.removeFirst().runAndApply();

        tracker.update(List.of(SampleTasks.id(3)), t -> withPrompt(t, "A fox at sea"));

        assertThat(shown(vm)).containsExactlyInAnyOrder(SampleTasks.id(1), SampleTasks.id(3));
        assertThat(matches).as("an update needs no new match of every row").isEmpty();
    }

    @Test
    void aNewerKeystrokesAnswerWinsOverAnOlderOneThatFinishesLater() {
        TaskListViewModel vm = model();
        vm.filterTextProperty().set("a");
        vm.filterTextProperty().set("a s");
        Match<?> older = matches.removeFirst();
        Match<?> newer = matches.removeFirst();

        newer.runAndApply();
        assertThat(shown(vm)).containsExactly(SampleTasks.id(2));
        older.runAndApply(); // "a" would show every row
        assertThat(shown(vm)).as("the older answer is dropped").containsExactly(SampleTasks.id(2));
    }

    @Test
    void anOverwrittenMatchStopsAndItsLateAnswerChangesNothing() {
        TaskListViewModel vm = model();
        vm.filterTextProperty().set("fox");
        Match<?> older = matches.removeFirst();
        vm.filterTextProperty().set("sea");

        assertThat(older.work().get()).as("a match overtaken before it ran tests no row").isEqualTo(false);
        matches.removeFirst().runAndApply();
        assertThat(shown(vm)).containsExactly(SampleTasks.id(3));
    }

    @Test
    void whenNothingFiltersAnyMoreEveryRowShowsAtOnceWithoutAMatch() {
        TaskListViewModel vm = model();
        vm.filterTextProperty().set("fox");
        Match<?> pending = matches.removeFirst();
        matches.clear();

        vm.filterTextProperty().set("");
        assertThat(matches).as("no match asked").isEmpty();
        assertThat(shown(vm)).hasSize(3);
        assertThat(vm.filteredRows().getPredicate()).isNull();

        pending.runAndApply();
        assertThat(shown(vm)).as("the older filter's late answer is dropped").hasSize(3);
    }

    @Test
    void theStatusSwitchIsMatchedTheSameWay() {
        TaskListViewModel vm = model();
        vm.statusFilterProperty().set(StatusFilter.ACTIVE);
        matches.removeFirst().runAndApply();

        assertThat(shown(vm)).containsExactly(SampleTasks.id(1), SampleTasks.id(2));
    }
}
