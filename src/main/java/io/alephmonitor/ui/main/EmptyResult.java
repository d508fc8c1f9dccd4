package io.alephmonitor.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the table shows with no rows: how to add tasks when none is tracked, or, when the search hides every task,
 * that nothing matches and a button that clears the search.
 */
final class EmptyResult extends VBox {

    static final String NO_TASKS = "No tasks yet. Paste task IDs above, or press Ctrl+V anywhere in the window.";
    static final String NO_MATCH = "No task matches these words and filters.";

    EmptyResult(TaskListViewModel model) {
        super(10);
        setAlignment(Pos.CENTER);
        setId("emptyResult");
        BooleanBinding noTasks = Bindings.isEmpty(model.rows());
        Label text = new Label();
        text.setId("emptyResultText");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.when(noTasks).then(NO_TASKS).otherwise(NO_MATCH));
        Button clear = new Button("Clear the search");
        clear.setId("emptyResultClear");
        clear.setAccessibleText("Clear the search words and every filter, and show all tasks");
        clear.setOnAction(e -> model.clearSearch());
        clear.visibleProperty().bind(noTasks.not());
        clear.managedProperty().bind(clear.visibleProperty());
        getChildren().addAll(text, clear);
    }
}
