package io.alephmonitor.ui.create;

import io.alephmonitor.model.CreateField;
import io.alephmonitor.ui.FieldError;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * One control per field of the shown create form, chosen by its {@link io.alephmonitor.model.FieldType}:
 * text with a live count against its limit, numbers with their range, a check box, a list of the
 * documented choices, links that say they must be public https; required fields marked, hints and
 * the field's problem shown under it. Control ids are {@code field-<name>}, messages {@code error-<name>}.
 */
final class FieldControls {

    static final String PUBLIC_HTTPS = "Must be a public https link kie.ai can download.";

    private FieldControls() {
    }

    /** The form's fields laid out as names and values. */
    static GridPane build(CreateFormViewModel model) {
        GridPane grid = io.alephmonitor.ui.Controls.namesAndValues(new GridPane(), 10, javafx.geometry.HPos.RIGHT);
        grid.setPadding(new Insets(8, 12, 8, 4));
        int row = 0;
        for (CreateField field : model.form().fields()) {
            StringProperty text = model.field(field.name());
            Control control = control(field, text);
            control.setId("field-" + field.name());
            control.setAccessibleText(field.label() + (field.required() ? ", required" : ""));
            control.setMaxWidth(Double.MAX_VALUE);
            Label name = new Label(field.label() + (field.required() ? " *" : ""));
            name.setLabelFor(control);
            name.setWrapText(true);
            name.setMaxWidth(190);
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setPadding(new Insets(5, 0, 0, 0));
            GridPane.setValignment(name, VPos.TOP);
            VBox value = new VBox(4, control);
            if (field.maxLength() != null && text != null) {
                Label count = new Label();
                count.setId("count-" + field.name());
                count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                javafx.beans.Observable[] limits = model.limitDependencies(field.name());
                javafx.beans.Observable[] watched = java.util.Arrays.copyOf(limits, limits.length + 1);
                watched[limits.length] = text;
                count.textProperty().bind(Bindings.createStringBinding(
                        () -> text.get().length() + " / " + model.maxLength(field.name()) + " characters", watched));
                value.getChildren().add(count);
            }
            value.getChildren().add(FieldError.of("error-" + field.name(), model.fieldError(field.name())));
            List<String> notes = new ArrayList<>();
            if (field.hint() != null) {
                notes.add(field.hint());
            }
            if (field.publicHttps()) {
                notes.add(PUBLIC_HTTPS);
            }
            if (!notes.isEmpty()) {
                Label note = new Label(String.join(" ", notes));
                note.setWrapText(true);
                note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                value.getChildren().add(note);
            }
            GridPane.setHgrow(value, javafx.scene.layout.Priority.ALWAYS);
            grid.addRow(row++, name, value);
        }
        return grid;
    }

    private static Control control(CreateField field, StringProperty text) {
        return switch (field.type()) {
            case LONG_TEXT, JSON, URL_LIST -> {
                TextArea area = bound(new TextArea(), text);
                area.setWrapText(true);
                area.setPrefRowCount(field.type() == io.alephmonitor.model.FieldType.JSON ? 8 : 3);
                area.setPromptText(field.type() == io.alephmonitor.model.FieldType.URL_LIST
                        ? "https://… (one link a line)" : null);
                yield area;
            }
            case BOOLEAN -> {
                CheckBox box = new CheckBox("Yes");
                box.setSelected("true".equals(text.get()));
                box.selectedProperty().addListener((obs, old, on) -> text.set(on ? "true" : "false"));
                text.addListener((obs, old, now) -> box.setSelected("true".equals(now)));
                yield box;
            }
            case CHOICE -> {
                ComboBox<String> choices = new ComboBox<>();
                if (!field.required()) {
                    choices.getItems().add("");
                }
                choices.getItems().addAll(field.choices());
                choices.setValue(text.get());
                choices.valueProperty().addListener((obs, old, now) -> text.set(now == null ? "" : now));
                text.addListener((obs, old, now) -> choices.setValue(now));
                yield choices;
            }
            case NUMBER, INTEGER -> {
                TextField number = bound(new TextField(), text);
                number.setPromptText(range(field));
                number.setPrefColumnCount(10);
                yield number;
            }
            case TEXT -> bound(new TextField(), text);
            case URL -> {
                TextField link = bound(new TextField(), text);
                link.setPromptText("https://…");
                yield link;
            }
        };
    }

    private static String range(CreateField field) {
        if (field.min() == null || field.max() == null) {
            return field.type() == io.alephmonitor.model.FieldType.INTEGER ? "A whole number" : "A number";
        }
        return plain(field.min()) + " – " + plain(field.max());
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    private static <T extends TextInputControl> T bound(T control, StringProperty text) {
        control.textProperty().bindBidirectional(text);
        return control;
    }

}
