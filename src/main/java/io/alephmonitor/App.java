package io.alephmonitor;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.settings.ApiKeyStore;
import io.alephmonitor.settings.FileApiKeyStore;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.SettingsStore;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The JavaFX application: loads settings and opens the backend off the FX thread (in
 * {@link #init()}), asks for a key on a first start, then shows the main window.
 */
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static volatile Startup startup;

    private SettingsStore settingsStore;
    private Settings settings;
    private String settingsWarning;
    private ApiKeyStore keyStore;
    private Optional<String> storedKey = Optional.empty();
    private Backend backend;
    private MainStage mainStage;

    /** Starts the application with what the launcher settled. */
    static void launch(Startup settled) {
        startup = settled;
        Application.launch(App.class);
    }

    @Override
    public void init() {
        Startup s = startup;
        settingsStore = new SettingsStore(s.folders().configDir());
        SettingsStore.Loaded loaded = settingsStore.load();
        settings = loaded.settings();
        settingsWarning = loaded.warning();
        keyStore = new FileApiKeyStore(s.folders().configDir());
        CommandLine cl = s.commandLine();
        if (cl.demo()) {
            backend = Backend.openDemo(s.folders(), settings, cl);
            return;
        }
        storedKey = cl.apiKey().isPresent() ? cl.apiKey() : loadKeyQuietly();
        if (storedKey.isPresent()) {
            backend = Backend.openReal(s.folders(), settings, cl, ApiKey.of(storedKey.get()));
        }
    }

    private Optional<String> loadKeyQuietly() {
        try {
            return keyStore.load();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the stored API key: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void start(Stage stage) {
        Startup s = startup;
        mainStage = new MainStage(stage, s, settingsStore, settings, keyStore, getHostServices());
        if (backend != null) {
            mainStage.show(backend, settingsWarning);
            return;
        }
        // First start without a key: the welcome dialog decides between a real key and the demo. Between the
        // dialog closing and the main window opening no window shows, which would end JavaFX by itself.
        Platform.setImplicitExit(false);
        mainStage.askForKeyOrDemo().thenAccept(choice -> CompletableFuture
                .supplyAsync(() -> choice.demo()
                        ? Backend.openDemo(s.folders(), settings, s.commandLine())
                        : Backend.openReal(s.folders(), settings, s.commandLine(), choice.key()))
                .whenComplete((opened, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        mainStage.fatal("Aleph Monitor could not open its data", error);
                        return;
                    }
                    backend = opened;
                    mainStage.show(opened, settingsWarning);
                    Platform.setImplicitExit(true);
                })));
    }

    @Override
    public void stop() {
        if (mainStage != null) {
            mainStage.saveWindowState();
        }
        if (backend != null) {
            backend.close();
        }
        try {
            startup.lock().close();
        } catch (Exception e) {
            LOG.debug("Releasing the instance lock failed", e);
        }
    }
}
