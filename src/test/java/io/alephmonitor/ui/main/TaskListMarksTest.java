package io.alephmonitor.ui.main;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.TaskRowViewModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Starring and tagging several rows through the task list's view model. */
class TaskListMarksTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final FakeTaskTracker tracker = new FakeTaskTracker(clock, Runnable::run);

    private TaskListViewModel modelWithThreeTasks() {
        tracker.preload(TrackedTask.added(SampleTasks.id(1), "aleph", clock.instant()),
                TrackedTask.added(SampleTasks.id(2), "aleph", clock.instant()),
                TrackedTask.added(SampleTasks.id(3), "aleph", clock.instant()));
        return new TaskListViewModel(tracker, clock);
    }

    private List<TaskRowViewModel> rows(TaskListViewModel vm, int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> vm.row(SampleTasks.id(n))).toList();
    }

    @Test
    void starringSeveralRowsStarsTheirTasksInOneCallAndSaysSo() {
        TaskListViewModel vm = modelWithThreeTasks();

        vm.setStarred(rows(vm, 1, 3), true);

        assertThat(tracker.markCalls).containsExactly(List.of(SampleTasks.id(1), SampleTasks.id(3)));
        assertThat(rows(vm, 1, 2, 3)).extracting(r -> r.task().starred()).containsExactly(true, false, true);
        assertThat(vm.messageProperty().get()).isEqualTo("Starred 2 tasks");
    }

    @Test
    void togglingStarsAMixedSelectionAndThenUnstarsIt() {
        TaskListViewModel vm = modelWithThreeTasks();
        vm.toggleStar(vm.row(SampleTasks.id(1)));

        vm.toggleStars(rows(vm, 1, 2));
        assertThat(rows(vm, 1, 2)).allMatch(r -> r.task().starred());

        vm.toggleStars(rows(vm, 1, 2));
        assertThat(rows(vm, 1, 2)).noneMatch(r -> r.task().starred());
    }

    @Test
    void aTagIsAddedToEverySelectedRowAndABadOneIsExplainedNotSent() {
        TaskListViewModel vm = modelWithThreeTasks();

        assertThat(vm.addTag(rows(vm, 2, 3), " trailer ")).isTrue();
        assertThat(vm.addTag(rows(vm, 2, 3), "x".repeat(41))).isFalse();

        assertThat(vm.messageProperty().get()).contains("at most 40");
        assertThat(tracker.markCalls).hasSize(1);
        assertThat(rows(vm, 1, 2, 3)).extracting(r -> r.task().tags())
                .containsExactly(List.of(), List.of("trailer"), List.of("trailer"));

        vm.removeTag(rows(vm, 2), "TRAILER");
        assertThat(vm.row(SampleTasks.id(2)).task().tags()).isEmpty();
    }
}
