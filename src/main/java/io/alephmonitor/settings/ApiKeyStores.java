package io.alephmonitor.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Chooses where the API key lives: the OS credential store when one answers, otherwise the
 * owner-only file, whose {@link ApiKeyStore#describe()} then says why. Blocks for at most the
 * probe's timeout: call it off the FX thread.
 */
public final class ApiKeyStores {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyStores.class);
    /** A locked or absent Secret Service can leave a call hanging: start-up waits no longer than this. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    static final String PORTABLE = "--data-dir keeps everything in that folder";

    private ApiKeyStores() {
    }

    /** The store for this computer; with {@code --data-dir} always the file inside that folder. */
    public static ApiKeyStore forThisComputer(AppFolders folders) {
        if (folders.portable()) {
            return new FileApiKeyStore(folders.configDir(), PORTABLE);
        }
        return choose(JavaKeyring::open, new FileApiKeyStore(folders.configDir()), PROBE_TIMEOUT);
    }

    /**
     * Opens the keyring and reads our entry (a harmless probe) on a daemon thread, waiting at most
     * {@code timeout}. When it answers, a key still in {@code file} moves into it; when it fails,
     * hangs, or does not take the key, {@code file} is the store.
     */
    public static ApiKeyStore choose(Supplier<SystemKeyring> opener, FileApiKeyStore file, Duration timeout) {
        CompletableFuture<SystemKeyring> probe = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("keyring-probe").start(() -> {
            try {
                SystemKeyring keyring = opener.get();
                keyring.read();
                probe.complete(keyring);
            } catch (RuntimeException | LinkageError e) {
                probe.completeExceptionally(e);
            }
        });
        SystemKeyring keyring;
        try {
            keyring = probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info("The system keyring did not answer within {} s; the API key is kept in {}",
                    timeout.toSeconds(), file.file());
            return file;
        } catch (ExecutionException e) {
            LOG.info("{}; the API key is kept in {}", e.getCause().getMessage(), file.file());
            return file;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return file;
        }
        KeyringApiKeyStore store = new KeyringApiKeyStore(keyring, file);
        return store.adoptKeyFrom(file) ? store : new FileApiKeyStore(file.file().getParent(), KeyringApiKeyStore.REFUSED);
    }
}
