package io.alephmonitor.app;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.app.notify.NoticeRouting;
import io.alephmonitor.settings.ApiKeyStore;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.UpdateChoice;
import io.alephmonitor.ui.settings.SettingsDialog;
import io.alephmonitor.ui.settings.SettingsViewModel;
import io.alephmonitor.ui.theme.ThemeController;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

import io.alephmonitor.download.NameTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Settings from the main window: the dialog filled from the settings in force, and what a change
 * means once accepted (theme, notices, polling, auto-save, the key and the address), saved in the background.
 */
record SettingsFlow(Window owner, Startup startup, KeptSettings settings, ApiKeyStore keyStore, ThemeController theme,
                    Executor io, Runnable onUpdatesAllowed) {

    /** The library folder in force: the one chosen in Settings, else the platform's default. */
    Path libraryFolder() {
        Path chosen = settings.get().libraryDir();
        return chosen != null ? chosen : startup.folders().libraryDir();
    }

    /** Opens the Settings dialog over the window and applies what the user accepts. */
    void open(Backend backend, NoticeRouting notices, boolean trayAvailable) {
        String overrides = startup.commandLine().apiBase().isPresent() || startup.commandLine().apiKey().isPresent()
                ? "KIE_API_KEY / KIE_API_BASE or --api-base are set for this run and take precedence." : "";
        String currentKey = backend.isDemo() || backend.currentKey() == null ? "" : backend.currentKey().reveal();
        SettingsViewModel model = toViewModel(settings.get(), currentKey, keyStore, startup.folders().libraryDir(),
                overrides);
        model.trayAvailableProperty().set(trayAvailable);
        if (!trayAvailable) {
            model.closeToTrayProperty().set(false);
        }
        SettingsDialog dialog = new SettingsDialog(model);
        dialog.initOwner(owner);
        dialog.showAndWait().ifPresent(accepted -> apply(backend, notices, fromViewModel(settings.get(), accepted),
                accepted.apiKeyProperty().get(), currentKey, accepted.network().passwordProperty().get()));
    }

    private void apply(Backend backend, NoticeRouting notices, Settings updated, String newKey, String oldKey,
                       String passwordTyped) {
        settings.update(old -> updated, "the settings");
        theme.choiceProperty().set(updated.theme());
        notices.setEnabled(updated.notifications());
        backend.tracker().setPollInterval(updated.pollInterval());
        backend.tracker().setAutoSaveFolder(Backend.autoSaveFolder(startup.commandLine(), updated, libraryFolder()));
        backend.setLibraryOptions(Backend.libraryOptions(updated));
        boolean keyChanged = !backend.isDemo() && !newKey.strip().equals(oldKey);
        if (keyChanged) {
            io.execute(() -> {
                try {
                    if (newKey.isBlank()) {
                        keyStore.delete();
                    } else {
                        keyStore.save(newKey.strip());
                    }
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(SettingsFlow.class).warn("Saving the API key failed: {}", e.getMessage());
                }
            });
            backend.changeKey(newKey.isBlank() ? null : ApiKey.of(newKey));
        }
        if (!backend.isDemo()) {
            backend.changeApiBase(Backend.realApiBase(startup.commandLine(), updated));
        }
        applyNetwork(updated, passwordTyped);
    }

    /** The proxy from the next connection on; its password into the keyring (off the FX thread). */
    private void applyNetwork(Settings updated, String passwordTyped) {
        Network network = Network.current();
        if (network == null) {
            return;
        }
        network.use(updated.proxy());
        boolean noUser = updated.proxy().user() == null;
        if (noUser || !passwordTyped.isEmpty()) {
            io.execute(() -> {
                if (noUser) {
                    network.passwords().delete();
                } else {
                    network.passwords().save(passwordTyped);
                }
            });
        }
        if (updated.updates().on() && onUpdatesAllowed != null) {
            onUpdatesAllowed.run();
        }
    }

    static SettingsViewModel toViewModel(Settings settings, String apiKey, ApiKeyStore keyStore,
                                         Path defaultLibrary, String overrideNote) {
        SettingsViewModel model = new SettingsViewModel();
        model.apiKeyProperty().set(apiKey == null ? "" : apiKey);
        model.apiKeyLocationProperty().set(keyStore.describe());
        model.pollIntervalSecondsProperty().set((int) settings.pollInterval().toSeconds());
        model.autoSaveProperty().set(settings.autoSave());
        model.libraryFolderProperty().set(settings.libraryDir() != null ? settings.libraryDir() : defaultLibrary);
        model.themeProperty().set(settings.theme());
        model.notificationsProperty().set(settings.notifications());
        model.closeToTrayProperty().set(settings.closeToTray());
        model.apiBaseUrlProperty().set(settings.apiBase() == null ? "" : settings.apiBase());
        model.overrideNoteProperty().set(overrideNote == null ? "" : overrideNote);
        model.nameTemplateProperty().set(settings.nameTemplate() == null ? NameTemplate.DEFAULT_TEXT
                : settings.nameTemplate());
        model.sidecarsProperty().set(settings.sidecars());
        model.fileTagsProperty().set(settings.fileTags());
        model.namePreviewerProperty().set(SettingsFlow::namePreview);
        model.kindPreviewerProperty().set(NamingPreview::preview);
        model.namingFamilies().setAll(NamingPreview.families());
        model.kindTemplates().putAll(settings.nameTemplates());
        model.network().show(settings.proxy());
        model.network().updateChecksProperty().set(settings.updates().on());
        Network network = Network.current();
        model.network().passwordLocationProperty().set(network == null ? "" : network.passwords().describe());
        return model;
    }

    static Settings fromViewModel(Settings old, SettingsViewModel model) {
        return old.withPollInterval(Duration.ofSeconds(model.pollIntervalSecondsProperty().get()))
                .withAutoSave(model.autoSaveProperty().get())
                .withLibraryDir(model.libraryFolderProperty().get())
                .withTheme(model.themeProperty().get())
                .withNotifications(model.notificationsProperty().get())
                .withCloseToTray(model.closeToTrayProperty().get())
                .withApiBase(model.apiBaseUrlProperty().get())
                .withNameTemplate(NameTemplate.DEFAULT_TEXT.equals(model.nameTemplateProperty().get().strip()) ? null
                        : model.nameTemplateProperty().get())
                .withNameTemplates(Map.copyOf(model.kindTemplates()))
                .withSidecars(model.sidecarsProperty().get())
                .withFileTags(model.fileTagsProperty().get())
                .withProxy(model.network().toSetting())
                .withUpdates(updates(old.updates(), model.network().updateChecksProperty().get()));
    }

    /** Off stays "not asked" until the user turns the check on once. */
    private static UpdateChoice updates(UpdateChoice old, boolean on) {
        return on ? old.withAllowed(true) : old.allowed() == null ? old : old.withAllowed(false);
    }

    /** Where the template saves a sample task's video (the preview in Settings); a template that cannot work says why. */
    static String namePreview(String template) {
        return NamingPreview.preview(null, template);
    }
}
