package io.alephmonitor.settings;

import java.util.Optional;

/**
 * Keeps the user's kie.ai API key between runs. Implementations may be a file or the OS
 * credential store (Keychain, Credential Manager, Secret Service); the UI only needs
 * {@link #describe()} to tell the user which. Methods may block (a keyring can prompt): call
 * them off the FX thread. No implementation may log the key or put it in an exception message.
 */
public interface ApiKeyStore {

    /** The saved key, or empty when none is saved. */
    Optional<String> load() throws ApiKeyStorageException;

    /** Saves the key, replacing any earlier one. */
    void save(String apiKey) throws ApiKeyStorageException;

    /** Forgets the key; does nothing when none is saved. */
    void delete() throws ApiKeyStorageException;

    /** One sentence for the Settings dialog saying where and how the key is kept. */
    String describe();
}
