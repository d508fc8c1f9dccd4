package io.alephmonitor.app;

import io.alephmonitor.download.FileNames;
import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.HttpKieClient;
import io.alephmonitor.kie.KieClientConfig;
import io.alephmonitor.settings.ApiKeyStore;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.SettingsStore;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.main.MainWindow;
import io.alephmonitor.ui.detail.DetailPane;
import io.alephmonitor.ui.settings.SettingsDialog;
import io.alephmonitor.ui.settings.SettingsViewModel;
import io.alephmonitor.ui.tasks.TableLayout;
import io.alephmonitor.ui.theme.ThemeController;
import io.alephmonitor.ui.welcome.KeyVerdict;
import io.alephmonitor.ui.welcome.WelcomeChoice;
import io.alephmonitor.ui.welcome.WelcomeDialog;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The main window's life: first-run dialog, wiring the views to the backend, settings, saving its state. */
final class MainStage {

    private static final Logger LOG = LoggerFactory.getLogger(MainStage.class);
    private static final String MAIN_SPLIT = "main";

    /** What the welcome dialog decided. */
    record KeyChoice(boolean demo, ApiKey key) {
    }

    private final Stage stage;
    private final Startup startup;
    private final SettingsStore settingsStore;
    private final ApiKeyStore keyStore;
    private final HostServices host;
    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final ThemeController theme = new ThemeController();
    private Settings settings;
    private Backend backend;
    private MainWindow window;
    private DesktopBridge desktop;

