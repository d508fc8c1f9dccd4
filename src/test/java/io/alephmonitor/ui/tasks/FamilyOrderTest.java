package io.alephmonitor.ui.tasks;

import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.TaskRowViewModel;

import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** "Group families": children right under their parent, whatever the table's sort, with filters on too. */
class FamilyOrderTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final ObservableList<TaskRowViewModel> all = FXCollections.observableArrayList();
    private final FilteredList<TaskRowViewModel> filtered = new FilteredList<>(all);
    private final SortedList<TaskRowViewModel> sorted = new SortedList<>(filtered);
    private final SimpleObjectProperty<Comparator<TaskRowViewModel>> tableSort = new SimpleObjectProperty<>();
    private final FamilyOrder families = FamilyOrder.over(sorted);

    {
        sorted.comparatorProperty().bind(families.comparator(tableSort));
    }

    private static TaskRowViewModel row(String id, int minute, String prompt, String parent) {
        return new TaskRowViewModel(new TrackedTask(id, "veo", T0.plusSeconds(60L * minute), new TaskStatus.Pending(),
                new TaskParams(prompt, null, null, null, null, null, null), null, null, null, null, null, null, null,
                null, null, null, parent == null ? null : new TaskOrigin(parent, TaskOrigin.Relation.EXTENDED)));
    }

    private static final Comparator<TaskRowViewModel> NEWEST_FIRST =
            Comparator.comparing((TaskRowViewModel r) -> r.task().addedAt()).reversed();

    @Test
    void groupingPutsEachChildRightUnderItsParentUnderTheTablesSort() {
        all.addAll(row("parent", 0, "b", null), row("other", 1, "a", null), row("child", 2, "c", "parent"),
                row("grandchild", 3, "d", "child"));
        tableSort.set(NEWEST_FIRST);
        assertThat(sorted).extracting(TaskRowViewModel::taskId).containsExactly("grandchild", "child", "other", "parent");

        families.groupedProperty().set(true);

        assertThat(sorted).extracting(TaskRowViewModel::taskId).containsExactly("other", "parent", "child", "grandchild");
        assertThat(families.glyph(sorted.get(2))).isEqualTo("└ ");
        assertThat(families.glyph(sorted.get(3))).isEqualTo("  └ ");
        assertThat(families.glyph(sorted.get(1))).isEmpty();
    }

    @Test
    void unsortedGroupingKeepsTheOrderTasksWereAddedInAndUngroupingRestoresTheTablesOrder() {
        all.addAll(row("parent", 0, "b", null), row("other", 1, "a", null), row("child", 2, "c", "parent"));
        families.groupedProperty().set(true);
        assertThat(sorted).extracting(TaskRowViewModel::taskId).containsExactly("parent", "child", "other");

        families.groupedProperty().set(false);
        tableSort.set(NEWEST_FIRST);
        assertThat(sorted).extracting(TaskRowViewModel::taskId).containsExactly("child", "other", "parent");
        assertThat(families.glyph(sorted.getFirst())).isEmpty();
    }

    @Test
    void aChildWhoseParentIsFilteredOutStaysVisibleWhereItsParentWouldBe() {
        all.addAll(row("parent", 0, "dog", null), row("other", 1, "cat", null), row("child", 2, "cat too", "parent"));
        tableSort.set(NEWEST_FIRST);
        families.groupedProperty().set(true);

        filtered.setPredicate(r -> r.task().params().prompt().contains("cat"));

        assertThat(sorted).extracting(TaskRowViewModel::taskId).containsExactly("other", "child");
    }

    @Test
    void aChildWhoseParentIsNotTrackedStandsOnItsOwn() {
        all.addAll(row("orphan", 0, "x", "gone"), row("later", 1, "y", null));
        tableSort.set(NEWEST_FIRST);
        families.groupedProperty().set(true);

        assertThat(sorted).extracting(TaskRowViewModel::taskId).containsExactly("later", "orphan");
        assertThat(families.glyph(sorted.get(1))).isEmpty();
    }

    @Test
    void aChildAddedLaterLandsUnderItsParent() {
        all.addAll(row("parent", 0, "b", null), row("other", 1, "a", null));
        tableSort.set(NEWEST_FIRST);
        families.groupedProperty().set(true);

        all.add(row("child", 5, "c", "parent"));

        assertThat(sorted).extracting(TaskRowViewModel::taskId).containsExactly("other", "parent", "child");
    }
}
