package io.alephmonitor.ui.main;

import io.alephmonitor.ui.Controls;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.util.EnumMap;
import java.util.Map;

/** The filter line: a search of the whole history (see {@link HistorySearch}), its filters ({@link SearchFilterMenu}), and the All / Active / Done / Failed switch. */
final class FilterBar extends HBox {

    final CustomTextField filterField = new CustomTextField();
    final SearchFilterMenu filterMenu;
    final Map<StatusFilter, ToggleButton> statusButtons = new EnumMap<>(StatusFilter.class);

    FilterBar(TaskListViewModel model) {
        Controls.layOutBar(this, "filterBar", 8, new Insets(0, 12, 8, 12), "filter-bar");

        Controls.iconField(filterField, "filterField", MaterialDesignM.MAGNIFY, "Search prompts, parameters, tracks, IDs",
                "Show only tasks whose ID, prompt, kind, model, parameters, track titles or lyrics hold these words"
                        + " (word starts count; \"quotes\" for an exact phrase) (Ctrl+F)");
        filterField.setPrefWidth(300);
        filterField.setMinWidth(200); // a long add message gives way, not the filter or the status switch
        filterField.textProperty().bindBidirectional(model.filterTextProperty());
        Button clear = Controls.iconButton(MaterialDesignC.CLOSE, "Clear the filter");
        clear.getStyleClass().add(Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> filterField.clear());
        clear.visibleProperty().bind(filterField.textProperty().isNotEmpty());
        filterField.setRight(clear);

        ToggleGroup group = new ToggleGroup();
        HBox statuses = new HBox();
        StatusFilter[] values = StatusFilter.values();
        for (int i = 0; i < values.length; i++) {
            StatusFilter f = values[i];
            ToggleButton b = new ToggleButton(f.toString());
            b.setId("statusFilter" + f.toString());
            b.setMnemonicParsing(false);
            b.setMinWidth(USE_PREF_SIZE);
            b.setToggleGroup(group);
            b.setUserData(f);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setTooltip(new Tooltip(switch (f) {
                case ALL -> "Show every task";
                case ACTIVE -> "Show tasks still waiting or generating";
                case DONE -> "Show tasks with a finished video";
                case FAILED -> "Show failed, unknown and invalid tasks";
            }));
            statusButtons.put(f, b);
            statuses.getChildren().add(b);
        }
        statusButtons.get(model.statusFilterProperty().get()).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.statusFilterProperty().set((StatusFilter) now.getUserData());
            }
        });
        model.statusFilterProperty().addListener((obs, old, now) -> statusButtons.get(now).setSelected(true));
        Label message = new Label();
        message.setId("addMessage");
        message.getStyleClass().add("add-message");
        message.textProperty().bind(model.messageProperty());
        message.setGraphic(new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
        message.graphicProperty().get().visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(message, Priority.ALWAYS);
        filterMenu = new SearchFilterMenu(model.filters(), () -> SearchFiltersViewModel.tagsInUse(model.rows()));
        getChildren().addAll(filterField, filterMenu, statuses, message);
    }
}
