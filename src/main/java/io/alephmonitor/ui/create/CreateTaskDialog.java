package io.alephmonitor.ui.create;

import io.alephmonitor.kie.CreateDraft;
import io.alephmonitor.kie.CreateRequest;
import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.TaskOrigin;
import io.alephmonitor.tracking.TaskCreator;
import io.alephmonitor.tracking.TaskCreator.Outcome;
import io.alephmonitor.ui.FieldError;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.Objects;
import java.util.Optional;

/**
 * "New task" for every documented kind: a chooser of kind or Market model, the chosen form generated
 * field by field ({@link FieldControls}) and checked as the user types, and the request body as raw
 * JSON one tab away. Send stays disabled while a problem remains; kie.ai's refusals (no credits,
 * its 422 message, the wait after 429) are shown in the dialog with everything typed kept. Opened
 * from a tracked task it is prefilled from its recorded parameters and the new task remembers it
 * ({@link TaskOrigin.Relation#REMADE}).
 */
public final class CreateTaskDialog extends Dialog<Outcome.Created> {

    public static final ButtonType SEND = new ButtonType("Send", ButtonBar.ButtonData.OK_DONE);

    private final CreateFormViewModel model = new CreateFormViewModel();
    private final TaskCreator creator;
    private final TaskOrigin origin;
    private final ScrollPane formArea = new ScrollPane();
    private Outcome.Created created;

    /** A blank form. */
    public CreateTaskDialog(TaskCreator creator) {
        this(creator, null, null);
    }

    /**
     * @param template the form and values to start from (null: the first form, blank)
     * @param parentId the task it was made from (null: none)
     */
    public CreateTaskDialog(TaskCreator creator, CreateDraft template, String parentId) {
        this.creator = Objects.requireNonNull(creator, "creator");
        this.origin = parentId == null ? null : new TaskOrigin(parentId, TaskOrigin.Relation.REMADE);
        setTitle(parentId == null ? "New task" : "New take");
        setResizable(true);
        getDialogPane().setId("createTaskDialog");
        getDialogPane().getProperties().put(CreateTaskDialog.class, this);
        getDialogPane().getButtonTypes().setAll(SEND, ButtonType.CANCEL);
        getDialogPane().setPrefSize(760, 640);
        if (template != null) {
            model.load(template);
        }

        ComboBox<CreateForm> chooser = new ComboBox<>(model.forms());
        chooser.setId("formChooser");
        chooser.setAccessibleText("Kind or model of the new task");
        chooser.setButtonCell(new FormCell());
        chooser.setCellFactory(list -> new FormCell());
        chooser.setValue(model.form());
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.valueProperty().addListener((obs, old, chosen) -> model.choose(chosen));
        model.formProperty().addListener((obs, old, shown) -> {
            chooser.setValue(shown);
            showFields();
        });
        TextField marketModel = new TextField();
        marketModel.setId("marketModelId");
        marketModel.setPromptText("Market model id, e.g. grok-imagine/text-to-image");
        marketModel.setAccessibleText("Market model id");
        marketModel.textProperty().bindBidirectional(model.marketModelProperty());
        marketModel.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(model::isRawMarket,
                model.formProperty()));
        marketModel.managedProperty().bind(marketModel.visibleProperty());
        Label kindName = new Label("Make");
        kindName.setLabelFor(chooser);
        kindName.getStyleClass().add(Styles.TEXT_BOLD);
        HBox top = new HBox(10, kindName, chooser, marketModel);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        VBox header = new VBox(6, top);
        if (parentId != null) {
            Label from = new Label("A new take of task " + parentId + ": its recorded settings are filled in — "
                    + "change what you like and send.");
            from.setId("remadeFrom");
            from.setWrapText(true);
            from.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps instead of being cut
            from.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            header.getChildren().add(from);
        }

