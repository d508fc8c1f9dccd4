package io.alephmonitor.app;

import io.alephmonitor.settings.ApiKeyStore;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.SettingsStore;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * The JavaFX application: loads settings and opens the backend off the FX thread (started before
 * JavaFX, awaited in {@link #init()}), asks for a key on a first start, then shows the main window.
 */
public final class App extends Application {

    // No static logger here or in OpenedData: App.launch runs on the launch's critical path, and the first
    // logger would read logback's configuration there; the aleph-logging thread does that beside it.
    private static volatile Startup startup;

    private static volatile CompletableFuture<OpenedData> opening;

    private SettingsStore settingsStore;
    private Settings settings;
    private String settingsWarning;
    private ApiKeyStore keyStore;
    private Backend backend;
    private MainStage mainStage;

    /** Starts the application with what the launcher settled; its data opens while JavaFX starts. */
    static void launch(Startup settled) {
        startup = settled;
        // Configuring logback takes a few hundred milliseconds: on its own thread it holds up neither JavaFX nor
        // the data opening (a logger asked for meanwhile is a stand-in that passes its messages on once it is done).
        Thread.ofPlatform().daemon().name("aleph-logging").start(LoggerFactory::getILoggerFactory);
        opening = OpenedData.openInBackground(settled);
        Application.launch(App.class);
    }

    @Override
    public void init() {
        OpenedData opened = OpenedData.await(opening);
        settingsStore = opened.settingsStore();
        settings = opened.settings();
        settingsWarning = opened.settingsWarning();
        keyStore = opened.keyStore();
        backend = opened.backend();
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
            LoggerFactory.getLogger(App.class).debug("Releasing the instance lock failed", e);
        }
    }
}
