package io.alephmonitor.app;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.slf4j.LoggerFactory;

/** A problem that stops the app from working: said in words, logged once, then the app exits. */
final class FatalAlert {

    private FatalAlert() {
    }

    static void show(String headline, Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        LoggerFactory.getLogger(FatalAlert.class).error(headline, cause);
        Alert alert = new Alert(Alert.AlertType.ERROR, cause.getMessage());
        alert.setHeaderText(headline);
        alert.showAndWait();
        Platform.exit();
    }
}