        formArea.setId("formArea");
        formArea.setFitToWidth(true);
        Tab formTab = new Tab("Form", formArea);
        formTab.setId("formTab");
        TextArea raw = new TextArea();
        raw.setId("rawJson");
        raw.setAccessibleText("Request body as JSON");
        raw.getStyleClass().add("json-input");
        raw.textProperty().bindBidirectional(model.rawTextProperty());
        VBox.setVgrow(raw, Priority.ALWAYS);
        Label rawNote = new Label("The body sent to kie.ai. Keys the form does not know are kept and sent as written.");
        rawNote.setWrapText(true);
        rawNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox rawBox = new VBox(6, rawNote, raw, FieldError.of("rawJsonError", model.rawProblem()),
                FieldError.of("rawJsonProblems", model.problemSummary()));
        rawBox.setPadding(new Insets(8));
        Tab rawTab = new Tab("Raw JSON", rawBox);
        rawTab.setId("rawTab");
        TabPane tabs = new TabPane(formTab, rawTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(model.sendingProperty());
        model.rawShownProperty().bind(tabs.getSelectionModel().selectedItemProperty().isEqualTo(rawTab));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("createProgress");
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.sendingProperty());
        spinner.managedProperty().bind(model.sendingProperty());
        Label error = FieldError.of("createError", model.failureProperty());
        error.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        Label hint = FieldError.of("sendHint", model.sendHint());
        hint.getStyleClass().removeAll(Styles.DANGER);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox status = new HBox(8, spinner, error, hint);
        status.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, header, tabs, status);
        content.setPadding(new Insets(8, 12, 4, 12));
        getDialogPane().setContent(content);
        showFields();

        Button send = (Button) getDialogPane().lookupButton(SEND);
        send.setId("sendButton");
        send.disableProperty().bind(model.canSend().not());
        send.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open until kie.ai has answered
            send();
        });
        setResultConverter(button -> button == SEND ? created : null);
    }

    /**
     * Regenerate / Use as template: New task filled from the task's recorded parameters, the new task
     * remembering it; empty when its parameters are not known or its kind has no documented create request.
     */
    public static Optional<CreateTaskDialog> remaking(TaskCreator creator, io.alephmonitor.model.TrackedTask task) {
        return CreateDraft.fromRecorded(task.kind(), task.params() == null ? null : task.params().raw())
                .map(template -> new CreateTaskDialog(creator, template, task.taskId()));
    }

    /** Shows the dialog over {@code owner} (null: none); {@code onCreated} gets the new task's ID once one is made. */
    public void showOver(javafx.stage.Window owner, java.util.function.Consumer<String> onCreated) {
        if (owner != null) {
            initOwner(owner);
        }
        setOnHidden(e -> {
            if (getResult() != null) {
                onCreated.accept(getResult().taskId());
            }
        });
        show();
    }

    /** The form behind the fields (for tests and previews). */
    public CreateFormViewModel model() {
        return model;
    }

    /** The dialog whose pane this is (tests and previews find it through its pane); null for another pane. */
    static CreateTaskDialog owning(javafx.scene.Node pane) {
        return pane.getProperties().get(CreateTaskDialog.class) instanceof CreateTaskDialog dialog ? dialog : null;
    }

    private void showFields() {
        formArea.setContent(FieldControls.build(model));
    }

    private void send() {
        Optional<CreateRequest> request = model.request();
        if (request.isEmpty()) {
            return;
        }
        model.failureProperty().set(null);
        model.sendingProperty().set(true);
        creator.create(request.get(), origin).whenComplete((outcome, crash) -> Platform.runLater(() -> {
            model.sendingProperty().set(false);
            switch (outcome) {
                case Outcome.Created done -> {
                    created = done;
                    setResult(done);
                    close();
                }
                case Outcome.Refused refused -> model.failureProperty().set(refused.message());
                case null -> model.failureProperty().set("The task could not be sent — please try again.");
            }
        }));
    }

    private static final class FormCell extends ListCell<CreateForm> {
        @Override
        protected void updateItem(CreateForm form, boolean empty) {
            super.updateItem(form, empty);
            setText(empty || form == null ? null : FormGroups.title(form));
        }
    }
}
