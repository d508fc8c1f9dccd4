package io.alephmonitor.ui.detail;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.ui.preview.TextSource;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A text result in a selectable, read-only area (monospace when it is JSON) with a Copy button. Text
 * given inline is shown as it is; a linked one is fetched through the {@link TextSource}, at most
 * {@link #MAX_BYTES}, saying so when the file is longer. A link that gives no text says why.
 */
final class TextResultView extends VBox {

    /** How much of a linked text is shown: enough to read, never a 100 MB file in memory. */
    static final int MAX_BYTES = 256 * 1024;

    private final TextSource source;
    private final Executor fxThread;
    private final TextArea area = DetailControls.selectableBlock("detail-text");
    private final Button copy = new Button("Copy text", new FontIcon(MaterialDesignC.CONTENT_COPY));
    private final Label cutNote = new Label();
    private final Message problem = new Message();
    private ResultFile.Text shown;

    TextResultView(TextSource source, Executor fxThread, Consumer<String> copyToClipboard) {
        this.source = Objects.requireNonNull(source);
        this.fxThread = fxThread;
        setId("detail-text-result");
        setSpacing(6);
        area.setPrefRowCount(14);
        area.setMinHeight(120);
        copy.setId("detail-copy-text");
        copy.setOnAction(e -> {
            if (!area.getText().isEmpty()) {
                copyToClipboard.accept(area.getText());
            }
        });
        cutNote.setId("detail-text-cut");
        cutNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        cutNote.setWrapText(true);
        problem.setId("detail-text-problem");
        problem.setTitle("No text to show");
        problem.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        problem.getStyleClass().add(Styles.WARNING);
        getChildren().setAll(area, cutNote, copy, problem);
        clear();
    }

    /** Shows this text (null: none); the same text again is not fetched again. */
    void show(ResultFile.Text text) {
        if (Objects.equals(text, shown)) {
            return;
        }
        shown = text;
        clear();
        if (text == null) {
            return;
        }
        area.setStyle(text.structured() ? DetailControls.MONOSPACE : "");
        if (text.content() != null) {
            showText(text.content());
            return;
        }
        area.setPromptText("Loading the text…");
        source.firstPart(text.url(), MAX_BYTES).whenComplete((excerpt, error) -> fxThread.execute(() -> {
            if (shown != text) {
                return;
            }
            area.setPromptText(null);
            if (error != null) {
                showProblem(error);
            } else {
                showText(excerpt.text());
                if (excerpt.cut()) {
                    cutNote.setText(cutNote(excerpt));
                    visible(cutNote, true);
                }
            }
        }));
    }

    /** "Showing the first 256 KB of 100 MB — save the file to read all." */
    static String cutNote(TextSource.Excerpt excerpt) {
        String of = excerpt.totalBytes() > 0 ? " of " + SaveProgressViewModel.bytes(excerpt.totalBytes()) : "";
        return "Showing the first " + SaveProgressViewModel.bytes(MAX_BYTES) + of + " — save the file to read all.";
    }

    private void showText(String text) {
        area.setText(text);
        area.setPrefRowCount(DetailControls.rowsFor(text, 70, 3, 16));
        copy.setDisable(text.isEmpty());
    }

    private void showProblem(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String message = cause.getMessage() == null || cause.getMessage().isBlank()
                ? "The text could not be read. Save the file or open it in the browser." : cause.getMessage();
        problem.setDescription(message);
        visible(problem, true);
        visible(area, false);
        visible(copy, false);
    }

    private void clear() {
        area.setText("");
        area.setPromptText(null);
        copy.setDisable(true);
        visible(area, true);
        visible(copy, true);
        visible(cutNote, false);
        visible(problem, false);
    }

    private static void visible(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
