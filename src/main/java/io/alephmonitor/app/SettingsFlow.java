package io.alephmonitor.app;

import io.alephmonitor.settings.ApiKeyStore;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.ui.settings.SettingsViewModel;

import java.nio.file.Path;
import java.time.Duration;

/** Maps the stored settings to the settings dialog's view model and back. */
final class SettingsFlow {

    private SettingsFlow() {
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
        model.apiBaseUrlProperty().set(settings.apiBase() == null ? "" : settings.apiBase());
        model.overrideNoteProperty().set(overrideNote == null ? "" : overrideNote);
        return model;
    }

    static Settings fromViewModel(Settings old, SettingsViewModel model) {
        return old.withPollInterval(Duration.ofSeconds(model.pollIntervalSecondsProperty().get()))
                .withAutoSave(model.autoSaveProperty().get())
                .withLibraryDir(model.libraryFolderProperty().get())
                .withTheme(model.themeProperty().get())
                .withNotifications(model.notificationsProperty().get())
                .withApiBase(model.apiBaseUrlProperty().get());
    }
}
