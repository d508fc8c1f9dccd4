package io.alephmonitor.ui.main;

import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.TaskRowViewModel;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TaskListViewModelTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final FakeTaskTracker tracker = new FakeTaskTracker(clock, Runnable::run);

    @Test
    void tasksAlreadyTrackedAppearAsRowsInTheOrderTheyWereAdded() {
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "a cat", clock.instant()),
                SampleTasks.task(SampleTasks.id(2), new TaskStatus.Pending(), "a dog", clock.instant()));
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);
        assertThat(vm.rows()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(1), SampleTasks.id(2));
    }

    @Test
    void aBatchUpdatesTheExistingRowObjectsInPlace() {
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "a cat", clock.instant()));
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);
        TaskRowViewModel before = vm.rows().getFirst();

        tracker.update(List.of(SampleTasks.id(1)), FakeTaskTracker.to(new TaskStatus.Failed(500, "Content policy")));

        assertThat(vm.rows()).hasSize(1).first().isSameAs(before);
        assertThat(before.status()).isEqualTo(new TaskStatus.Failed(500, "Content policy"));
    }

    private record TenThousand(FakeTaskTracker tracker, TaskListViewModel model, ArrayDeque<Runnable> later,
                               List<TrackedTask> tasks, List<ListChangeListener.Change<?>> changes,
                               List<List<TrackedTask>> announced) {
    }

    /** 10,000 running tasks in a model filtered to active ones; "later" holds what waits for the next FX event. */
    private static TenThousand tenThousandRunning() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        FakeTaskTracker tracker = new FakeTaskTracker(clock, Runnable::run);
        List<TrackedTask> many = IntStream.range(0, 10_000)
                .mapToObj(i -> SampleTasks.task(SampleTasks.id(i), new TaskStatus.Running(), "prompt " + i, clock.instant()))
                .toList();
        tracker.preload(many.toArray(TrackedTask[]::new));
        ArrayDeque<Runnable> later = new ArrayDeque<>();
        TaskListViewModel vm = new TaskListViewModel(tracker, clock, KindNames.standard(), later::add);
        vm.statusFilterProperty().set(StatusFilter.ACTIVE);
        List<ListChangeListener.Change<?>> changes = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<TaskRowViewModel>) changes::add);
        List<List<TrackedTask>> announced = new ArrayList<>();
        vm.addFinishListener(announced::add);
        return new TenThousand(tracker, vm, later, many, changes, announced);
    }

    private static List<TrackedTask> allSucceeded(List<TrackedTask> tasks) {
        return tasks.stream().map(t -> t.withStatus(SampleTasks.succeeded(t.taskId(), t.addedAt()))).toList();
    }

    @Test
    void aBatchOfTenThousandChangesIsAppliedInSlicesWithTheFxThreadFreeBetweenThem() {
        TenThousand t = tenThousandRunning();
        assertThat(t.model().rows()).hasSize(10_000); // the first load is new rows only: applied at once

        t.tracker().pushBatch(allSucceeded(t.tasks()));

        assertThat(t.changes()).hasSize(1);
        assertThat(t.model().sortedRows()).hasSize(10_000 - RowBatches.ROW_UPDATES_PER_EVENT);
        assertThat(t.later()).as("the rest waits for a later FX event").hasSize(1);
        int events = 1;
        while (!t.later().isEmpty()) {
            t.later().poll().run();
            events++;
        }
        assertThat(events).isEqualTo(10_000 / RowBatches.ROW_UPDATES_PER_EVENT);
        assertThat(t.changes()).hasSize(events).allSatisfy(c -> {
            c.next();
            assertThat(c.wasUpdated()).isTrue();
        });
        assertThat(t.model().sortedRows()).isEmpty();
        assertThat(t.announced()).as("one finish notice for the whole batch").hasSize(1);
        assertThat(t.announced().getFirst()).hasSize(10_000);
    }

    @Test
    void aBatchArrivingWhileAnotherIsHalfAppliedWaitsItsTurnSoARemovalIsNeverUndone() {
        TenThousand t = tenThousandRunning();
        String lastId = t.tasks().getLast().taskId();

        t.tracker().pushBatch(allSucceeded(t.tasks()));
        t.tracker().remove(List.of(lastId)); // its older update is still waiting in a later slice
        while (!t.later().isEmpty()) {
            t.later().poll().run();
        }

        assertThat(t.model().row(lastId)).isNull();
        assertThat(t.model().rows()).hasSize(9_999);
        assertThat(t.later()).isEmpty();
    }

    @Test
    void anAnswerThatOnlyMovesPollTimesUpdatesTheRowWithoutAListChange() {
        TrackedTask running = SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "a cat", clock.instant());
        tracker.preload(running);
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);
        List<ListChangeListener.Change<?>> changes = new ArrayList<>();
        vm.sortedRows().addListener((ListChangeListener<TaskRowViewModel>) changes::add);

        TrackedTask polled = running.withSchedule(clock.instant(), clock.instant().plusSeconds(30));
        tracker.pushBatch(List.of(polled));

        assertThat(vm.row(SampleTasks.id(1)).task()).isEqualTo(polled);
        assertThat(changes).isEmpty();
    }

    @Test
    void whileTheOrderCannotChangeAndNothingIsFilteredAFinishedTaskUpdatesOnlyItsRow() {
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "a cat", clock.instant()));
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);
        vm.orderFollowsTaskChangesProperty().set(false);
        List<ListChangeListener.Change<?>> changes = new ArrayList<>();
        vm.sortedRows().addListener((ListChangeListener<TaskRowViewModel>) changes::add);

        tracker.update(List.of(SampleTasks.id(1)), FakeTaskTracker.to(SampleTasks.succeeded(SampleTasks.id(1), clock.instant())));
        assertThat(vm.row(SampleTasks.id(1)).status()).isInstanceOf(TaskStatus.Succeeded.class);
        assertThat(changes).isEmpty();

        vm.statusFilterProperty().set(StatusFilter.ACTIVE);
        assertThat(vm.sortedRows()).isEmpty();
    }

    @Test
    void withAFilterSetAFinishedTaskStillLeavesTheFilteredRows() {
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "a cat", clock.instant()));
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);
        vm.orderFollowsTaskChangesProperty().set(false);
        vm.statusFilterProperty().set(StatusFilter.ACTIVE);

        tracker.update(List.of(SampleTasks.id(1)), FakeTaskTracker.to(SampleTasks.succeeded(SampleTasks.id(1), clock.instant())));

        assertThat(vm.sortedRows()).isEmpty();
    }

    @Test
    void scatteredChangedRowsReachTheSortedRowsAsOneContiguousUpdate() {
        List<TrackedTask> many = IntStream.range(0, 30)
                .mapToObj(i -> SampleTasks.task(SampleTasks.id(i), new TaskStatus.Running(), "prompt " + i, clock.instant()))
                .toList();
        tracker.preload(many.toArray(TrackedTask[]::new));
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);
        vm.sortOrderProperty().set(java.util.Comparator.comparing(TaskRowViewModel::taskId));
        List<String> subChanges = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<TaskRowViewModel>) c -> {
            while (c.next()) {
                subChanges.add(c.wasUpdated() ? "updated " + c.getFrom() + ".." + c.getTo() : "other");
            }
        });

        tracker.pushBatch(IntStream.range(0, 30).filter(i -> i % 3 == 1).mapToObj(many::get)
                .map(t -> t.withStatus(SampleTasks.succeeded(t.taskId(), clock.instant()))).toList());

        assertThat(subChanges).containsExactly("updated 1..29");
        assertThat(vm.sortedRows()).extracting(TaskRowViewModel::taskId)
                .containsExactlyElementsOf(many.stream().map(TrackedTask::taskId).sorted().toList());
    }

    @Test
    void textFilterMatchesTaskIdAndPromptAndStatusFilterNarrowsFurther() {
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "A red fox in snow", clock.instant()),
                SampleTasks.task(SampleTasks.id(2), SampleTasks.succeeded(SampleTasks.id(2), clock.instant()), "Red car", clock.instant()),
                SampleTasks.task(SampleTasks.id(3), new TaskStatus.NotFound(), "Blue sea", clock.instant()));
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);

        vm.filterTextProperty().set("red");
        assertThat(vm.sortedRows()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(1), SampleTasks.id(2));
        vm.statusFilterProperty().set(StatusFilter.DONE);
        assertThat(vm.sortedRows()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(2));
        vm.filterTextProperty().set(SampleTasks.id(3).substring(0, 13));
        vm.statusFilterProperty().set(StatusFilter.FAILED);
        assertThat(vm.sortedRows()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(3));
    }

    @Test
    void textFilterMatchesTheKindByItsIdShortOrFullNameAndDetectingTasksByDetecting() {
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "a fox", clock.instant()),
                TrackedTask.added("veo_task_abcdef123456", "veo", clock.instant()),
                TrackedTask.added("task_kling-2.6_1765182425861", "market", clock.instant()),
                TrackedTask.added(SampleTasks.id(4), TrackedTask.AUTO_KIND, clock.instant()));
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);

        vm.filterTextProperty().set("Veo 3.1");
        assertThat(vm.sortedRows()).extracting(TaskRowViewModel::taskId).containsExactly("veo_task_abcdef123456");
        vm.filterTextProperty().set("market");
        assertThat(vm.sortedRows()).extracting(TaskRowViewModel::taskId).containsExactly("task_kling-2.6_1765182425861");
        vm.filterTextProperty().set("aleph");
        assertThat(vm.sortedRows()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(1));
        vm.filterTextProperty().set("detecting");
        assertThat(vm.sortedRows()).extracting(TaskRowViewModel::taskId).containsExactly(SampleTasks.id(4));
    }

    @Test
    void aDefaultKindThisVersionDoesNotKnowFallsBackToDetectAutomatically() {
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);
        assertThat(vm.defaultKindProperty().get()).isEqualTo(TrackedTask.AUTO_KIND);

        vm.defaultKindProperty().set("market");
        assertThat(vm.defaultKindProperty().get()).isEqualTo("market");
        vm.defaultKindProperty().set("sora-from-a-newer-version");
        assertThat(vm.defaultKindProperty().get()).isEqualTo(TrackedTask.AUTO_KIND);
        assertThat(io.alephmonitor.settings.Settings.DETECT_KIND).as("the settings' word for detect").isEqualTo(TrackedTask.AUTO_KIND);
    }

    @Test
    void unrecognisedIdsCanOnlyBeAddedAsARealKind() {
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> vm.addUnrecognisedAs(TrackedTask.AUTO_KIND)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTaskWhoseFirstPollFindsItAlreadyFinishedIsNotAnnounced() {
        tracker.preload(SampleTasks.task(SampleTasks.id(3), new TaskStatus.Pending(), "z", clock.instant()));
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);
        List<String> announced = new ArrayList<>();
        vm.addFinishListener(batch -> batch.forEach(t -> announced.add(t.taskId())));

        tracker.update(List.of(SampleTasks.id(3)), t -> t.withStatus(new TaskStatus.Failed(400, "moderated")));

        assertThat(announced).isEmpty();
    }

    @Test
    void aTaskIsAnnouncedOnceWhenItFinishesButNotWhenItWasAlreadyFinishedAtStart() {
        tracker.preload(SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "x", clock.instant()),
                SampleTasks.task(SampleTasks.id(2), SampleTasks.succeeded(SampleTasks.id(2), clock.instant()), "y", clock.instant()));
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);
        List<String> announced = new ArrayList<>();
        vm.addFinishListener(batch -> batch.forEach(t -> announced.add(t.taskId())));

        tracker.update(List.of(SampleTasks.id(1), SampleTasks.id(2)),
                t -> t.withStatus(SampleTasks.succeeded(t.taskId(), clock.instant())).withLastError(null));
        tracker.update(List.of(SampleTasks.id(1)), t -> t.withSavedPath(java.nio.file.Path.of("x.mp4")));

        assertThat(announced).containsExactly(SampleTasks.id(1));
    }

    @Test
    void removedTasksComeBackUnchangedOnUndo() {
        TrackedTask original = SampleTasks.task(SampleTasks.id(1), new TaskStatus.Running(), "x", clock.instant());
        tracker.preload(original);
        TaskListViewModel vm = new TaskListViewModel(tracker, clock);

        List<TrackedTask> removed = vm.remove(List.copyOf(vm.rows()));
        assertThat(vm.rows()).isEmpty();
        vm.undoRemove(removed);

        assertThat(vm.rows()).extracting(TaskRowViewModel::task).containsExactly(original);
    }
}
