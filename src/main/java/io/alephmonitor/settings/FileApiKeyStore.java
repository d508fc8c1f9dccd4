package io.alephmonitor.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps the API key in {@code <configDir>/api-key}, a file only its owner can read (permissions
 * 600 on Linux and macOS; on Windows it lies in the user's own profile folder). The fallback for
 * computers without an OS credential store.
 */
public final class FileApiKeyStore implements ApiKeyStore {

    public static final String FILE_NAME = "api-key";
    /** Why the key is in a file when no reason is given: the usual one. */
    public static final String NO_KEYRING = "no system keyring is available";

    private final Path file;
    private final String reason;

    public FileApiKeyStore(Path configDir) {
        this(configDir, NO_KEYRING);
    }

    /** A store whose {@link #describe()} gives {@code reason} ("… because <reason>") for using a file. */
    public FileApiKeyStore(Path configDir, String reason) {
        this.file = configDir.resolve(FILE_NAME);
        this.reason = reason;
    }

    @Override
    public Optional<String> load() {
        try {
            // Someone may have copied the file in with wider permissions: narrow them before reading.
            OwnerOnlyFiles.restrictToOwner(file);
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            return key.isEmpty() ? Optional.empty() : Optional.of(key);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw failure("read", e);
        }
    }

    @Override
    public void save(String apiKey) {
        String key = checkedKey(apiKey);
        try {
            OwnerOnlyFiles.writeAtomically(file, key.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failure("save", e);
        }
    }

    @Override
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw failure("remove", e);
        }
    }

    @Override
    public String describe() {
        return (OwnerOnlyFiles.posixPermissionsSupported()
                ? "Saved in a file only your user can read (" : "Saved in a file in your user profile (")
                + file + ") because " + reason + ".";
    }

    /** The key as stored: stripped, one line; an {@link IllegalArgumentException} (without the key) otherwise. */
    static String checkedKey(String apiKey) {
        String key = apiKey == null ? "" : apiKey.strip();
        if (key.isEmpty() || key.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("An API key is one line of text without spaces at the ends");
        }
        return key;
    }

    /** The file the key lives in. */
    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return "FileApiKeyStore[" + file + "]";
    }

    /** The I/O message names the file and the reason; it cannot contain the key, which is never passed to it. */
    private ApiKeyStorageException failure(String action, IOException cause) {
        return new ApiKeyStorageException("Could not " + action + " the API key file " + file + " ("
                + cause.getMessage() + "). Check that the folder is yours and writable.", cause);
    }
}
