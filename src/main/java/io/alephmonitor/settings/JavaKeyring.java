package io.alephmonitor.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * The OS credential store through java-keyring: Secret Service (GNOME Keyring, KWallet) on Linux,
 * the Keychain on macOS, the Credential Manager on Windows. The library's messages name the
 * service and account, never the secret; they are still kept out of ours.
 */
final class JavaKeyring implements SystemKeyring {

    /** How the entry shows in the OS's password manager. */
    static final String SERVICE = "Aleph Monitor";
    static final String ACCOUNT = "kie.ai API key";

    /** The proxy's password, when the user's HTTP proxy asks for one. */
    static final String PROXY_ACCOUNT = "HTTP proxy password";

    private final Keyring keyring;
    private final String displayName;
    private final String account;

    private JavaKeyring(Keyring keyring, String account) {
        this.keyring = keyring;
        this.account = account;
        this.displayName = switch (keyring.getKeyringStorageType()) {
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "the macOS Keychain";
            case WINDOWS_CREDENTIAL_STORE -> "the Windows Credential Manager";
            case KWALLET -> "KWallet";
            case GNOME_KEYRING -> "the system keyring (Secret Service)";
        };
    }

    /** Connects to this computer's credential store; {@link ApiKeyStorageException} when there is none. */
    static JavaKeyring open() {
        return open(ACCOUNT);
    }

    /** {@link #open()} for another of our entries (e.g. {@link #PROXY_ACCOUNT}). */
    static JavaKeyring open(String account) {
        try {
            return new JavaKeyring(Keyring.create(), account);
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            throw new ApiKeyStorageException("No system keyring is available (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * The stored key. java-keyring reports a missing entry and a failed read alike, so a failure
     * reads as "no key": the user is then asked for one, and saving it tells whether the keyring works.
     */
    @Override
    public Optional<String> read() {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account));
        } catch (PasswordAccessException noEntry) {
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            throw failure("read", e);
        }
    }

    @Override
    public void write(String secret) {
        try {
            keyring.setPassword(SERVICE, account, secret);
        } catch (PasswordAccessException | RuntimeException | LinkageError e) {
            throw failure("save", e);
        }
    }

    @Override
    public void delete() {
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException e) {
            // Also what a missing entry gives: only an entry still there is a failure.
            if (read().isPresent()) {
                throw failure("remove", e);
            }
        } catch (RuntimeException | LinkageError e) {
            throw failure("remove", e);
        }
    }

    @Override
    public String displayName() {
        return displayName;
    }

    private ApiKeyStorageException failure(String action, Throwable cause) {
        return new ApiKeyStorageException("Could not " + action + " the " + (ACCOUNT.equals(account) ? "API key" : account) + " in " + displayName + " ("
                + cause.getClass().getSimpleName() + ")", cause);
    }
}
