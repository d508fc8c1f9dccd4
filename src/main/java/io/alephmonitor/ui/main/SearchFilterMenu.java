package io.alephmonitor.ui.main;

import io.alephmonitor.model.ResultType;
import javafx.beans.property.Property;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Filters button beside the filter field: a menu (keyboard reachable: Tab to it, Space or Down to open,
 * arrows and Enter) with Starred only, a Tag among the tags in use, a Kind, a Result type and how recently a task
 * was added. The menu is built afresh each time it opens, from the filters' current values.
 */
final class SearchFilterMenu extends MenuButton {

    private final SearchFiltersViewModel filters;
    private final Supplier<List<String>> tagsInUse;
    private final CheckMenuItem starred = new CheckMenuItem("Starred only");
    private final Menu tag = new Menu("Tag");
    private final List<Runnable> refreshes = new ArrayList<>();

    SearchFilterMenu(SearchFiltersViewModel filters, Supplier<List<String>> tagsInUse) {
        super("Filters", new FontIcon(MaterialDesignF.FILTER_VARIANT));
        this.filters = filters;
        this.tagsInUse = tagsInUse;
        setId("searchFilters");
        setMnemonicParsing(false);
        setMinWidth(USE_PREF_SIZE);
        setAccessibleText("Search filters: starred, tag, kind, result type, date added");
        setTooltip(new Tooltip("Show only starred tasks, or tasks with a tag, of a kind, with a type of result,"
                + " added lately; the chosen filters show as chips under the field"));
        build();
        refresh();
        setOnShowing(e -> refresh());
    }

    /** Builds the items once; each opening shows the current choices and the tags in use now. */
    private void build() {
        starred.setId("filterStarred");
        starred.setOnAction(e -> filters.starredOnlyProperty().set(starred.isSelected()));
        tag.setId("filterTag");
        tag.setMnemonicParsing(false);
        List<String> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(filters.kindNames().kindIds());
        Menu kind = choices(new Menu("Kind"), "filterKind", filters.kindProperty(), kinds,
                k -> k == null ? "Any kind" : filters.kindNames().displayName(k));
        List<ResultType> types = new ArrayList<>();
        types.add(null);
        types.addAll(List.of(ResultType.values()));
        Menu type = choices(new Menu("Result type"), "filterType", filters.resultTypeProperty(), types,
                t -> t == null ? "Any result" : SearchFiltersViewModel.typeLabel(t));
        Menu added = choices(new Menu("Added"), "filterAdded", filters.addedProperty(),
                List.of(AddedWithin.values()), AddedWithin::toString);
        MenuItem clear = new MenuItem("Clear filters");
        clear.setId("filterClear");
        clear.setOnAction(e -> filters.clear());
        refreshes.add(() -> clear.setDisable(!filters.any()));
        getItems().setAll(starred, tag, kind, type, added, new SeparatorMenuItem(), clear);
    }

    private void refresh() {
        starred.setSelected(filters.starredOnlyProperty().get());
        List<String> tags = new ArrayList<>();
        tags.add(null);
        tags.addAll(tagsInUse.get());
        if (filters.tagProperty().get() != null && !tags.contains(filters.tagProperty().get())) {
            tags.add(filters.tagProperty().get());
        }
        tag.getItems().clear();
        refreshes.removeIf(r -> r instanceof TagRefresh);
        choices(tag, "filterTag", filters.tagProperty(), tags, t -> t == null ? "Any tag" : t);
        if (tags.size() == 1) {
            MenuItem none = new MenuItem("No tags yet: add one with the selection's Add tag…");
            none.setDisable(true);
            tag.getItems().add(none);
        }
        refreshes.forEach(Runnable::run);
    }

    /** Marks the refreshes of the tag menu's items, dropped when it is rebuilt. */
    private interface TagRefresh extends Runnable {
    }

    private <T> Menu choices(Menu menu, String id, Property<T> chosen, List<T> values,
                             java.util.function.Function<T, String> label) {
        menu.setId(id);
        menu.setMnemonicParsing(false);
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem(label.apply(value));
            item.setId(id + "-" + label.apply(value).toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", "-"));
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            Runnable select = () -> item.setSelected(java.util.Objects.equals(value, chosen.getValue()));
            refreshes.add(menu == tag ? (TagRefresh) select::run : select);
            item.setOnAction(e -> chosen.setValue(value));
            menu.getItems().add(item);
        }
        return menu;
    }
}
