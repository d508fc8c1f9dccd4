package io.alephmonitor;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Wires the layers together and shows the main window. */
public final class App extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Aleph Monitor");
        stage.setScene(new Scene(new StackPane(new Label("Aleph Monitor")), 1100, 700));
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            stage.getIcons().add(new Image(App.class.getResource("icons/icon-" + size + ".png").toExternalForm()));
        }
        stage.show();
        // Build-time AOT/CDS training run (packaging/): leave as soon as the first frame is drawn.
        if (Boolean.getBoolean("alephmonitor.exitAfterFirstFrame")) {
            exitAfterFirstPulse();
        }
    }

    private static void exitAfterFirstPulse() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(Platform::exit);
            }
        }.start();
    }
}
