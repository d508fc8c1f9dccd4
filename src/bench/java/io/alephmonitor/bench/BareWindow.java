package io.alephmonitor.bench;

import io.alephmonitor.app.FirstFrame;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up reference: the smallest JavaFX window app, measured exactly like the app (the same
 * first-painted-frame probe, printed the same way, then it quits).
 */
public final class BareWindow extends Application {

    /** Not the Application class itself, so it starts from the class path like any plain main. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare window")), 1280, 800));
        stage.setTitle("bare window");
        stage.show();
        FirstFrame.afterPaint(() -> {
            System.out.println(FirstFrame.LINE_PREFIX + System.currentTimeMillis());
            System.out.flush();
            Platform.exit();
        });
    }
}