    MainStage(Stage stage, Startup startup, SettingsStore settingsStore, Settings settings, ApiKeyStore keyStore,
              HostServices host) {
        this.stage = stage;
        this.startup = startup;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.keyStore = keyStore;
        this.host = host;
        theme.choiceProperty().set(settings.theme());
        // Decoding seven PNGs (up to 512 px) on the FX thread held up the first frame: decode them beside it.
        io.execute(() -> {
            List<Image> icons = new java.util.ArrayList<>();
            for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
                var icon = MainStage.class.getResource("icons/icon-" + size + ".png");
                if (icon != null) {
                    icons.add(new Image(icon.toExternalForm()));
                }
            }
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
    }

    /** Shows the welcome dialog; completes with the user's key or the demo choice (closing it = no key yet). */
    CompletableFuture<KeyChoice> askForKeyOrDemo() {
        WelcomeDialog dialog = new WelcomeDialog(this::checkKey);
        dialog.setKeyLocation(keyStore.describe());
        Optional<WelcomeChoice> choice = dialog.showAndWait();
        if (choice.isPresent() && choice.get().choice() == WelcomeChoice.Choice.DEMO) {
            return CompletableFuture.completedFuture(new KeyChoice(true, null));
        }
        if (choice.isEmpty() || choice.get().apiKey() == null || choice.get().apiKey().isBlank()) {
            return CompletableFuture.completedFuture(new KeyChoice(false, null));
        }
        ApiKey key = ApiKey.of(choice.get().apiKey());
        return CompletableFuture.supplyAsync(() -> {
            keyStore.save(key.reveal());
            return new KeyChoice(false, key);
        }, io);
    }

    private CompletableFuture<KeyVerdict> checkKey(String typed) {
        return CompletableFuture.supplyAsync(() -> {
            ApiKey key;
            try {
                key = ApiKey.of(typed);
            } catch (IllegalArgumentException e) {
                return new KeyVerdict.Problem(e.getMessage());
            }
            URI base = Backend.realApiBase(startup.commandLine(), settings);
            try (HttpKieClient probe = new HttpKieClient(KieClientConfig.defaults().withBaseUri(base), key)) {
                return switch (probe.credits()) {
                    case ApiResult.Ok<Double> ok -> new KeyVerdict.Accepted(BigDecimal.valueOf(ok.value()));
                    case ApiResult.Err<Double> err -> verdictFor(err.error());
                };
            }
        }, io);
    }

    private static KeyVerdict verdictFor(ApiError error) {
        return switch (error.kind()) {
            case UNAUTHORIZED -> new KeyVerdict.Rejected();
            case CONNECTION, TIMEOUT -> new KeyVerdict.NoNetwork();
            default -> new KeyVerdict.Problem(error.userMessage());
        };
    }

    /** Builds the main window over the opened backend and shows it. */
    void show(Backend opened, String settingsWarning) {
        this.backend = opened;
        desktop = new DesktopBridge(host, opened.tracker(), this::libraryFolder, io, opened.linkRenewal());
        MainView view = MainView.build(opened.tracker(), desktop, opened.isDemo());
        window = view.window();
        window.setOnSave(tasks -> saveTasks(tasks, view));
        window.setOnOpenSettings(this::openSettings);
        window.setTaskCreator(opened.taskCreator());
        new TaskExchangeFlow(stage, window, opened.tracker(), io, java.time.Clock.systemDefaultZone()).attach();
        Diagnostics diagnostics = new Diagnostics(startup.folders(), opened.tracker(), opened.isDemo(),
                keyStore::describe, opened::currentKey);
        window.setHelpActions(new HelpFlow(window, diagnostics, startup.folders().logDir(), desktop::openFolder, io));
        window.notificationsEnabledProperty().set(settings.notifications());
        restoreLayout();
        rememberDefaultKind();

        Scene scene = new Scene(window);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.setTitle(opened.isDemo() ? "Aleph Monitor — Demo (built-in simulator)" : "Aleph Monitor");
        restoreBounds();
        stage.show();

        opened.tracker().start().whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                fatal("Aleph Monitor could not load your tasks", error);
                return;
            }
            List<String> ids = startup.commandLine().taskIds();
            if (!ids.isEmpty()) {
                window.addFromText(String.join("\n", ids));
            }
            startup.inbox().connect(handed -> Platform.runLater(() -> {
                if (!handed.isEmpty()) {
                    window.addFromText(String.join("\n", handed));
                }
                stage.setIconified(false);
                stage.toFront();
            }));
            FirstFrame.mainWindowFilled(() -> window.model().sortedRows().stream().findFirst()
                    .ifPresent(row -> window.select(row.taskId()))); // start-up measurement (off unless asked for)
        }));
        if (settingsWarning != null) {
            LOG.warn(settingsWarning);
        }
    }

    private Path libraryFolder() {
        return settings.libraryDir() != null ? settings.libraryDir() : startup.folders().libraryDir();
    }

    private void saveTasks(List<TrackedTask> tasks, MainView view) {
        DetailPane detail = view.detail();
        if (tasks.size() == 1 && detail.task() != null && detail.task().taskId().equals(tasks.getFirst().taskId())) {
            detail.saveAction().run();
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save " + tasks.size() + " videos into…");
        Path library = libraryFolder();
        if (library.toFile().isDirectory()) {
            chooser.setInitialDirectory(library.toFile());
        }
        var folder = chooser.showDialog(stage);
        if (folder == null) {
            return;
        }
        io.execute(() -> {
            for (TrackedTask task : tasks) {
                Path target = FileNames.uniqueTarget(folder.toPath(),
                        desktop.suggestedFileName(task));
                Platform.runLater(() -> backend.tracker().save(task.taskId(), target));
            }
        });
    }

    private void openSettings() {
        String overrides = startup.commandLine().apiBase().isPresent() || startup.commandLine().apiKey().isPresent()
                ? "KIE_API_KEY / KIE_API_BASE or --api-base are set for this run and take precedence." : "";
        String currentKey = currentKeyText();
        SettingsViewModel model = SettingsFlow.toViewModel(settings, currentKey, keyStore,
                startup.folders().libraryDir(), overrides);
        SettingsDialog dialog = new SettingsDialog(model);
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(accepted -> apply(SettingsFlow.fromViewModel(settings, accepted),
                accepted.apiKeyProperty().get(), currentKey));
    }

    private String currentKeyText() {
        if (backend == null || backend.isDemo()) {
            return "";
        }
        return backend.currentKey() == null ? "" : backend.currentKey().reveal();
    }

    private void apply(Settings updated, String newKey, String oldKey) {
        settings = updated;
        theme.choiceProperty().set(updated.theme());
        window.notificationsEnabledProperty().set(updated.notifications());
        backend.tracker().setPollInterval(updated.pollInterval());
        backend.tracker().setAutoSaveFolder(Backend.autoSaveFolder(startup.commandLine(), updated, libraryFolder()));
        boolean keyChanged = !backend.isDemo() && !newKey.strip().equals(oldKey);
        io.execute(() -> {
            try {
                settingsStore.save(updated);
                if (keyChanged) {
                    if (newKey.isBlank()) {
                        keyStore.delete();
                    } else {
                        keyStore.save(newKey.strip());
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Saving settings failed: {}", e.getMessage());
            }
        });
        if (keyChanged) {
            backend.changeKey(newKey.isBlank() ? null : ApiKey.of(newKey));
        }
        if (!backend.isDemo()) {
            backend.changeApiBase(Backend.realApiBase(startup.commandLine(), updated));
        }
    }

    /** The paste chooser starts at the saved kind; a new choice is saved at once (not only on a clean exit). */
    private void rememberDefaultKind() {
        window.defaultKindProperty().set(settings.defaultKind());
        window.defaultKindProperty().addListener((obs, old, kind) -> {
            settings = settings.withDefaultKind(kind);
            Settings toSave = settings;
            io.execute(() -> {
                try {
                    settingsStore.save(toSave);
                } catch (IOException e) {
                    LOG.warn("Could not save the paste kind: {}", e.getMessage());
                }
            });
        });
    }

    private void restoreLayout() {
        if (!settings.columns().isEmpty() || !settings.sortOrder().isEmpty()) {
            window.applyTableLayout(new TableLayout(settings.columns(), settings.sortOrder()));
        }
        Double divider = settings.dividerPositions().get(MAIN_SPLIT);
        if (divider != null) {
            window.dividerPositionProperty().set(divider);
        }
    }

    private void restoreBounds() {
        Settings.WindowBounds b = settings.window();
        if (b == null || Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty()) {
            // 1280×800, or the whole screen when it is smaller (a 1024×700 screen gets a window that fits).
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1280, screen.getWidth()));
            stage.setHeight(Math.min(800, screen.getHeight()));
            stage.centerOnScreen();
            return;
        }
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
    }

    /** Remembers window bounds, split and table layout; called once on exit. */
    void saveWindowState() {
        if (window == null) {
            return;
        }
        TableLayout layout = window.tableLayout();
        Settings updated = settings
                .withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        stage.isMaximized()))
                .withDividerPosition(MAIN_SPLIT, window.dividerPositionProperty().get())
                .withColumns(layout.columns())
                .withSortOrder(layout.sortOrder());
        window.dispose();
        try {
            settingsStore.save(updated);
        } catch (IOException e) {
            LOG.warn("Could not save the window layout: {}", e.getMessage());
        }
        io.shutdown();
    }

    /** Shows a problem that stops the app from working, in words, and exits. */
    void fatal(String headline, Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        LOG.error(headline, cause);
        Alert alert = new Alert(Alert.AlertType.ERROR, cause.getMessage());
        alert.setHeaderText(headline);
        alert.showAndWait();
        Platform.exit();
    }
}
