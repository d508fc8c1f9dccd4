package io.alephmonitor.app;

import io.alephmonitor.kie.TaskKind;
import io.alephmonitor.kie.TaskKinds;
import io.alephmonitor.settings.ApiKeyStore;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.SettingsStore;
import io.alephmonitor.ui.main.MainWindow;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The main window's life: the welcome dialog on a first start, then the window wired to the backend,
 * and its state saved on exit. Each job is a flow of its own; this class puts them together.
 */
final class MainStage {

    private final Stage stage;
    private final Startup startup;
    private final ApiKeyStore keyStore;
    private final HostServices host;
    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final ThemeController theme = new ThemeController();
    private final KeptSettings settings;
    private final WindowState windowState;
    private final SettingsFlow settingsFlow;
    private MainWindow window;
    private DesktopPresence desktopPresence;
    private UpdateFlow updates;
    private Runnable keepPendingEdits = () -> { };

    MainStage(Stage stage, Startup startup, SettingsStore settingsStore, Settings settings, ApiKeyStore keyStore,
              HostServices host) {
        this.stage = stage;
        this.startup = startup;
        this.keyStore = keyStore;
        this.host = host;
        this.settings = new KeptSettings(settingsStore, settings, io);
        this.windowState = new WindowState(stage, this.settings);
        this.settingsFlow = new SettingsFlow(stage, startup, this.settings, keyStore, theme, io,
                () -> { if (updates != null) { updates.checkSoon(); } });
        theme.choiceProperty().set(settings.theme());
        // Decoding seven PNGs (up to 512 px) on the FX thread held up the first frame: decode them beside it.
        io.execute(() -> {
            List<Image> icons = new ArrayList<>();
            for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
                var icon = MainStage.class.getResource("/io/alephmonitor/icons/icon-" + size + ".png");
                if (icon != null) {
                    icons.add(new Image(icon.toExternalForm()));
                }
            }
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
    }

    /** Shows the welcome dialog; completes with the user's key or the demo choice (closing it = no key yet). */
    CompletableFuture<WelcomeFlow.KeyChoice> askForKeyOrDemo() {
        return new WelcomeFlow(keyStore, () -> Backend.realApiBase(startup.commandLine(), settings.get()), io)
                .askForKeyOrDemo();
    }

    /** Builds the main window over the opened backend and shows it. */
    void show(Backend opened, String settingsWarning) {
        DesktopBridge desktop = new DesktopBridge(host, opened.tracker(), settingsFlow::libraryFolder, io,
                opened.linkRenewal(), opened.textExcerpts()).namingBy(opened::libraryOptions)
                .withFollowUps(opened.followUps());
        MainView view = MainView.build(opened.tracker(), desktop, opened.isDemo());
        window = view.window();
        keepPendingEdits = view::keepPendingEdits;
        SaveManyFlow saveMany = new SaveManyFlow(stage, settingsFlow::libraryFolder, desktop, opened.tracker(), io);
        window.setOnSave(tasks -> saveMany.save(tasks, view.detail()));
        desktopPresence = new DesktopPresence(stage, window, opened.tracker(), settings);
        window.setOnOpenSettings(() -> settingsFlow.open(opened, desktopPresence.notices(), desktopPresence.hasTray()));
        window.setTaskCreator(opened.taskCreator());
        desktop.remakeThrough(window::remake);
        window.setOnBatches(() -> new BatchFlow(stage, opened.batches(), opened::api, io).open());
        new TaskExchangeFlow(stage, window, opened.tracker(), io, Clock.systemDefaultZone()).attach();
        LibraryImportFlow library = new LibraryImportFlow(opened.tracker(), TaskKinds.standard().all().stream()
                .map(TaskKind::id).collect(Collectors.toUnmodifiableSet()), io, Platform::runLater,
                Clock.systemDefaultZone(), window::showNotice);
        window.setLibraryDrops(library);
        Diagnostics diagnostics = new Diagnostics(startup.folders(), opened.tracker(), opened.isDemo(),
                keyStore::describe, opened::currentKey);
        window.setHelpActions(new HelpFlow(window, diagnostics, startup.folders().logDir(), desktop::openFolder, io));
        windowState.restore(window);
        updates = new UpdateFlow(settings, window, page -> host.showDocument(page.toString())).start();

        Scene scene = new Scene(window);
        ThemeController.style(scene);
        stage.setScene(scene);
        stage.setTitle(opened.isDemo() ? "Aleph Monitor — Demo (built-in simulator)" : "Aleph Monitor");
        windowState.restoreBounds();
        stage.show();
        desktopPresence.start(io); // tray icon and the OS notification centre, found off the FX thread

        opened.tracker().start().whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                fatal("Aleph Monitor could not load your tasks", error);
                return;
            }
            library.takeArguments(startup.commandLine().taskIds(), window::addFromText); // IDs, files, folders
            startup.inbox().connect(handed -> Platform.runLater(() -> {
                library.takeArguments(handed, window::addFromText);
                stage.setIconified(false);
                stage.toFront();
            }));
            FirstFrame.mainWindowFilled(() -> window.model().sortedRows().stream().findFirst()
                    .ifPresent(row -> window.select(row.taskId()))); // start-up measurement (off unless asked for)
        }));
        if (settingsWarning != null) {
            LoggerFactory.getLogger(MainStage.class).warn(settingsWarning);
        }
    }

    /** Remembers window bounds, split and table layout; called once on exit. */
    void saveWindowState() {
        if (window == null) {
            return;
        }
        windowState.save(window);
        if (updates != null) {
            updates.close();
        }
        keepPendingEdits.run(); // a note typed a moment ago is written before the tracker closes
        window.dispose();
        desktopPresence.close();
        io.shutdown();
    }

    /** Shows a problem that stops the app from working, in words, and exits. */
    void fatal(String headline, Throwable error) {
        FatalAlert.show(headline, error);
    }
}
