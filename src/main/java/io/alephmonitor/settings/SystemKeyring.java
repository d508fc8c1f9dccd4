package io.alephmonitor.settings;

import java.util.Optional;

/**
 * The one entry Aleph Monitor keeps in the OS credential store (Secret Service, Keychain,
 * Credential Manager). A seam so the choice between keyring and file can be tested without one.
 * Every method may block (a keyring can ask the user to unlock it); none may log the secret.
 */
public interface SystemKeyring {

    /** The stored secret, or empty when there is none. Throws {@link ApiKeyStorageException} when the keyring fails. */
    Optional<String> read();

    /** Stores the secret, replacing an earlier one. */
    void write(String secret);

    /** Removes the entry; does nothing when there is none. */
    void delete();

    /** What the user knows this keyring as, e.g. "the macOS Keychain". */
    String displayName();
}
