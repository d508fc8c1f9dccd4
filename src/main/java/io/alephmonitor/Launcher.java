package io.alephmonitor;

import javafx.application.Application;

/** Entry point: reads the command line, then starts the JavaFX application. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
