package io.alephmonitor.ui.settings;

import atlantafx.base.theme.Styles;
import io.alephmonitor.settings.ProxySetting;
import io.alephmonitor.ui.FieldError;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The proxy choice and the update-check switch under Settings → Advanced. */
final class NetworkEditor {

    private NetworkEditor() {
    }

    static Node of(NetworkModel model) {
        ToggleGroup modes = new ToggleGroup();
        RadioButton system = mode("settings-proxy-system", "System", ProxySetting.Mode.SYSTEM, modes);
        RadioButton none = mode("settings-proxy-none", "None", ProxySetting.Mode.NONE, modes);
        RadioButton http = mode("settings-proxy-http", "HTTP", ProxySetting.Mode.HTTP, modes);
        RadioButton socks = new RadioButton("SOCKS (not supported)");
        socks.setId("settings-proxy-socks");
        socks.setDisable(true);
        socks.setTooltip(new Tooltip(ProxySetting.SOCKS_UNSUPPORTED));
        modes.selectToggle(switch (model.modeProperty().get()) {
            case SYSTEM -> system;
            case NONE -> none;
            case HTTP -> http;
        });
        modes.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.modeProperty().set((ProxySetting.Mode) now.getUserData());
            }
        });
        HBox choice = new HBox(14, system, none, http, socks);
        choice.setAlignment(Pos.CENTER_LEFT);

        BooleanBinding notHttp = model.modeProperty().isNotEqualTo(ProxySetting.Mode.HTTP);
        TextField host = field("settings-proxy-host", "proxy.example.com", model.hostProperty(), notHttp);
        TextField port = field("settings-proxy-port", "8080", model.portProperty(), notHttp);
        port.setPrefColumnCount(6);
        TextField user = field("settings-proxy-user", "optional", model.userProperty(), notHttp);
        PasswordField password = new PasswordField();
        password.setId("settings-proxy-password");
        password.setPromptText("optional");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.disableProperty().bind(notHttp);

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label("Host"), host, new Label("Port"), port);
        fields.addRow(1, new Label("User"), user, new Label("Password"), password);

        Label socksNote = note(ProxySetting.SOCKS_UNSUPPORTED);
        Label keyNote = note("The API key reaches kie.ai only over https: through an HTTP proxy it travels inside an "
                + "encrypted tunnel the proxy cannot read.");
        Label where = note("");
        where.textProperty().bind(model.passwordLocationProperty());

        CheckBox updates = new CheckBox("Check once a day whether a new version is out");
        updates.setId("settings-update-checks");
        updates.selectedProperty().bindBidirectional(model.updateChecksProperty());
        Label updatesNote = note("Asks the project's release page only — nothing is downloaded or installed; "
                + "you get a link to read what is new.");

        Label proxy = new Label("Proxy");
        proxy.getStyleClass().add(Styles.TEXT_BOLD);
        Label update = new Label("Updates");
        update.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(6, proxy, choice, fields, FieldError.of("settings-proxy-error", model.error()),
                where, keyNote, socksNote, update, updates, updatesNote);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static RadioButton mode(String id, String text, ProxySetting.Mode mode, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setUserData(mode);
        button.setToggleGroup(group);
        return button;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value,
                                   BooleanBinding disabled) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(disabled);
        return field;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }
}
