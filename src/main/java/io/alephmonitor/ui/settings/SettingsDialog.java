package io.alephmonitor.ui.settings;

import io.alephmonitor.ui.Controls;
import io.alephmonitor.settings.Theme;
import io.alephmonitor.ui.FieldError;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Edits a {@link SettingsViewModel} in place: API key, poll interval, automatic saving and library
 * folder, theme, notifications and (under Advanced) the API base URL. OK stays disabled while any
 * field is invalid; the dialog's result is the view model on OK and null on Cancel.
 */
public final class SettingsDialog extends Dialog<SettingsViewModel> {

    private final SettingsViewModel model;
    private BiFunction<Window, Path, Path> folderChooser = SettingsDialog::chooseWithPlatformDialog;

    public SettingsDialog(SettingsViewModel model) {
        this.model = Objects.requireNonNull(model);
        setTitle("Settings");
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.not(model.valid()));
        getDialogPane().setPrefWidth(620);

        GridPane grid = Controls.namesAndValues(new GridPane(), 10, HPos.RIGHT);

        int row = 0;
        grid.addRow(row++, name("API key"), apiKeyEditor());
        grid.addRow(row++, name("Check every"), pollEditor());
        grid.addRow(row++, name("Automatic saving"), toggle("settings-auto-save",
                "Save every finished result to the library folder", model.autoSaveProperty()));
        grid.addRow(row++, name("Library folder"), folderEditor());
        grid.addRow(row++, name("File names"), namingEditor());
        grid.addRow(row++, name("Prompt file"), toggle("settings-sidecars",
                "Keep prompt and parameters in a .aleph.json beside each file", model.sidecarsProperty()));
        grid.addRow(row++, name("In the file"), toggle("settings-file-tags",
                "Write the prompt and task ID into each saved file", model.fileTagsProperty()));
        grid.addRow(row++, name("Theme"), themeEditor());
        grid.addRow(row++, name("Notifications"), toggle("settings-notifications",
                "Tell me when a task finishes or fails", model.notificationsProperty()));
        grid.addRow(row, name("Tray"), trayEditor());

        TitledPane advanced = new TitledPane("Advanced", scrolling(advancedEditor()));
        advanced.setId("settings-advanced");
        advanced.setExpanded(model.apiBaseUrlError().get() != null || !model.apiBaseUrlProperty().get().isBlank()
                || model.network().error().get() != null);
        advanced.setAnimated(false);
        advanced.expandedProperty().addListener((obs, was, open) -> javafx.application.Platform.runLater(this::fitOnScreen));

