package io.alephmonitor.ui.welcome;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The first-start dialog when no API key is stored: what the app does, a masked key field with
 * "Check key" (run by the injected {@link KeyCheck}, the dialog stays responsive meanwhile), then
 * "Save and start" — or "Try the demo". The result is a {@link WelcomeChoice}; null when closed.
 */
public final class WelcomeDialog extends Dialog<WelcomeChoice> {

    /** "Save and start": use the pasted key. */
    public static final ButtonType SAVE_AND_START = new ButtonType("Save and start", ButtonBar.ButtonData.OK_DONE);
    /** "Try the demo": start with the embedded simulator and sample tasks. */
    public static final ButtonType TRY_DEMO = new ButtonType("Try the demo", ButtonBar.ButtonData.LEFT);

    private static final List<String> VERDICT_STYLES = List.of(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);

    private final KeyCheck checker;
    private final Locale locale;
    private final PasswordField key = new PasswordField();
    private final Button check = new Button("Check key");
    private final ProgressIndicator checking = new ProgressIndicator();
    private final Label verdictLabel = new Label();
    private final Label keyLocation = new Label();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<KeyVerdict> verdict = new SimpleObjectProperty<>();
    private long generation;

    public WelcomeDialog(KeyCheck checker) {
        this(checker, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** Says where the key will be kept (the key store's description); hidden when empty. */
    public void setKeyLocation(String note) {
        keyLocation.setText(note == null ? "" : note);
    }

    public WelcomeDialog(KeyCheck checker, Locale locale) {
        this.checker = Objects.requireNonNull(checker);
        this.locale = Objects.requireNonNull(locale);
        setTitle("Welcome to Aleph Monitor");

        Label title = new Label("Welcome to Aleph Monitor");
        title.getStyleClass().add(Styles.TITLE_2);
        Label what = new Label("Paste the IDs of your kie.ai video tasks: Aleph Monitor checks them in the background, "
                + "shows each prompt and preview, and saves the videos before their links expire.");
        Label how = new Label("It needs your kie.ai API key to check your tasks — or try it first with sample tasks.");
        for (Label l : List.of(what, how)) {
            l.setWrapText(true);
        }
        how.getStyleClass().add(Styles.TEXT_MUTED);

        Label keyName = new Label("kie.ai API key");
        keyName.getStyleClass().add(Styles.TEXT_BOLD);
        key.setId("welcome-api-key");
        key.setPromptText("Paste the key from kie.ai → API Key");
        HBox.setHgrow(key, Priority.ALWAYS);
        check.setId("welcome-check-key");
        check.setGraphic(new FontIcon(MaterialDesignK.KEY_OUTLINE));
        check.disableProperty().bind(key.textProperty().isEmpty().or(busy));
        check.setOnAction(e -> checkKey());
        key.setOnAction(e -> checkKey());
        checking.setId("welcome-checking");
        checking.setPrefSize(22, 22);
        checking.setMaxSize(22, 22);
        checking.visibleProperty().bind(busy);
        checking.managedProperty().bind(busy);
        HBox keyRow = new HBox(8, key, check, checking);
        keyRow.setAlignment(Pos.CENTER_LEFT);

        verdictLabel.setId("welcome-verdict");
        verdictLabel.setWrapText(true);
        verdictLabel.setGraphicTextGap(8);
        verdictLabel.visibleProperty().bind(verdictLabel.textProperty().isNotEmpty());
        verdictLabel.managedProperty().bind(verdictLabel.visibleProperty());
        key.textProperty().addListener((obs, was, now) -> {
            // A new key makes the old verdict (and any check still running) meaningless.
            generation++;
            busy.set(false);
            showVerdict(null, "");
        });

        keyLocation.setId("welcome-key-location");
        keyLocation.setWrapText(true);
        keyLocation.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keyLocation.visibleProperty().bind(keyLocation.textProperty().isNotEmpty());
        keyLocation.managedProperty().bind(keyLocation.visibleProperty());

        VBox content = new VBox(10, title, what, how, new VBox(6, keyName, keyRow, verdictLabel, keyLocation));
        content.setPadding(new Insets(12, 16, 8, 16));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(TRY_DEMO, SAVE_AND_START, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE_AND_START).disableProperty().bind(
                key.textProperty().isEmpty().or(Bindings.createBooleanBinding(
                        () -> verdict.get() instanceof KeyVerdict.Rejected, verdict)));
        getDialogPane().lookupButton(SAVE_AND_START).getStyleClass().add(Styles.ACCENT);
        setResultConverter(button -> {
            if (button == SAVE_AND_START) {
                return WelcomeChoice.useKey(key.getText().strip());
            }
            return button == TRY_DEMO ? WelcomeChoice.demo() : null;
        });
        setOnShown(e -> key.requestFocus());
    }

    /** The last verdict for the key in the field; null before a check or after the key changed. */
    public KeyVerdict verdict() {
        return verdict.get();
    }

    private void checkKey() {
        String candidate = key.getText().strip();
        if (candidate.isEmpty() || busy.get()) {
            return;
        }
        long mine = ++generation;
        busy.set(true);
        showVerdict(null, "");
        CompletableFuture<KeyVerdict> answer;
        try {
            answer = checker.check(candidate);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((result, error) -> Platform.runLater(() -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            KeyVerdict shown = result != null ? result
                    : new KeyVerdict.Problem("The key could not be checked just now. Try again, or save it and start.");
            showVerdict(shown, shown.message(locale));
        }));
    }

    private void showVerdict(KeyVerdict v, String text) {
        verdict.set(v);
        verdictLabel.setText(text);
        verdictLabel.getStyleClass().removeAll(VERDICT_STYLES);
        switch (v) {
            case null -> verdictLabel.setGraphic(null);
            case KeyVerdict.Accepted a -> style(Styles.SUCCESS, new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
            case KeyVerdict.Rejected r -> style(Styles.DANGER, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
            case KeyVerdict.NoNetwork n -> style(Styles.WARNING, new FontIcon(MaterialDesignW.WIFI_OFF));
            case KeyVerdict.Problem p -> style(Styles.WARNING, new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        }
    }

    private void style(String styleClass, FontIcon icon) {
        verdictLabel.getStyleClass().add(styleClass);
        verdictLabel.setGraphic(icon);
    }
}
