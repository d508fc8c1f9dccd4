package io.alephmonitor.app;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.settings.ApiKeyStore;
import io.alephmonitor.settings.ApiKeyStores;
import io.alephmonitor.settings.Settings;
import io.alephmonitor.settings.SettingsStore;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the app opens before its window: settings, the stored key and, when there is one (or demo mode),
 * the backend. Opened on its own thread while JavaFX starts, since both take about as long.
 *
 * @param backend null when no key is known yet (the welcome dialog asks)
 */
record OpenedData(SettingsStore settingsStore, Settings settings, String settingsWarning, ApiKeyStore keyStore,
                  Backend backend) {

    /** Starts opening at once on a new thread. */
    static CompletableFuture<OpenedData> openInBackground(Startup startup) {
        CompletableFuture<OpenedData> opened = new CompletableFuture<>();
        Thread.ofPlatform().name("aleph-open").start(() -> {
            try {
                opened.complete(open(startup));
            } catch (Throwable e) {
                opened.completeExceptionally(e);
            }
        });
        return opened;
    }

    /** Waits for {@link #openInBackground}; a failure is rethrown as it was thrown. */
    static OpenedData await(CompletableFuture<OpenedData> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static OpenedData open(Startup s) {
        SettingsStore settingsStore = new SettingsStore(s.folders().configDir());
        SettingsStore.Loaded loaded = settingsStore.load();
        Settings settings = loaded.settings();
        Network.install(s.folders(), settings.proxy()); // before the first connection
        CommandLine cl = s.commandLine();
        Backend backend = null;
        ApiKeyStore keyStore;
        if (cl.demo()) {
            backend = Backend.openDemo(s.folders(), settings, cl);
            keyStore = ApiKeyStores.forThisComputer(s.folders()); // after the demo opens: a slow keyring can't delay it
        } else {
            keyStore = ApiKeyStores.forThisComputer(s.folders());
            Optional<String> key = cl.apiKey().isPresent() ? cl.apiKey() : loadKeyQuietly(keyStore);
            if (key.isPresent()) {
                backend = Backend.openReal(s.folders(), settings, cl, ApiKey.of(key.get()));
            }
        }
        return new OpenedData(settingsStore, settings, loaded.warning(), keyStore, backend);
    }

    private static Optional<String> loadKeyQuietly(ApiKeyStore keyStore) {
        try {
            return keyStore.load();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(OpenedData.class).warn("Could not read the stored API key: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
