package io.alephmonitor.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The small red line under a form field: shown (and taking room) only while its message is not null. */
public final class FieldError {

    private FieldError() {
    }

    /** A label with this id that follows {@code message}. */
    public static Label of(String id, ObservableStringValue message) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        label.textProperty().bind(message);
        label.visibleProperty().bind(Bindings.isNotNull(message));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
