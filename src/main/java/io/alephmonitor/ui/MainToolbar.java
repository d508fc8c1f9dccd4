package io.alephmonitor.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The header: paste field + Add, New task, Check all, Save, Remove, the Table/Gallery switch and Settings. */
final class MainToolbar extends HBox {

    final PasteField pasteField = new PasteField();
    final ComboBox<String> kindChooser = new ComboBox<>();
    final Button add = button("Add", MaterialDesignP.PLUS, "Add every task ID found in the text (Enter)");
    final Button newTask = button("New task", MaterialDesignM.MOVIE_PLUS_OUTLINE, "Create a task on kie.ai (Aleph or a Market model) and track it");
    final Button checkAll = button("Check all", MaterialDesignR.REFRESH, "Check every active task now (F5)");
    final Button save = button("Save", MaterialDesignC.CONTENT_SAVE_OUTLINE, "Save the selected finished videos (Ctrl+S)");
    final Button remove = button("Remove", MaterialDesignD.DELETE_OUTLINE, "Stop tracking the selected tasks — you can undo (Delete)");
    final ToggleButton tableView = toggle("Table", MaterialDesignT.TABLE, "Show the tasks as a table");
    final ToggleButton galleryView = toggle("Gallery", MaterialDesignV.VIEW_GRID_OUTLINE, "Show the results as a grid of thumbnails");
    final Button settings = button(null, MaterialDesignC.COG_OUTLINE, "Settings: API key, polling, saving, theme");

    MainToolbar(KindNames kinds) {
        setId("toolbar");
        getStyleClass().add("main-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(10, 12, 10, 12));

        pasteField.setId("pasteField");
        pasteField.setPromptText("Paste task IDs or any text containing them…");
        pasteField.setLeft(new FontIcon(MaterialDesignC.CONTENT_PASTE));
        pasteField.setTooltip(new Tooltip("Paste one task ID or a whole block of text; every task ID in it is added"));
        pasteField.setMinWidth(220);
        pasteField.setPrefWidth(440);
        HBox.setHgrow(pasteField, Priority.ALWAYS);
        kindChooser.setId("kindChooser");
        kindChooser.setMinWidth(USE_PREF_SIZE);
        kindChooser.getItems().setAll(kinds.choices());
        kindChooser.setConverter(kinds.converter());
        kindChooser.setTooltip(new Tooltip("The kind of task pasted IDs are added as; detected from the ID"
                + " or from kie.ai's answers when set to Detect automatically"));
        add.setId("addButton");
        add.getStyleClass().add(Styles.ACCENT);
        add.setDefaultButton(false);
        newTask.setId("newTaskButton");
        checkAll.setId("checkAllButton");
        save.setId("saveButton");
        remove.setId("removeButton");
        settings.setId("settingsButton");
        settings.getStyleClass().add(Styles.BUTTON_ICON);

        ToggleGroup views = new ToggleGroup();
        tableView.setToggleGroup(views);
        galleryView.setToggleGroup(views);
        tableView.setId("tableViewToggle");
        galleryView.setId("galleryViewToggle");
        tableView.getStyleClass().add(Styles.LEFT_PILL);
        galleryView.getStyleClass().add(Styles.RIGHT_PILL);
        tableView.setSelected(true);
        // A view switch always has one side chosen.
        views.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        HBox viewSwitch = new HBox(tableView, galleryView);

        getChildren().addAll(pasteField, kindChooser, add, newTask, separator(), checkAll, save, remove, separator(), viewSwitch, settings);
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPadding(new Insets(0, 4, 0, 4));
        return s;
    }

    private static Button button(String text, Ikon icon, String tooltip) {
        Button b = new Button(text, new FontIcon(icon));
        tip(b, tooltip);
        return b;
    }

    private static ToggleButton toggle(String text, Ikon icon, String tooltip) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        tip(b, tooltip);
        return b;
    }

    private static void tip(ButtonBase b, String tooltip) {
        b.setTooltip(new Tooltip(tooltip));
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE); // the paste field gives way first: a button never shrinks to '…'
    }
}
