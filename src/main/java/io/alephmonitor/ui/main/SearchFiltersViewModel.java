package io.alephmonitor.ui.main;

import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.TaskRowViewModel;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The search filters chosen on screen beside the filter field: starred only, one tag, one kind, one result type
 * and how recently a task was added. With the typed words they make ONE {@link SearchQuery} for the store
 * ({@link #query}); the same filters are checked on the loaded rows ({@link #matcher}), so choosing one narrows
 * the table at once, without waiting for the store. Each chosen filter is a {@link Chip} the user can remove.
 */
public final class SearchFiltersViewModel {

    /** A chosen filter as the chips row shows it: its words, and how to remove it. */
    public record Chip(String id, String label, Runnable remove) {
    }

    private final KindNames kindNames;
    private final BooleanProperty starredOnly = new SimpleBooleanProperty(this, "starredOnly", false);
    private final StringProperty tag = new SimpleStringProperty(this, "tag", null);
    private final StringProperty kind = new SimpleStringProperty(this, "kind", null);
    private final ObjectProperty<ResultType> resultType = new SimpleObjectProperty<>(this, "resultType", null);
    private final ObjectProperty<AddedWithin> added = new SimpleObjectProperty<>(this, "added", AddedWithin.ANY);

    SearchFiltersViewModel(KindNames kindNames) {
        this.kindNames = kindNames;
    }

    public BooleanProperty starredOnlyProperty() {
        return starredOnly;
    }

    /** Only tasks carrying this tag (ignoring case); null for any. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** Only tasks of this kind id; null for any. */
    public StringProperty kindProperty() {
        return kind;
    }

    /** Only tasks with a ready result of this type; null for any. */
    public ObjectProperty<ResultType> resultTypeProperty() {
        return resultType;
    }

    ObjectProperty<AddedWithin> addedProperty() {
        return added;
    }

    /** What a change of the filters depends on, for bindings. */
    List<ObservableValue<?>> dependencies() {
        return List.of(starredOnly, tag, kind, resultType, added);
    }

    /** Whether any filter is chosen. */
    public boolean any() {
        return starredOnly.get() || tag.get() != null || kind.get() != null || resultType.get() != null
                || added.get() != AddedWithin.ANY;
    }

    /** Removes every filter. */
    public void clear() {
        starredOnly.set(false);
        tag.set(null);
        kind.set(null);
        resultType.set(null);
        added.set(AddedWithin.ANY);
    }

    /** The words and these filters as one query of the whole history. */
    SearchQuery query(String text, Instant now, ZoneId zone) {
        return new SearchQuery(text, starredOnly.get(), tag.get(), kind.get() == null ? null : Set.of(kind.get()),
                null, resultType.get() == null ? null : Set.of(resultType.get()), added.get().from(now, zone), null);
    }

    /** The same filters checked on a loaded task; null when no filter is chosen. */
    Predicate<TrackedTask> matcher(Instant now, ZoneId zone) {
        if (!any()) {
            return null;
        }
        boolean star = starredOnly.get();
        String onlyTag = tag.get();
        String onlyKind = kind.get();
        ResultType type = resultType.get();
        Instant from = added.get().from(now, zone);
        return t -> (!star || t.starred())
                && (onlyTag == null || t.tags().stream().anyMatch(onlyTag::equalsIgnoreCase))
                && (onlyKind == null || onlyKind.equals(t.kind()))
                && (type == null || t.status().readyResults().stream().anyMatch(f -> f.type() == type))
                && (from == null || t.addedAt() == null || !t.addedAt().isBefore(from));
    }

    /** The chosen filters, in the order of the menu. */
    public List<Chip> chips() {
        List<Chip> chips = new ArrayList<>();
        if (starredOnly.get()) {
            chips.add(new Chip("starred", "Starred", () -> starredOnly.set(false)));
        }
        if (tag.get() != null) {
            chips.add(new Chip("tag", "Tag: " + tag.get(), () -> tag.set(null)));
        }
        if (kind.get() != null) {
            chips.add(new Chip("kind", "Kind: " + kindNames.displayName(kind.get()), () -> kind.set(null)));
        }
        if (resultType.get() != null) {
            chips.add(new Chip("type", "Results: " + typeLabel(resultType.get()), () -> resultType.set(null)));
        }
        if (added.get() != AddedWithin.ANY) {
            chips.add(new Chip("added", "Added: " + added.get(), () -> added.set(AddedWithin.ANY)));
        }
        return chips;
    }

    /** The tags in use on these rows, sorted ignoring case, each once (the first spelling seen). */
    static List<String> tagsInUse(Collection<TaskRowViewModel> rows) {
        TreeMap<String, String> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (TaskRowViewModel row : rows) {
            for (String t : row.task().tags()) {
                tags.putIfAbsent(t, t);
            }
        }
        return List.copyOf(tags.values());
    }

    /** "Videos", "Images"…: what a result-type choice is called. */
    static String typeLabel(ResultType type) {
        return switch (type) {
            case VIDEO -> "Videos";
            case IMAGE -> "Images";
            case AUDIO -> "Audio";
            case TEXT -> "Text";
        };
    }

    /** "12 of 3,400 tasks", or "3,400 tasks" when every task shows. */
    static String countText(int shown, int total) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT));
        String all = n.format(total) + (total == 1 ? " task" : " tasks");
        return shown == total ? all : n.format(shown) + " of " + all;
    }

    KindNames kindNames() {
        return kindNames;
    }
}
