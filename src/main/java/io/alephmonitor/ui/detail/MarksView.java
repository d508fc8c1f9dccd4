package io.alephmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The detail pane's marks: a star toggle and a field that adds a tag on Enter, the tags as chips (each with a
 * remove button), and a note that is kept when it loses the focus or after a short pause in typing.
 */
final class MarksView extends VBox {

    /** How long typing must pause before the note is kept. */
    static final Duration NOTE_PAUSE = Duration.millis(800);

    private final MarksViewModel model;
    private final ToggleButton star = new ToggleButton();
    private final FlowPane chips = new FlowPane(6, 6);  // the tag chips, under the star and the tag field
    private final TextField tagField = new TextField();
    private final Label tagProblem = new Label();
    private final TextArea note = new TextArea();

    MarksView(MarksViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("detail-marks");
        setId("detail-marks");

        star.setId("detailStar");
        star.getStyleClass().add("marks-star");
        star.setMinWidth(USE_PREF_SIZE);
        star.setOnAction(e -> model.toggleStar());
        model.starredProperty().addListener((obs, old, on) -> showStar(on));
        showStar(false);

        tagField.setId("detailTagField");
        tagField.setPromptText("Add a tag, then Enter");
        tagField.setPrefColumnCount(12);
        tagField.setMinWidth(80); // a narrow pane shortens the field, never widens the pane
        tagField.setAccessibleText("Add a tag");
        tagField.setOnAction(e -> {
            if (model.addTag(tagField.getText())) {
                tagField.clear();
            }
        });
        tagProblem.setId("detailTagProblem");
        tagProblem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        tagProblem.textProperty().bind(model.tagProblemProperty());
        tagProblem.managedProperty().bind(tagProblem.textProperty().isNotEmpty());
        tagProblem.visibleProperty().bind(tagProblem.managedProperty());
        model.tags().addListener((ListChangeListener<String>) c -> showChips());
        chips.setId("detailTags");
        tagProblem.setWrapText(true);

        note.setId("detailNote");
        note.getStyleClass().add("marks-note");
        note.setPromptText("A note for yourself (kept as you type)");
        note.setAccessibleText("Note");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.textProperty().bindBidirectional(model.noteProperty());
        PauseTransition pause = new PauseTransition(NOTE_PAUSE);
        pause.setOnFinished(e -> model.commitNote());
        note.textProperty().addListener((obs, old, text) -> {
            if (note.isFocused()) {
                pause.playFromStart();
            }
        });
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                pause.stop();
                model.commitNote();
            }
        });

        chips.setPrefWrapLength(200); // the pane's width decides where chips wrap, never the other way round
        chips.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(chips.getChildren()));
        chips.visibleProperty().bind(chips.managedProperty());
        HBox starRow = DetailControls.row(8, star, tagField);
        HBox.setHgrow(tagField, javafx.scene.layout.Priority.ALWAYS);
        getChildren().setAll(starRow, tagProblem, chips, note);
    }

    private void showStar(boolean on) {
        star.setSelected(on);
        star.setText(on ? "Starred" : "Star");
        star.setGraphic(new FontIcon(on ? MaterialDesignS.STAR : MaterialDesignS.STAR_OUTLINE));
        star.setTooltip(new Tooltip(on ? "Starred: click to unstar (Ctrl+D in the list)" : "Star this task (a favourite)"));
        star.setAccessibleText(on ? "Starred. Press to unstar." : "Not starred. Press to star.");
    }

    private void showChips() {
        chips.getChildren().clear();
        for (String tag : model.tags()) {
            Label text = new Label(tag);
            Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL);
            remove.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            remove.setAccessibleText("Remove tag " + tag);
            remove.setTooltip(new Tooltip("Remove the tag “" + tag + "”"));
            remove.setOnAction(e -> model.removeTag(tag));
            HBox chip = DetailControls.row(2, text, remove);
            chip.getStyleClass().add("tag-chip");
            chip.setUserData(tag);
            chips.getChildren().add(chip);
        }
    }
}
