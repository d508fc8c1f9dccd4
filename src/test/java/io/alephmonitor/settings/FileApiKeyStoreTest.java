package io.alephmonitor.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FileApiKeyStoreTest {

    private static final String KEY = "kie-3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c";

    @TempDir
    Path configDir;

    @Test
    void aSavedKeyIsLoadedBackExactly() {
        ApiKeyStore store = new FileApiKeyStore(configDir);

        store.save(KEY);

        assertThat(store.load()).contains(KEY);
        assertThat(new FileApiKeyStore(configDir).load()).as("a later run").contains(KEY);
    }

    @Test
    void withNothingSavedThereIsNoKey() {
        assertThat(new FileApiKeyStore(configDir).load()).isEmpty();
    }

    @Test
    void savingAgainReplacesTheOldKey() {
        ApiKeyStore store = new FileApiKeyStore(configDir);
        store.save("old-key");

        store.save("  " + KEY + "\n");

        assertThat(store.load()).contains(KEY);
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(OwnerOnlyFiles.posixPermissionsSupported(), "POSIX permissions");
        FileApiKeyStore store = new FileApiKeyStore(configDir);

        store.save(KEY);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void aKeyFileWithWiderPermissionsIsNarrowedWhenRead() throws Exception {
        assumeTrue(OwnerOnlyFiles.posixPermissionsSupported(), "POSIX permissions");
        FileApiKeyStore store = new FileApiKeyStore(configDir);
        Files.writeString(store.file(), KEY);
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(store.load()).contains(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void deleteRemovesTheFileAndIsHarmlessWhenRepeated() {
        FileApiKeyStore store = new FileApiKeyStore(configDir);
        store.save(KEY);

        store.delete();
        store.delete();

        assertThat(store.file()).doesNotExist();
        assertThat(store.load()).isEmpty();
    }

    @Test
    void theUserIsToldWhereTheKeyIsKeptButNeverShownIt() {
        FileApiKeyStore store = new FileApiKeyStore(configDir);
        store.save(KEY);

        assertThat(store.describe()).startsWith("Saved in a file").contains(store.file().toString())
                .endsWith("because no system keyring is available.").doesNotContain(KEY);
        assertThat(store.toString()).doesNotContain(KEY);
    }

    @Test
    void aFailureToSaveExplainsItselfWithoutRevealingTheKey() throws Exception {
        Path notAFolder = configDir.resolve("blocker");
        Files.writeString(notAFolder, "x");

        Throwable error = catchThrowable(() -> new FileApiKeyStore(notAFolder).save(KEY));

        assertThat(error).isInstanceOf(ApiKeyStorageException.class).hasMessageContaining("Could not save the API key");
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
        }
    }

    @Test
    void anEmptyOrMultiLineKeyIsRefused() {
        ApiKeyStore store = new FileApiKeyStore(configDir);

        assertThatThrownBy(() -> store.save("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.save("abc\ndef")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("abc");
        assertThat(store.load()).isEmpty();
    }
}
