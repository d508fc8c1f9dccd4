package io.alephmonitor;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Wires the layers together and shows the main window. */
public final class App extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Aleph Monitor");
        stage.setScene(new Scene(new StackPane(new Label("Aleph Monitor")), 1100, 700));
        stage.show();
    }
}
