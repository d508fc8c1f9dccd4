package io.alephmonitor.ui.main;

import atlantafx.base.theme.Styles;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.ArrayList;
import java.util.List;

/**
 * The line under the filter field while a search is on: a removable chip per chosen filter (and for the status
 * switch when it is not All), Clear all, and how many tasks show ("12 of 3,400 tasks").
 */
final class FilterChips extends HBox {

    private final TaskListViewModel model;
    private final HBox chips = new HBox(6);
    final Label count = new Label();

    FilterChips(TaskListViewModel model) {
        this.model = model;
        setId("filterChips");
        getStyleClass().add("filter-chips");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(0, 12, 6, 12));
        chips.setAlignment(Pos.CENTER_LEFT);
        count.setId("searchCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(USE_PREF_SIZE);
        Hyperlink clearAll = new Hyperlink("Clear all");
        clearAll.setId("clearSearch");
        clearAll.setAccessibleText("Clear the search words and every filter");
        clearAll.setOnAction(e -> model.clearSearch());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(chips, clearAll, gap, count);

        List<Observable> on = new ArrayList<>(model.filters().dependencies());
        on.add(model.statusFilterProperty());
        on.forEach(o -> o.addListener(x -> showChips()));
        count.textProperty().bind(Bindings.createStringBinding(
                () -> SearchFiltersViewModel.countText(model.filteredRows().size(), model.rows().size()),
                model.filteredRows(), model.rows()));
        managedProperty().bind(Bindings.createBooleanBinding(
                () -> model.filteredRows().getPredicate() != null, model.filteredRows().predicateProperty()));
        visibleProperty().bind(managedProperty());
        showChips();
    }

    private void showChips() {
        chips.getChildren().clear();
        if (model.statusFilterProperty().get() != StatusFilter.ALL) {
            StatusFilter status = model.statusFilterProperty().get();
            chips.getChildren().add(chip("status", "Status: " + status,
                    () -> model.statusFilterProperty().set(StatusFilter.ALL)));
        }
        for (SearchFiltersViewModel.Chip c : model.filters().chips()) {
            chips.getChildren().add(chip(c.id(), c.label(), c.remove()));
        }
    }

    private static Button chip(String id, String label, Runnable remove) {
        Button chip = new Button(label, new FontIcon(MaterialDesignC.CLOSE));
        chip.setId("chip-" + id);
        chip.setMnemonicParsing(false);
        chip.setContentDisplay(ContentDisplay.RIGHT);
        chip.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED, "filter-chip");
        chip.setAccessibleText("Remove the filter " + label);
        chip.setOnAction(e -> remove.run());
        return chip;
    }
}
