package io.alephmonitor.ui.detail;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;

/** The family section's questions as dialogs (FX thread; they wait for the user, not for I/O). */
final class FamilyDialogs implements FamilyView.Asker {

    static final FamilyDialogs INSTANCE = new FamilyDialogs();

    private FamilyDialogs() {
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public String text(String title, String question) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        return dialog.showAndWait().orElse(null);
    }
}
