package io.alephmonitor.ui.detail;

import javafx.scene.control.TextInputControl;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Small building blocks shared by the detail pane's sections. */
final class DetailControls {

    static final String MONOSPACE = "-fx-font-family: 'JetBrains Mono', 'Cascadia Mono', 'DejaVu Sans Mono', monospace;";

    private DetailControls() {
    }

    /** A section heading. */
    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    /** Text the user can select and copy but not edit, looking like a label. */
    static TextField selectableLine(String id) {
        TextField field = readOnly(new TextField(), id);
        // Read-only text: the copy buttons are the keyboard route, and focus would select it all on open.
        field.setFocusTraversable(false);
        field.getStyleClass().add(Styles.FLAT);
        field.setStyle("-fx-background-color: transparent; -fx-padding: 2 0 2 0;");
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    /** Several lines of wrapped, selectable, read-only text. */
    static TextArea selectableBlock(String id) {
        TextArea area = readOnly(new TextArea(), id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return area;
    }

    private static <T extends TextInputControl> T readOnly(T control, String id) {
        control.setId(id);
        control.setEditable(false);
        control.setMaxWidth(Double.MAX_VALUE);
        return control;
    }


    /** A row of controls, vertically centred. */
    static HBox row(double spacing, javafx.scene.Node... nodes) {
        HBox box = new HBox(spacing, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Rows needed to show {@code text} in an area about {@code charsPerRow} wide, between min and max. */
    static int rowsFor(String text, int charsPerRow, int min, int max) {
        if (text == null || text.isEmpty()) {
            return min;
        }
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            rows += Math.max(1, (line.length() + charsPerRow - 1) / charsPerRow);
        }
        return Math.clamp(rows, min, max);
    }
}
