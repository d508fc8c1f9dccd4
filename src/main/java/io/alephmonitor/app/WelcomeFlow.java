package io.alephmonitor.app;

import io.alephmonitor.kie.ApiKey;
import io.alephmonitor.settings.ApiKeyStore;
import io.alephmonitor.ui.welcome.WelcomeChoice;
import io.alephmonitor.ui.welcome.WelcomeDialog;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** The first start without a key: the welcome dialog, the key check behind it, and keeping the key given. */
record WelcomeFlow(ApiKeyStore keyStore, Supplier<URI> apiBase, Executor io) {

    /** What the welcome dialog decided. */
    record KeyChoice(boolean demo, ApiKey key) {
    }

    /** Shows the welcome dialog; completes with the user's key or the demo choice (closing it = no key yet). */
    CompletableFuture<KeyChoice> askForKeyOrDemo() {
        WelcomeDialog dialog = new WelcomeDialog(typed -> CompletableFuture.supplyAsync(
                () -> KeyProbe.check(typed, apiBase.get()), io));
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
}
