package io.alephmonitor.ui.main;

import io.alephmonitor.ui.Controls;
import io.alephmonitor.ui.KindNames;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

import java.util.List;

/**
 * The header: paste field, kind chooser, Add and New task, Save and Remove for the selection, and a
 * <em>More</em> menu for what is used now and then (Check all, Settings, Export/Import, Help). Every
 * button shows its label at 1024 px and wider; the Table/Gallery switch ({@link #viewSwitch}) is placed
 * by the window, beside the filters.
 */
final class MainToolbar extends HBox {

    final PasteField pasteField = new PasteField();
    final ComboBox<String> kindChooser = new ComboBox<>();
    final Button add = button("Add", MaterialDesignP.PLUS, "Add every task ID found in the text (Enter)");
    final Button newTask = button("New task", MaterialDesignM.MOVIE_PLUS_OUTLINE, "Create a task on kie.ai (Aleph or a Market model) and track it");
    final Button save = button("Save", MaterialDesignC.CONTENT_SAVE_OUTLINE, "Save the selected finished videos (Ctrl+S)");
    final Button remove = button("Remove", MaterialDesignD.DELETE_OUTLINE, "Stop tracking the selected tasks — you can undo (Delete)");
    final ToggleButton tableView = toggle("Table", MaterialDesignT.TABLE, "Show the tasks as a table");
    final ToggleButton galleryView = toggle("Gallery", MaterialDesignV.VIEW_GRID_OUTLINE, "Show the results as a grid of thumbnails");
    final HBox viewSwitch = new HBox(tableView, galleryView);
    final MenuItem checkAll = item("Check all now (F5)", MaterialDesignR.REFRESH, "checkAll");
    final MenuItem compare = item("Compare selected (Ctrl+Shift+C)", MaterialDesignC.COMPARE, "compare");
    final MenuItem compareWithSource = item("Compare with source", MaterialDesignC.COMPARE_HORIZONTAL, "compareWithSource");
    final MenuItem settings = item("Settings…", MaterialDesignC.COG_OUTLINE, "settings");
    final MenuItem batches = item("Batch of tasks…", MaterialDesignF.FORMAT_LIST_NUMBERED, "batches");
    final MenuItem exportTasks = item("Export tasks…", MaterialDesignF.FILE_EXPORT_OUTLINE, "exportTasks");
    final MenuItem importTasks = item("Import tasks…", MaterialDesignF.FILE_IMPORT_OUTLINE, "importTasks");
    final MenuItem copyDiagnostics = item("Copy diagnostics", MaterialDesignC.CLIPBOARD_TEXT_OUTLINE, "copyDiagnostics");
    final MenuItem openLogFolder = item("Open log folder", MaterialDesignF.FOLDER_TEXT_OUTLINE, "openLogFolder");
    final MenuItem about = item("About Aleph Monitor", MaterialDesignI.INFORMATION_OUTLINE, "about");
    final MenuButton more = new MenuButton("More", new FontIcon(MaterialDesignM.MENU),
            checkAll, compare, compareWithSource, settings, new SeparatorMenuItem(), batches, exportTasks, importTasks,
            new SeparatorMenuItem(),
            copyDiagnostics, openLogFolder, about);

    MainToolbar(KindNames kinds) {
        Controls.layOutBar(this, "toolbar", 8, new Insets(10, 12, 10, 12), "main-toolbar");

        Controls.iconField(pasteField, "pasteField", MaterialDesignC.CONTENT_PASTE, "Paste task IDs or any text containing them…",
                "Paste one task ID or a whole block of text; every task ID in it is added");
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
        save.setId("saveButton");
        remove.setId("removeButton");
        more.setId("moreMenu");
        tip(more, "Check all now, compare two results, Settings, export or import the task list, diagnostics and About");

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
        viewSwitch.setId("viewSwitch");
        viewSwitch.setMinWidth(USE_PREF_SIZE);

        getChildren().addAll(pasteField, kindChooser, add, newTask, separator(), save, remove, separator(), more);

        // Labels never get cut to "Sav…": when the window is too narrow even for this short bar (under
        // about 1000 px), the buttons show their icons only (each keeps its tooltip) and the labels come
        // back once there is room.
        setMinWidth(0); // the window decides the width; the bar adapts to it (and clips only when even icons don't fit)
        widthProperty().addListener((obs, was, now) -> fitLabels(now.doubleValue()));
    }

    /** Every button of the bar, in order (for tests and the label fitting). */
    List<ButtonBase> buttons() {
        return List.of(add, newTask, save, remove, more);
    }

    /** Buttons that drop their labels in a narrow window; Add keeps its own as the main action. */
    private List<ButtonBase> collapsible() {
        return List.of(newTask, save, remove, more);
    }

    /** True while the collapsible buttons show icons only. */
    boolean compact() {
        return newTask.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
    }

    private double widthWithLabels = -1;

    private void fitLabels(double width) {
        if (!compact()) {
            widthWithLabels = widthNeededNow();
        }
        boolean wantCompact = width > 0 && width < widthWithLabels;
        if (wantCompact != compact()) {
            collapsible().forEach(b -> b.setContentDisplay(wantCompact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
        }
    }

    /** Every child at its preferred width, except the paste field, which may shrink to its minimum. */
    private double widthNeededNow() {
        double needed = snappedLeftInset() + snappedRightInset() + getSpacing() * (getChildren().size() - 1);
        for (Node child : getChildren()) {
            needed += child == pasteField ? pasteField.minWidth(-1) : child.prefWidth(-1);
        }
        return needed;
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

    private static MenuItem item(String text, Ikon icon, String id) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setMnemonicParsing(false);
        return item;
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
