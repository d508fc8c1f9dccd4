package io.alephmonitor.ui.create;

import io.alephmonitor.ui.Controls;
import io.alephmonitor.ui.FieldError;
import atlantafx.base.theme.Styles;
import io.alephmonitor.tracking.TaskCreator;
import io.alephmonitor.tracking.TaskCreator.Outcome;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * "New task": an Aleph form and a Market form in two tabs. Create stays disabled until the shown
 * form is valid; while kie.ai answers, a spinner shows and the form is locked; a refusal is shown
 * as a sentence with everything typed kept. The result is the created task.
 */
public final class NewTaskDialog extends Dialog<Outcome.Created> {

    public static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);

    private final NewTaskViewModel form = new NewTaskViewModel();
    private final TaskCreator creator;
    private final TabPane tabs = new TabPane();
    private final Tab alephTab;
    private final BooleanProperty sending = new SimpleBooleanProperty(this, "sending");
    private final StringProperty failure = new SimpleStringProperty(this, "failure");
    private Outcome.Created created;

    public NewTaskDialog(TaskCreator creator) {
        this.creator = Objects.requireNonNull(creator, "creator");
        setTitle("New task");
        setResizable(true);
        getDialogPane().setId("newTaskDialog");
        getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(640);

        alephTab = new Tab("Runway Aleph", alephForm());
        alephTab.setId("alephTab");
        Tab marketTab = new Tab("Market model", marketForm());
        marketTab.setId("marketTab");
        tabs.getTabs().setAll(marketTab, alephTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(sending);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("createProgress");
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(sending);
        spinner.managedProperty().bind(sending);
        Label sendingNote = new Label("Sending to kie.ai…");
        sendingNote.visibleProperty().bind(sending);
        sendingNote.managedProperty().bind(sending);
        Label error = FieldError.of("createError", failure);
        error.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        HBox status = new HBox(8, spinner, sendingNote, error);
        status.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(12, tabs, status);
        content.setPadding(new Insets(8, 12, 4, 12));
        getDialogPane().setContent(content);

        BooleanBinding shownFormValid = Bindings.when(tabs.getSelectionModel().selectedItemProperty().isEqualTo(alephTab))
                .then(form.alephValid()).otherwise(form.marketValid());
        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.setId("createButton");
        create.disableProperty().bind(shownFormValid.not().or(sending));
        create.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open until kie.ai has answered
            send();
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> failure.set(null));
        setResultConverter(button -> button == CREATE ? created : null);
    }

    /** The form behind the fields (for tests and previews). */
    public NewTaskViewModel form() {
        return form;
    }

    /** Shows the Aleph or the Market form. */
    public void showAleph(boolean aleph) {
        tabs.getSelectionModel().select(aleph ? alephTab : tabs.getTabs().getFirst());
    }

    private void send() {
        failure.set(null);
        sending.set(true);
        boolean aleph = tabs.getSelectionModel().getSelectedItem() == alephTab;
        CompletableFuture<Outcome> pending = aleph
                ? creator.createAleph(form.alephRequest()) : creator.createMarket(form.marketRequest());
        pending.whenComplete((outcome, crash) -> Platform.runLater(() -> {
            sending.set(false);
            switch (outcome) {
                case Outcome.Created done -> {
                    created = done;
                    setResult(done);
                    close();
                }
                case Outcome.Refused refused -> failure.set(refused.message());
                case null -> failure.set("The task could not be sent — please try again.");
            }
        }));
    }

    private Node alephForm() {
        Label discontinued = new Label("kie.ai's documentation marks Runway Aleph as discontinued: new tasks may be "
                + "refused. Tasks you already have can still be followed.", new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
        discontinued.setId("alephDiscontinued");
        discontinued.setWrapText(true);
        discontinued.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);

        TextArea prompt = bound(new TextArea(), "alephPrompt", form.promptProperty(),
                "What should the video become? e.g. Turn the street into a snowy night");
        prompt.setPrefRowCount(3);
        prompt.setWrapText(true);
        TextField video = bound(new TextField(), "alephVideoUrl", form.videoUrlProperty(), "https://…/clip.mp4");
        ComboBox<String> ratio = new ComboBox<>();
        ratio.setId("alephAspectRatio");
        ratio.getItems().setAll(NewTaskViewModel.ASPECT_RATIOS);
        ratio.valueProperty().bindBidirectional(form.aspectRatioProperty());
        TextField seed = bound(new TextField(), "alephSeed", form.seedProperty(), "Random");
        seed.setPrefColumnCount(10);
        TextField reference = bound(new TextField(), "alephReferenceImage", form.referenceImageProperty(),
                "Optional: https://…/style.png");
        TextField waterMark = bound(new TextField(), "alephWaterMark", form.waterMarkProperty(), "Optional: text to show");

        GridPane grid = grid();
        int row = 0;
        grid.add(discontinued, 0, row++, 2, 1);
        grid.addRow(row++, name("Prompt"), field(prompt, "alephPromptError", form.promptError(), null));
        grid.addRow(row++, name("Source video"), field(video, "alephVideoUrlError", form.videoUrlError(),
                "A public https link to an MP4 of at most 10 MB; only its first 5 seconds are used."));
        grid.addRow(row++, name("Aspect ratio"), ratio);
        grid.addRow(row++, name("Seed"), field(seed, "alephSeedError", form.seedError(), null));
        grid.addRow(row++, name("Reference image"), field(reference, "alephReferenceImageError",
                form.referenceImageError(), null));
        grid.addRow(row, name("Watermark"), waterMark);
        return grid;
    }

    private Node marketForm() {
        ComboBox<String> model = new ComboBox<>();
        model.setId("marketModel");
        model.setEditable(true);
        model.getItems().setAll(NewTaskViewModel.MARKET_MODELS);
        model.setMaxWidth(Double.MAX_VALUE);
        // The editor's text is the value while typing, not only after Enter.
        model.getEditor().textProperty().bindBidirectional(form.modelProperty());
        TextArea input = bound(new TextArea(), "marketInput", form.inputProperty(), null);
        input.setPrefRowCount(10);
        input.getStyleClass().add("json-input");

        GridPane grid = grid();
        grid.addRow(0, name("Model"), field(model, "marketModelError", form.modelError(),
                "Any model from kie.ai's Market; its page lists the fields its input takes."));
        grid.addRow(1, name("Input (JSON)"), field(input, "marketInputError", form.inputError(),
                "The model's input object, e.g. { \"prompt\": \"A paper boat on a rainy street\", \"duration\": \"5\" }."));
        return grid;
    }

    private static <T extends TextInputControl> T bound(T control, String id, StringProperty value, String prompt) {
        control.setId(id);
        control.textProperty().bindBidirectional(value);
        control.setPromptText(prompt);
        return control;
    }

    private static GridPane grid() {
        GridPane grid = Controls.namesAndValues(new GridPane(), 10, HPos.RIGHT);
        grid.setPadding(new Insets(12, 4, 4, 4));
        return grid;
    }

    private static Node field(Node control, String errorId, ObservableStringValue error, String help) {
        VBox box = new VBox(4, control, FieldError.of(errorId, error));
        if (help != null) {
            Label note = new Label(help);
            note.setWrapText(true);
            note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getChildren().add(note);
        }
        return box;
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(5, 0, 0, 0));
        return label;
    }

}
