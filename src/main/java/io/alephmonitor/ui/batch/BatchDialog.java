package io.alephmonitor.ui.batch;

import io.alephmonitor.model.BatchRow;
import io.alephmonitor.model.CreateForm;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The Batch window: the source (a prompt × N seeds of one form, or a CSV/JSON file), the preview with its bad rows
 * and the credit warning, Start; then a progress bar with counts, Pause/Resume, Cancel, and the rows that may have
 * been created, each with what to check, "Resend anyway" and "I found it: add ID".
 */
public final class BatchDialog extends VBox {

    private final BatchViewModel model;

    public BatchDialog(BatchViewModel model, List<CreateForm> forms) {
        super(10);
        this.model = model;
        setPadding(new Insets(16));
        setId("batchDialog");

        ComboBox<CreateForm> form = new ComboBox<>();
        form.setId("batchForm");
        form.getItems().setAll(forms);
        form.setConverter(new StringConverter<>() {
            @Override
            public String toString(CreateForm f) {
                return f == null ? "" : f.title();
            }

            @Override
            public CreateForm fromString(String s) {
                return null;
            }
        });
        form.valueProperty().bindBidirectional(model.form);
        TextArea prompt = new TextArea();
        prompt.setId("batchPrompt");
        prompt.setPromptText("The prompt every row shares");
        prompt.setPrefRowCount(3);
        prompt.setWrapText(true);
        prompt.textProperty().bindBidirectional(model.prompt);
        Spinner<Integer> count = new Spinner<>(1, 500, model.count.get());
        count.setId("batchCount");
        count.setEditable(true);
        count.setPrefWidth(90);
        model.count.bind(count.valueProperty());
        TextField seed = new TextField();
        seed.setId("batchFirstSeed");
        seed.setPrefColumnCount(8);
        seed.textProperty().bindBidirectional(model.firstSeed);
        Button seeds = new Button("Preview seeds");
        seeds.setId("batchPreviewSeeds");
        seeds.setOnAction(e -> model.previewSeeds());
        Button file = new Button("From a CSV or JSON file…");
        file.setId("batchFromFile");
        file.setOnAction(e -> model.previewFile());
        HBox source = new HBox(8, new Label("Tasks"), count, new Label("first seed"), seed, seeds, file);
        source.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ListView<String> rows = new ListView<>(model.rows);
        rows.setId("batchRows");
        rows.setPrefHeight(140);
        ListView<String> problems = new ListView<>(model.problems);
        problems.setId("batchProblems");
        problems.setPrefHeight(70);
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setStyle("-fx-text-fill: -color-danger-fg;");
        Label warning = wrapped("batchWarning");
        warning.textProperty().bind(model.warning);
        warning.setStyle("-fx-text-fill: -color-warning-fg;");
        Button start = new Button("Start");
        start.setId("batchStart");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.startable.not());
        start.setOnAction(e -> model.start());
        Label rowCount = new Label();
        rowCount.textProperty().bind(Bindings.size(model.rows).asString("%d rows to send"));

        ProgressBar bar = new ProgressBar();
        bar.setId("batchProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("batchSummary");
        summary.textProperty().bind(model.summary);
        Button pause = new Button();
        pause.setId("batchPause");
        pause.textProperty().bind(Bindings.createStringBinding(
                () -> model.batch.get() != null && model.batch.get().paused() ? "Resume" : "Pause", model.batch));
        pause.setOnAction(e -> model.pauseOrResume());
        Button cancel = new Button("Cancel the rest");
        cancel.setId("batchCancel");
        // Nothing left to send: nothing to pause or cancel (the uncertain rows have their own buttons).
        javafx.beans.binding.BooleanBinding nothingLeft = Bindings.createBooleanBinding(
                () -> model.batch.get() == null || model.batch.get().progress().left() == 0, model.batch);
        pause.disableProperty().bind(nothingLeft);
        cancel.disableProperty().bind(nothingLeft);
        cancel.setOnAction(e -> model.cancel());
        Label notice = wrapped("batchNotice");
        notice.textProperty().bind(model.notice);
        ListView<BatchRow> uncertain = new ListView<>(model.uncertain);
        uncertain.setId("batchUncertain");
        uncertain.setPrefHeight(160);
        uncertain.setCellFactory(list -> new UncertainCell());
        Label uncertainTitle = new Label("May have been created — check on kie.ai before you act:");
        VBox maybe = new VBox(6, uncertainTitle, uncertain);
        maybe.visibleProperty().bind(Bindings.isNotEmpty(model.uncertain));
        maybe.managedProperty().bind(maybe.visibleProperty());
        VBox running = new VBox(8, new HBox(8, bar, pause, cancel), summary, notice, maybe);
        running.visibleProperty().bind(model.batch.isNotNull());
        running.managedProperty().bind(running.visibleProperty());

        getChildren().addAll(new HBox(8, new Label("Form"), form), prompt, source, rows, problems, warning,
                new HBox(12, start, rowCount), running);
    }

    /** Shows the dialog in a window of its own over {@code owner}. */
    public static Stage open(Window owner, BatchDialog dialog) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Batch — many tasks under kie.ai's creation limit");
        Scene scene = new Scene(dialog, 760, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    /** One uncertain row: its origin, what to check, and the two ways out. */
    private final class UncertainCell extends ListCell<BatchRow> {
        @Override
        protected void updateItem(BatchRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label what = new Label("Row " + (row.index() + 1) + " (" + row.origin() + "): " + row.whatToCheck());
            what.setWrapText(true);
            what.setPrefWidth(680);
            what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            TextField id = new TextField();
            id.setMinWidth(240);
            id.setPromptText("Task ID found on kie.ai");
            id.setPrefColumnCount(20);
            Button add = new Button("I found it: add ID");
            add.setOnAction(e -> model.found(row, id.getText()));
            Button resend = new Button("Resend anyway");
            resend.setOnAction(e -> model.resend(row));
            setGraphic(new VBox(4, what, new HBox(6, id, add, resend)));
        }
    }
}
