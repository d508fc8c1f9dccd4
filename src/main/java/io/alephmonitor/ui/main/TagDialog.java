package io.alephmonitor.ui.main;

import io.alephmonitor.model.TaskMarks;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;

import java.util.Optional;

/** The small dialog of "Add tag…": one field; OK stays disabled while the text cannot be a tag, and says why. */
final class TagDialog {

    private TagDialog() {
    }

    /** Asks for one tag for this many tasks; empty when the user cancels. */
    static Optional<String> ask(int taskCount) {
        TextInputDialog dialog = new TextInputDialog();
        // over the window the user works in, not wherever the platform puts an ownerless dialog
        javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage && w.isFocused()).findFirst()
                .ifPresent(dialog::initOwner);
        dialog.setTitle("Add tag");
        dialog.setHeaderText("Tag " + (taskCount == 1 ? "the selected task" : "the " + taskCount + " selected tasks"));
        dialog.setContentText("Tag:");
        dialog.getEditor().setId("tagDialogField");
        dialog.getEditor().setPromptText("e.g. trailer");
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setDisable(true);
        dialog.getEditor().textProperty().addListener((obs, old, text) -> {
            Optional<String> problem = TaskMarks.tagProblem(text);
            ok.setDisable(problem.isPresent());
            dialog.setHeaderText(problem.isPresent() && !text.isBlank() ? problem.get()
                    : "Tag " + (taskCount == 1 ? "the selected task" : "the " + taskCount + " selected tasks"));
        });
        return dialog.showAndWait().map(String::strip).filter(t -> TaskMarks.tagProblem(t).isEmpty());
    }
}
