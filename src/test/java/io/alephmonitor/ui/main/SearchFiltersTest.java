package io.alephmonitor.ui.main;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TaskMarks;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.FakeTaskTracker;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.SampleTasks;
import io.alephmonitor.ui.TaskRowViewModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters chosen beside the filter field: they narrow the loaded rows at once, make one query of the whole
 * history with the typed words, show as removable chips, and clearing the search shows every task again.
 */
class SearchFiltersTest {

    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final FakeTaskTracker tracker = new FakeTaskTracker(clock, Runnable::run);
    private final List<Runnable> debounced = new ArrayList<>();

    private static TrackedTask task(int n, String kind, Instant added, TaskStatus status, TaskMarks marks) {
        TrackedTask t = SampleTasks.task(SampleTasks.id(n), status, "prompt " + n, added);
        return new TrackedTask(t.taskId(), kind, added, status, t.params(), null, null, null, null, null, null,
                null, null, null, marks);
    }

    private TaskListViewModel model() {
        TaskStatus video = TaskStatus.Succeeded.of(List.of(new ResultFile.Video("https://x.test/a.mp4", null)), NOW);
        TaskStatus image = TaskStatus.Succeeded.of(List.of(new ResultFile.Image("https://x.test/b.png")), NOW);
        tracker.preload(
                task(1, "aleph", NOW.minus(Duration.ofHours(2)), video, new TaskMarks(true, List.of("Trailer"), null)),
                task(2, "aleph", NOW.minus(Duration.ofDays(3)), image, new TaskMarks(true, List.of("draft"), null)),
                task(3, "flux", NOW.minus(Duration.ofDays(20)), image, new TaskMarks(false, List.of("trailer"), null)),
                task(4, "flux", NOW.minus(Duration.ofDays(90)), new TaskStatus.Running(), TaskMarks.NONE));
        return new TaskListViewModel(tracker, clock, KindNames.standard(), Runnable::run, action -> {
            debounced.add(action);
            return () -> debounced.remove(action);
        });
    }

    private static List<Integer> shown(TaskListViewModel vm) {
        return vm.sortedRows().stream().map(r -> List.of(SampleTasks.id(1), SampleTasks.id(2), SampleTasks.id(3),
                SampleTasks.id(4)).indexOf(r.taskId()) + 1).toList();
    }

    @Test
    void eachFilterNarrowsTheLoadedRowsAtOnceWithoutAskingTheStore() {
        TaskListViewModel vm = model();
        SearchFiltersViewModel f = vm.filters();

        f.starredOnlyProperty().set(true);
        assertThat(shown(vm)).containsExactly(1, 2);
        f.starredOnlyProperty().set(false);
        f.tagProperty().set("TRAILER");
        assertThat(shown(vm)).as("a tag matches ignoring case").containsExactly(1, 3);
        f.tagProperty().set(null);
        f.kindProperty().set("flux");
        assertThat(shown(vm)).containsExactly(3, 4);
        f.kindProperty().set(null);
        f.resultTypeProperty().set(ResultType.IMAGE);
        assertThat(shown(vm)).containsExactly(2, 3);
        f.resultTypeProperty().set(null);
        f.addedProperty().set(AddedWithin.WEEK);
        assertThat(shown(vm)).containsExactly(1, 2);
        f.addedProperty().set(AddedWithin.TODAY);
        assertThat(shown(vm)).containsExactly(1);

        debounced.forEach(Runnable::run);
        assertThat(tracker.searches).as("no words: the filters are answered in memory").isEmpty();
    }

    @Test
    void theWordsAndTheFiltersGoToTheStoreAsOneQuery() {
        TaskListViewModel vm = model();
        vm.filters().starredOnlyProperty().set(true);
        vm.filters().tagProperty().set("trailer");
        vm.filters().kindProperty().set("aleph");
        vm.filters().resultTypeProperty().set(ResultType.VIDEO);
        vm.filters().addedProperty().set(AddedWithin.MONTH);

        vm.filterTextProperty().set("harbour");
        List.copyOf(debounced).forEach(Runnable::run);

        assertThat(tracker.searches).singleElement().satisfies(s -> assertThat(s.query()).isEqualTo(
                new SearchQuery("harbour", true, "trailer", Set.of("aleph"), null, Set.of(ResultType.VIDEO),
                        NOW.minus(Duration.ofDays(30)), null)));
        tracker.searches.getFirst().answer().complete(List.of(SampleTasks.id(1)));
        assertThat(shown(vm)).containsExactly(1);
    }

    @Test
    void chosenFiltersAreChipsThatRemoveThemselvesAndClearingShowsEveryTask() {
        TaskListViewModel vm = model();
        vm.filters().starredOnlyProperty().set(true);
        vm.filters().kindProperty().set("aleph");
        vm.filters().addedProperty().set(AddedWithin.TODAY);
        vm.statusFilterProperty().set(StatusFilter.DONE);

        assertThat(vm.filters().chips()).extracting(SearchFiltersViewModel.Chip::label)
                .containsExactly("Starred", "Kind: " + KindNames.standard().displayName("aleph"), "Added: Today");
        vm.filters().chips().getFirst().remove().run();
        assertThat(vm.filters().starredOnlyProperty().get()).isFalse();

        vm.filterTextProperty().set("prompt");
        vm.clearSearch();
        assertThat(vm.filters().any()).isFalse();
        assertThat((Object) vm.statusFilterProperty().get()).isEqualTo(StatusFilter.ALL);
        assertThat((Object) vm.filteredRows().getPredicate()).isNull();
        assertThat(shown(vm)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void theInMemoryMatchFollowsAPromptThatChangedAndAKindNamedByTheWords() {
        TaskListViewModel vm = model();
        vm.filterTextProperty().set("LIGHTHOUSE");
        assertThat(shown(vm)).isEmpty();

        TrackedTask t = vm.row(SampleTasks.id(3)).task();
        tracker.pushBatch(List.of(new TrackedTask(t.taskId(), t.kind(), t.addedAt(), t.status(),
                new io.alephmonitor.model.TaskParams("A Lighthouse at dusk", null, null, null, null, null, null),
                null, null, null, null, null, null, null, null, null, t.marks())));
        assertThat(shown(vm)).as("the row's kept lower-case text is made again for the new task").containsExactly(3);

        vm.filterTextProperty().set("flux");
        assertThat(shown(vm)).as("a kind named by its id").containsExactly(3, 4);
    }

    @Test
    void theTagsInUseAreOfferedOnceEachInOrder() {
        TaskListViewModel vm = model();
        List<TaskRowViewModel> rows = vm.rows();

        assertThat(SearchFiltersViewModel.tagsInUse(rows)).containsExactly("draft", "Trailer");
    }

    @Test
    void theCountSaysHowManyOfAllTasksShow() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        try {
            assertThat(SearchFiltersViewModel.countText(12, 3400)).isEqualTo("12 of 3,400 tasks");
            assertThat(SearchFiltersViewModel.countText(1, 1)).isEqualTo("1 task");
            assertThat(SearchFiltersViewModel.countText(0, 5)).isEqualTo("0 of 5 tasks");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