        VBox content = new VBox(16, grid, advanced);
        content.setPadding(new Insets(12, 16, 8, 16));
        getDialogPane().setContent(content);
        setResultConverter(button -> button == ButtonType.OK ? model : null);
    }

    /**
     * Advanced scrolls once it is taller than the screen leaves room for below the other settings, so OK and
     * Cancel stay in view on a small screen; shorter content shows without a scroll bar.
     */
    private static Node scrolling(Node content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setId("settings-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        double room = Math.max(160, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 600);
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            double width = scroll.getViewportBounds().getWidth();
            return Math.min(Math.ceil(content.prefHeight(width > 0 ? width : -1)) + 2, room);
        }, scroll.viewportBoundsProperty()));
        return scroll;
    }

    /** Grows or shrinks the window with Advanced, keeping it (and OK) on the screen. */
    private void fitOnScreen() {
        if (!(getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() instanceof Window window)) {
            return;
        }
        window.sizeToScene();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        }
    }

    /** Replaces the folder dialog (owner, current folder → chosen folder or null); tests need no native dialog. */
    public void setFolderChooser(BiFunction<Window, Path, Path> chooser) {
        folderChooser = Objects.requireNonNull(chooser);
    }

    private Node apiKeyEditor() {
        PasswordField key = new PasswordField();
        key.setId("settings-api-key");
        key.setPromptText("Paste your kie.ai API key");
        key.textProperty().bindBidirectional(model.apiKeyProperty());
        HBox.setHgrow(key, Priority.ALWAYS);
        Button remove = new Button("Remove");
        remove.setId("settings-remove-key");
        remove.setTooltip(new Tooltip("Forget the key when you press OK"));
        remove.disableProperty().bind(key.textProperty().isEmpty());
        remove.setOnAction(e -> key.clear());
        Label where = note(Bindings.createStringBinding(() -> {
            String location = model.apiKeyLocationProperty().get();
            if (model.apiKeyProperty().get() == null || model.apiKeyProperty().get().isEmpty()) {
                return "No key: tasks can't be checked until you paste one. Find it on kie.ai under API Key.";
            }
            return location == null || location.isBlank() ? "Paste a new key to replace this one." : location;
        }, model.apiKeyProperty(), model.apiKeyLocationProperty()));
        return new VBox(4, new HBox(8, key, remove), where);
    }

    private Node pollEditor() {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                SettingsViewModel.MIN_POLL_SECONDS, SettingsViewModel.MAX_POLL_SECONDS,
                Math.clamp(model.pollIntervalSecondsProperty().get(),
                        SettingsViewModel.MIN_POLL_SECONDS, SettingsViewModel.MAX_POLL_SECONDS), 5));
        spinner.setId("settings-poll-interval");
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.getEditor().setText(Integer.toString(model.pollIntervalSecondsProperty().get()));
        // Typed text reaches the model at once (out of range too), so the message appears while typing.
        spinner.getEditor().textProperty().addListener((obs, was, text) -> {
            try {
                model.pollIntervalSecondsProperty().set(Integer.parseInt(text.strip()));
            } catch (NumberFormatException notANumber) {
                model.pollIntervalSecondsProperty().set(0);
            }
        });
        spinner.valueProperty().addListener((obs, was, now) -> model.pollIntervalSecondsProperty().set(now));
        Label unit = new Label("seconds, while tasks are running");
        HBox line = new HBox(8, spinner, unit);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, line, FieldError.of("settings-poll-error", model.pollIntervalError()));
    }

    /** A switch that edits one of the settings. */
    /** The close-to-tray switch; where the desktop has no tray it is off, disabled, and a note says why. */
    private Node trayEditor() {
        ToggleSwitch toggle = new ToggleSwitch("Close to the tray and keep checking");
        toggle.setId("settings-close-to-tray");
        toggle.selectedProperty().bindBidirectional(model.closeToTrayProperty());
        toggle.disableProperty().bind(model.trayAvailableProperty().not());
        Label note = new Label("This desktop has no tray, so closing the window quits the app.");
        note.setId("settings-no-tray-note");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.visibleProperty().bind(model.trayAvailableProperty().not());
        note.managedProperty().bind(note.visibleProperty());
        return new VBox(4, toggle, note);
    }

    private static Node toggle(String id, String text, BooleanProperty setting) {
        ToggleSwitch toggle = new ToggleSwitch(text);
        toggle.setId(id);
        toggle.selectedProperty().bindBidirectional(setting);
        return toggle;
    }

    private Node folderEditor() {
        TextField folder = new TextField();
        folder.setId("settings-library-folder");
        folder.setEditable(false);
        folder.setPromptText("No folder chosen");
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> model.libraryFolderProperty().get() == null ? "" : model.libraryFolderProperty().get().toString(),
                model.libraryFolderProperty()));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("settings-choose-folder");
        choose.setOnAction(e -> {
            Path chosen = folderChooser.apply(getDialogPane().getScene().getWindow(), model.libraryFolderProperty().get());
            if (chosen != null) {
                model.libraryFolderProperty().set(chosen);
            }
        });
        return new VBox(4, new HBox(8, folder, choose), FieldError.of("settings-folder-error", model.libraryFolderError()));
    }

    private Node namingEditor() {
        NamingModel naming = model.naming();
        ComboBox<NamingFamily> family = new ComboBox<>(naming.families());
        family.setId("settings-name-family");
        family.valueProperty().bindBidirectional(naming.familyProperty());
        family.setAccessibleText("Which kinds this file name template is for");
        family.setPrefWidth(130);
        family.setMinWidth(Region.USE_PREF_SIZE);
        family.setTooltip(new Tooltip("Each kind may have its own template; without one it uses All kinds"));
        Label forKinds = new Label("_For:");
        forKinds.setMnemonicParsing(true);
        forKinds.setLabelFor(family);
        forKinds.setMinWidth(Label.USE_PREF_SIZE);

        TextField template = new TextField();
        template.setId("settings-name-template");
        template.textProperty().bindBidirectional(naming.shownProperty());
        template.promptTextProperty().bind(Bindings.createStringBinding(() -> chosen(naming).general()
                ? chosen(naming).suggestion() : "Empty: uses All kinds",
                naming.familyProperty()));
        template.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> "File name template for " + chosen(naming).label(), naming.familyProperty()));
        HBox.setHgrow(template, Priority.ALWAYS);
        Button suggested = new Button("Use suggested");
        suggested.setId("settings-name-suggested");
        suggested.setMinWidth(Button.USE_PREF_SIZE);
        StringBinding suggestion = Bindings.createStringBinding(
                () -> "Use " + chosen(naming).suggestion() + " for " + chosen(naming).label(), naming.familyProperty());
        Tooltip suggestedTip = new Tooltip();
        suggestedTip.textProperty().bind(suggestion);
        suggested.setTooltip(suggestedTip);
        suggested.accessibleHelpProperty().bind(suggestion);
        suggested.disableProperty().bind(Bindings.createBooleanBinding(
                () -> chosen(naming).suggestion().equals(naming.shownProperty().get()),
                naming.familyProperty(), naming.shownProperty()));
        suggested.setOnAction(e -> naming.useSuggested());
        HBox chooser = new HBox(8, forKinds, family, template, suggested);
        chooser.setAlignment(Pos.CENTER_LEFT);

        Label preview = new Label();
        preview.setId("settings-name-preview");
        preview.textProperty().bind(Bindings.createStringBinding(() -> {
            String path = model.namePreview().get();
            if (path.isEmpty()) {
                return "";
            }
            return "For example: " + path + (naming.usesGeneral() ? " (uses the All kinds template)" : "");
        }, model.namePreview(), naming.shownProperty(), naming.familyProperty()));
        preview.setWrapText(true);
        preview.getStyleClass().add(Styles.TEXT_SMALL);

        Label fields = note(new javafx.beans.property.SimpleStringProperty("Fields: {date:yyyy-MM}, {kind}, {model}, "
                + "{prompt:40}, {id:8}, {track}, {n}, {ext}; “/” makes folders inside the library."));
        return new VBox(4, chooser, FieldError.of("settings-name-template-error", model.nameTemplateError()),
                preview, fields);
    }

    private static NamingFamily chosen(NamingModel naming) {
        NamingFamily family = naming.familyProperty().get();
        return family == null ? NamingFamily.ALL_KINDS : family;
    }

    private Node themeEditor() {
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.valueProperty().bindBidirectional(model.themeProperty());
        return theme;
    }

    private Node advancedEditor() {
        TextField base = new TextField();
        base.setId("settings-api-base");
        base.setPromptText("https://api.kie.ai");
        base.textProperty().bindBidirectional(model.apiBaseUrlProperty());
        Label explain = note(new javafx.beans.property.SimpleStringProperty(
                "For a proxy; leave empty to talk to kie.ai directly."));
        Label env = note(new javafx.beans.property.SimpleStringProperty(
                "For scripted use, the KIE_API_KEY and KIE_API_BASE environment variables and the "
                        + "--api-base option override these settings."));
        Label override = new Label();
        override.setId("settings-override-note");
        override.setWrapText(true);
        override.getStyleClass().add(Styles.WARNING);
        override.textProperty().bind(model.overrideNoteProperty());
        override.visibleProperty().bind(model.overrideNoteProperty().isNotEmpty());
        override.managedProperty().bind(override.visibleProperty());
        Label name = new Label("API base URL");
        VBox box = new VBox(6, name, base, FieldError.of("settings-api-base-error", model.apiBaseUrlError()), explain, env, override,
                NetworkEditor.of(model.network()));
        box.setPadding(new Insets(4));
        return box;
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(5, 0, 0, 0));
        return label;
    }

    private static Label note(ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }


    private static Path chooseWithPlatformDialog(Window owner, Path current) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Library folder for saved videos");
        if (current != null) {
            chooser.setInitialDirectory(current.toFile());
        }
        File dir = chooser.showDialog(owner);
        return dir == null ? null : dir.toPath();
    }
}
