package io.alephmonitor.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Keeps the API key in the OS credential store. Should the keyring refuse to save a key (locked,
 * its service gone), the key goes into the owner-only file instead, and {@link #describe()} says so
 * from then on: a key the user typed is never lost to a keyring problem.
 */
public final class KeyringApiKeyStore implements ApiKeyStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeyringApiKeyStore.class);
    /** Why a key the keyring would not take is in the file. */
    static final String REFUSED = "the system keyring did not accept it";

    private final SystemKeyring keyring;
    private final FileApiKeyStore fallback;
    private volatile boolean inFile;

    public KeyringApiKeyStore(SystemKeyring keyring, FileApiKeyStore fallback) {
        this.keyring = keyring;
        this.fallback = new FileApiKeyStore(fallback.file().getParent(), REFUSED);
    }

    @Override
    public Optional<String> load() {
        if (inFile) {
            return fallback.load();
        }
        return keyring.read().map(String::strip).filter(key -> !key.isEmpty());
    }

    @Override
    public void save(String apiKey) {
        String key = FileApiKeyStore.checkedKey(apiKey);
        try {
            keyring.write(key);
        } catch (ApiKeyStorageException refused) {
            LOG.warn("{}; keeping the API key in {} instead", refused.getMessage(), fallback.file());
            fallback.save(key);
            inFile = true;
            return;
        }
        inFile = false;
        fallback.delete(); // an older copy must not outlive the key it was
    }

    @Override
    public void delete() {
        fallback.delete();
        keyring.delete();
    }

    @Override
    public String describe() {
        return inFile ? fallback.describe() : "Saved in " + keyring.displayName() + ", your system's password store.";
    }

    /**
     * Moves a key left in the file (saved while no keyring answered) into the keyring, then
     * deletes the file. The file's key is the newer one: the app writes the file only when the
     * keyring is missing. Returns false, leaving the file alone, when the keyring did not take it.
     */
    boolean adoptKeyFrom(FileApiKeyStore file) {
        Optional<String> left = file.load();
        if (left.isEmpty()) {
            return true;
        }
        try {
            keyring.write(left.get());
            if (!left.equals(keyring.read())) {
                LOG.warn("The system keyring did not keep the API key; it stays in {}", file.file());
                return false;
            }
        } catch (ApiKeyStorageException refused) {
            LOG.warn("{}; the API key stays in {}", refused.getMessage(), file.file());
            return false;
        }
        file.delete();
        LOG.info("Moved the API key from {} into {}", file.file(), keyring.displayName());
        return true;
    }

    @Override
    public String toString() {
        return "KeyringApiKeyStore[" + keyring.displayName() + "]";
    }
}
