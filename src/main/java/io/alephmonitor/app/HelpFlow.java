package io.alephmonitor.app;

import io.alephmonitor.ui.main.HelpActions;
import io.alephmonitor.ui.main.MainWindow;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The Help menu's actions: the report is gathered on {@code io}, the clipboard and dialogs stay on the FX thread. */
record HelpFlow(MainWindow window, Diagnostics diagnostics, Path logDir, Consumer<Path> openFolder, Executor io) implements HelpActions {

    private static final Logger LOG = LoggerFactory.getLogger(HelpFlow.class);
    static final String COPIED_TITLE = "Diagnostics copied";
    static final String COPIED_TEXT = "Paste them into your bug report.";

    @Override
    public void copyDiagnostics() {
        CompletableFuture.supplyAsync(diagnostics::report, io).whenComplete((report, error) -> Platform.runLater(() -> {
            if (error != null) {
                LOG.warn("Could not gather diagnostics: {}", error.getMessage());
                window.showNotice("Diagnostics not copied", "They could not be gathered: " + error.getMessage());
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(report);
            Clipboard.getSystemClipboard().setContent(content);
            window.showNotice(COPIED_TITLE, COPIED_TEXT);
        }));
    }

    @Override
    public void openLogFolder() {
        openFolder.accept(logDir);
    }

    @Override
    public void showAbout() {
        TextArea text = new TextArea(diagnostics.about());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(9);
        text.setPrefColumnCount(60);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("About Aleph Monitor");
        alert.setHeaderText("Aleph Monitor — tracks kie.ai generation tasks and saves their videos");
        alert.getDialogPane().setContent(text);
        Window owner = window.getScene() == null ? null : window.getScene().getWindow();
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
