package io.alephmonitor.ui;

import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.geometry.HPos;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders for the controls several views share, so they look and behave alike. */
public final class Controls {

    private Controls() {
    }

    /** A small flat button showing only an icon; its tooltip (also read by screen readers) says what it does. */
    public static Button iconButton(Ikon icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        return button;
    }

    /** Names a text field with an icon on its left: its id, the hint it shows while empty, its tooltip. */
    public static <F extends CustomTextField> F iconField(F field, String id, Ikon icon, String prompt, String tooltip) {
        field.setId(id);
        field.setPromptText(prompt);
        field.setLeft(new FontIcon(icon));
        field.setTooltip(new Tooltip(tooltip));
        return field;
    }

    /**
     * Makes a grid of names and their values: the names as wide as they need (aligned as given, or as their
     * cells say when null), the values taking the rest of the width.
     */
    public static GridPane namesAndValues(GridPane grid, double rowGap, HPos namesAlignment) {
        grid.setHgap(12);
        grid.setVgap(rowGap);
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(namesAlignment);
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        return grid;
    }

    /** Lays out a horizontal bar of the window: its id and style classes, children centred vertically from the left. */
    public static void layOutBar(HBox bar, String id, double spacing, Insets padding, String... styleClasses) {
        bar.setId(id);
        bar.getStyleClass().addAll(styleClasses);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setSpacing(spacing);
        bar.setPadding(padding);
    }
}
