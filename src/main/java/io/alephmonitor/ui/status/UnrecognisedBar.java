package io.alephmonitor.ui.status;

import io.alephmonitor.ui.Controls;
import atlantafx.base.theme.Styles;
import io.alephmonitor.model.KindIds;
import io.alephmonitor.ui.KindNames;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;
import java.util.function.Consumer;

/**
 * "2 unrecognised IDs: mj-2024-…, … — Add as [kind ▾] / Dismiss": ID-looking tokens of a paste
 * that fit no format are offered here instead of being dropped. It stays until the user decides
 * or the next paste replaces it.
 */
public final class UnrecognisedBar extends HBox {

    /** Tokens named in the sentence; the rest are counted, and all are in the tooltip. */
    private static final int NAMED = 2;
    /** Characters of a token shown before it is cut with "…". */
    private static final int TOKEN_CHARS = 24;

    private final Label text = new Label();
    private final ComboBox<String> kind = new ComboBox<>();
    private final Button add = new Button("Add", new FontIcon(MaterialDesignP.PLUS));
    private final Button dismiss = new Button("Dismiss");

    /**
     * @param tokens        the tokens waiting for a decision (empty: the bar hides)
     * @param names         the kinds offered and their names
     * @param preferredKind the paste chooser's kind: preselected when it is a real kind
     * @param onAddAs       adds the tokens as the chosen kind's id
     * @param onDismiss     forgets the tokens
     */
    public UnrecognisedBar(ObservableValue<List<String>> tokens, KindNames names, ObservableValue<String> preferredKind,
                           Consumer<String> onAddAs, Runnable onDismiss) {
        Controls.layOutBar(this, "unrecognisedBar", 8, new Insets(6, 12, 6, 12), "undo-bar", "unrecognised-bar");

        text.setId("unrecognisedText");
        text.setGraphic(new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label addAs = new Label("Add as");
        kind.setId("unrecognisedKind");
        kind.getItems().setAll(names.kindIds());
        kind.setConverter(names.converter());
        kind.setTooltip(new Tooltip("The kind of task these IDs belong to; they are checked on kie.ai as that kind"));
        add.setId("unrecognisedAdd");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMnemonicParsing(false);
        add.disableProperty().bind(kind.valueProperty().isNull());
        add.setOnAction(e -> onAddAs.accept(kind.getValue()));
        dismiss.setId("unrecognisedDismiss");
        dismiss.setTooltip(new Tooltip("Do not add them"));
        dismiss.setOnAction(e -> onDismiss.run());
        getChildren().addAll(text, addAs, kind, add, dismiss);

        tokens.addListener((obs, old, now) -> render(now, names, preferredKind.getValue()));
        render(tokens.getValue(), names, preferredKind.getValue());
    }

    private void render(List<String> tokens, KindNames names, String preferredKind) {
        boolean shown = tokens != null && !tokens.isEmpty();
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        text.setText(sentence(tokens));
        text.setTooltip(new Tooltip(String.join("\n", tokens)));
        // The chooser's kind when the user picked one; otherwise Market, where every newer model's IDs go.
        kind.setValue(names.kindIds().contains(preferredKind) ? preferredKind
                : names.kindIds().contains(KindIds.MARKET) ? KindIds.MARKET : names.kindIds().getFirst());
    }

    /** "2 unrecognised IDs: mj-2024-…, abc… and 3 more". */
    static String sentence(List<String> tokens) {
        List<String> named = tokens.stream().limit(NAMED).map(UnrecognisedBar::cut).toList();
        int more = tokens.size() - named.size();
        return (tokens.size() == 1 ? "1 unrecognised ID: " : tokens.size() + " unrecognised IDs: ")
                + String.join(", ", named) + (more > 0 ? " and " + more + " more" : "");
    }

    private static String cut(String token) {
        return token.length() <= TOKEN_CHARS ? token : token.substring(0, TOKEN_CHARS - 1) + "…";
    }

    /** The sentence shown, or null when the bar is hidden (for tests and screen readers). */
    public String shownText() {
        return isVisible() ? text.getText() : null;
    }
}
