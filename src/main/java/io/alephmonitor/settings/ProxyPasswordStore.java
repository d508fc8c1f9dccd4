package io.alephmonitor.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps the HTTP proxy's password in the OS credential store, never in settings.json. Without a
 * keyring the password is kept for this run only and {@link #describe()} says so. Methods may
 * block (a keyring can prompt): call them off the FX thread. Never logs the password.
 */
public final class ProxyPasswordStore {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyPasswordStore.class);

    private final SystemKeyring keyring;
    private volatile String thisRunOnly;

    /** @param keyring the credential store's proxy entry, or null when there is no keyring */
    public ProxyPasswordStore(SystemKeyring keyring) {
        this.keyring = keyring;
    }

    /** The store for this computer: the keyring when one opens, otherwise memory for this run. */
    public static ProxyPasswordStore forThisComputer(AppFolders folders) {
        if (folders.portable()) {
            return new ProxyPasswordStore(null);
        }
        return new ProxyPasswordStore(opened(() -> JavaKeyring.open(JavaKeyring.PROXY_ACCOUNT)));
    }

    private static SystemKeyring opened(Supplier<SystemKeyring> opener) {
        try {
            return opener.get();
        } catch (RuntimeException | LinkageError none) {
            LOG.info("No system keyring for the proxy password; it is kept for this run only");
            return null;
        }
    }

    /** The saved password, or empty. */
    public Optional<String> load() {
        if (thisRunOnly != null || keyring == null) {
            return Optional.ofNullable(thisRunOnly);
        }
        try {
            return keyring.read().filter(p -> !p.isEmpty());
        } catch (ApiKeyStorageException unreadable) {
            LOG.warn("{}", unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Saves the password (null or empty: forgets it). */
    public void save(String password) {
        if (password == null || password.isEmpty()) {
            delete();
            return;
        }
        if (keyring != null) {
            try {
                keyring.write(password);
                thisRunOnly = null;
                return;
            } catch (ApiKeyStorageException refused) {
                LOG.warn("{}; the proxy password is kept for this run only", refused.getMessage());
            }
        }
        thisRunOnly = password;
    }

    public void delete() {
        thisRunOnly = null;
        if (keyring != null) {
            try {
                keyring.delete();
            } catch (ApiKeyStorageException refused) {
                LOG.warn("{}", refused.getMessage());
            }
        }
    }

    /** One sentence for Settings saying where the password is kept. */
    public String describe() {
        return keyring == null || thisRunOnly != null
                ? "The proxy password is kept for this run only: no system password store answered."
                : "The proxy password is kept in " + keyring.displayName() + ", never in the settings file.";
    }
}
