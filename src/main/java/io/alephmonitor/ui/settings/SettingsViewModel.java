package io.alephmonitor.ui.settings;

import io.alephmonitor.settings.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The editable settings as JavaFX properties, with inline validation. The app fills it from its
 * stored settings before showing the dialog and copies it back when the user presses OK.
 */
public final class SettingsViewModel {

    /** Limits of the poll interval, in seconds. */
    public static final int MIN_POLL_SECONDS = 10;
    public static final int MAX_POLL_SECONDS = 600;

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty apiKeyLocation = new SimpleStringProperty(this, "apiKeyLocation", "");
    private final IntegerProperty pollIntervalSeconds = new SimpleIntegerProperty(this, "pollIntervalSeconds", 30);
    private final BooleanProperty autoSave = new SimpleBooleanProperty(this, "autoSave", false);
    private final ObjectProperty<Path> libraryFolder = new SimpleObjectProperty<>(this, "libraryFolder");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);
    private final BooleanProperty notifications = new SimpleBooleanProperty(this, "notifications", true);
    private final BooleanProperty closeToTray = new SimpleBooleanProperty(this, "closeToTray", false);
    private final BooleanProperty trayAvailable = new SimpleBooleanProperty(this, "trayAvailable", false);
    private final StringProperty apiBaseUrl = new SimpleStringProperty(this, "apiBaseUrl", "");
    private final StringProperty overrideNote = new SimpleStringProperty(this, "overrideNote", "");
    private final NamingModel naming = new NamingModel();
    private final BooleanProperty sidecars = new SimpleBooleanProperty(this, "sidecars", true);
    private final BooleanProperty fileTags = new SimpleBooleanProperty(this, "fileTags", true);
    private final NetworkModel network = new NetworkModel();

    private final StringBinding pollIntervalError = Bindings.createStringBinding(
            () -> pollIntervalProblem(pollIntervalSeconds.get()), pollIntervalSeconds);
    private final StringBinding apiBaseUrlError = Bindings.createStringBinding(
            () -> apiBaseUrlProblem(apiBaseUrl.get()), apiBaseUrl);
    private final StringBinding libraryFolderError = Bindings.createStringBinding(
            () -> autoSave.get() && libraryFolder.get() == null
                    ? "Choose a library folder for automatic saving, or turn automatic saving off." : null,
            autoSave, libraryFolder);
    private final BooleanBinding valid = pollIntervalError.isNull()
            .and(apiBaseUrlError.isNull()).and(libraryFolderError.isNull()).and(Bindings.isNull(naming.error()))
            .and(Bindings.isNull(network.error()));

    /** The kie.ai API key; empty = no key (the key is removed when saved empty). Never logged. */
    public StringProperty apiKeyProperty() { return apiKey; }

    /** Where the key is kept, in words, e.g. "Stored in the system keychain". Set by the app. */
    public StringProperty apiKeyLocationProperty() { return apiKeyLocation; }

    public IntegerProperty pollIntervalSecondsProperty() { return pollIntervalSeconds; }

    public BooleanProperty autoSaveProperty() { return autoSave; }

    public ObjectProperty<Path> libraryFolderProperty() { return libraryFolder; }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    public BooleanProperty notificationsProperty() { return notifications; }

    /** Closing the window leaves the app in the tray, still checking. */
    public BooleanProperty closeToTrayProperty() { return closeToTray; }

    /** Whether this desktop has a tray (set by the app; without one the switch above cannot be turned on). */
    public BooleanProperty trayAvailableProperty() { return trayAvailable; }

    /** The API base URL; empty = kie.ai's own address. */
    public StringProperty apiBaseUrlProperty() { return apiBaseUrl; }

    /** Set by the app when KIE_API_KEY, KIE_API_BASE or --api-base override settings right now; empty otherwise. */
    public StringProperty overrideNoteProperty() { return overrideNote; }

    /** How saved files and folders are named, e.g. {@code {prompt}-{id}.{ext}}; empty = the names saves always had. */
    public StringProperty nameTemplateProperty() { return naming.generalProperty(); }

    /** The naming templates: the general one, one per kind family, the family edited and its preview. */
    public NamingModel naming() { return naming; }

    /** The families' own templates by family id (e.g. "suno"); a family not in it uses {@link #nameTemplateProperty}. */
    public ObservableMap<String, String> kindTemplates() { return naming.byFamily(); }

    /** The chooser's families, "All kinds" first (set by the app). */
    public ObservableList<NamingFamily> namingFamilies() { return naming.families(); }

    /** Set by the app: (family id, template) → the path for a sample task of that family, as {@link #namePreviewerProperty}. */
    public ObjectProperty<BiFunction<String, String, String>> kindPreviewerProperty() {
        return naming.kindPreviewerProperty();
    }

    /** Whether a sidecar with the task's prompt and parameters is written beside every saved file. */
    public BooleanProperty sidecarsProperty() { return sidecars; }

    /** The proxy and the update check (Settings → Advanced). */
    public NetworkModel network() { return network; }

    /** Whether saves write the prompt into the files themselves (on by default). */
    public BooleanProperty fileTagsProperty() { return fileTags; }

    /**
     * Set by the app: a template's name for a sample task (its relative path in the library), or an
     * {@link IllegalArgumentException} whose message says why the template cannot work.
     */
    public ObjectProperty<Function<String, String>> namePreviewerProperty() { return naming.previewerProperty(); }

    /** Why a naming template (the general one or a family's) cannot work, or null. */
    public ObservableStringValue nameTemplateError() { return naming.error(); }

    /** The name the chosen family's template gives a sample task; empty while the template cannot work. */
    public ObservableStringValue namePreview() { return naming.preview(); }

    public ObservableStringValue pollIntervalError() { return pollIntervalError; }

    public ObservableStringValue apiBaseUrlError() { return apiBaseUrlError; }

    public ObservableStringValue libraryFolderError() { return libraryFolderError; }

    /** True when every field is acceptable (OK is enabled only then). */
    public ObservableBooleanValue valid() { return valid; }

    /** Why an interval is not acceptable, or null. */
    public static String pollIntervalProblem(int seconds) {
        return seconds < MIN_POLL_SECONDS || seconds > MAX_POLL_SECONDS
                ? "Check every " + MIN_POLL_SECONDS + " to " + MAX_POLL_SECONDS + " seconds." : null;
    }

    /** Why a base URL is not acceptable, or null (empty means kie.ai's own address). */
    public static String apiBaseUrlProblem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return "Enter a web address such as https://api.kie.ai.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return "Enter a full web address such as https://api.kie.ai.";
        }
        if (uri.getRawUserInfo() != null) {
            return "Leave the user name and password out of the address; the API key is sent separately.";
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "The address can't contain ? or #.";
        }
        if (scheme.equals("https")) {
            return null;
        }
        if (scheme.equals("http") && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (scheme.equals("http")) {
            return "Use https — plain http is only allowed for 127.0.0.1 or localhost, so the API key is never sent unencrypted.";
        }
        return "The address must start with https://.";
    }

    @Override
    public String toString() {
        // Deliberately without the key.
        return "SettingsViewModel[poll=" + pollIntervalSeconds.get() + "s, autoSave=" + autoSave.get()
                + ", theme=" + theme.get() + ", apiBase=" + apiBaseUrl.get() + ", key="
                + (apiKey.get() == null || apiKey.get().isEmpty() ? "none" : "set") + "]";
    }
}
