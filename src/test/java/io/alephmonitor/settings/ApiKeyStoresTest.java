package io.alephmonitor.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where the API key ends up: the OS keyring when it answers, otherwise a file, and the user is told which. */
class ApiKeyStoresTest {

    private static final String KEY = "kie-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final Duration WAIT = Duration.ofSeconds(30); // only waited out by a keyring that never answers
    private static final String NO_KEYRING_NOTE =
            "Saved in a file only your user can read (%s) because no system keyring is available.";

    @TempDir
    Path configDir;

    private FileApiKeyStore file() {
        return new FileApiKeyStore(configDir);
    }

    @Test
    void withNoKeyringTheKeyIsKeptInTheFileAndTheNoteSaysWhy() {
        ApiKeyStore store = ApiKeyStores.choose(() -> {
            throw new ApiKeyStorageException("No system keyring is available (BackendNotSupportedException)", null);
        }, file(), WAIT);

        store.save(KEY);

        assertThat(store).isInstanceOf(FileApiKeyStore.class);
        assertThat(file().load()).contains(KEY);
        assertThat(store.describe()).isEqualTo(NO_KEYRING_NOTE.formatted(configDir.resolve(FileApiKeyStore.FILE_NAME)))
                .doesNotContain(KEY);
    }

    @Test
    void aKeyringThatNeverAnswersDoesNotHoldUpStartAndTheFileIsUsed() {
        CountDownLatch never = new CountDownLatch(1);
        ApiKeyStore store = ApiKeyStores.choose(() -> {
            try {
                never.await(); // a locked Secret Service waiting on an unlock prompt nobody sees
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeKeyring();
        }, file(), Duration.ofMillis(200));

        assertThat(store).isInstanceOf(FileApiKeyStore.class);
        assertThat(store.describe()).contains("because no system keyring is available");
    }

    @Test
    void aKeyringThatAnswersKeepsTheKeyAndNoFileIsWritten() {
        FakeKeyring keyring = new FakeKeyring();
        ApiKeyStore store = ApiKeyStores.choose(() -> keyring, file(), WAIT);

        store.save(KEY);

        assertThat(keyring.read()).contains(KEY);
        assertThat(store.load()).contains(KEY);
        assertThat(configDir.resolve(FileApiKeyStore.FILE_NAME)).doesNotExist();
        assertThat(store.describe()).isEqualTo("Saved in the fake keyring, your system's password store.");
    }

    @Test
    void aKeyLeftInTheFileMovesIntoTheKeyringOnceOneAnswersAndTheFileIsDeleted() {
        file().save(KEY);
        FakeKeyring keyring = new FakeKeyring().holding("an-older-key");

        ApiKeyStore store = ApiKeyStores.choose(() -> keyring, file(), WAIT);

        assertThat(keyring.read()).as("the file's key is the newer one").contains(KEY);
        assertThat(store.load()).contains(KEY);
        assertThat(configDir.resolve(FileApiKeyStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void aKeyringThatRefusesTheMoveLeavesTheKeyInTheFileAndTheNoteSaysSo() {
        file().save(KEY);
        FakeKeyring keyring = new FakeKeyring();
        keyring.refusesWrites = true;

        ApiKeyStore store = ApiKeyStores.choose(() -> keyring, file(), WAIT);

        assertThat(store.load()).contains(KEY);
        assertThat(file().load()).contains(KEY);
        assertThat(store.describe()).startsWith("Saved in a file only your user can read (")
                .endsWith("because the system keyring did not accept it.");
    }

    @Test
    void aSaveTheKeyringRefusesLandsInTheFileSoTheTypedKeyIsNotLost() {
        FakeKeyring keyring = new FakeKeyring();
        ApiKeyStore store = ApiKeyStores.choose(() -> keyring, file(), WAIT);
        keyring.refusesWrites = true;

        store.save(KEY);

        assertThat(store.load()).contains(KEY);
        assertThat(file().load()).contains(KEY);
        assertThat(store.describe()).contains(configDir.toString()).contains("did not accept it").doesNotContain(KEY);
    }

    @Test
    void removingTheKeyForgetsItInTheKeyringAndInAnyFileCopy() {
        FakeKeyring keyring = new FakeKeyring().holding(KEY);
        ApiKeyStore store = ApiKeyStores.choose(() -> keyring, file(), WAIT);

        store.delete();

        assertThat(keyring.read()).isEmpty();
        assertThat(store.load()).isEmpty();
        assertThat(configDir.resolve(FileApiKeyStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void withDataDirTheKeyStaysInThatFolderAndTheNoteSaysWhy() {
        AppFolders portable = AppFolders.forThisComputer(configDir);

        ApiKeyStore store = ApiKeyStores.forThisComputer(portable);

        assertThat(store).isInstanceOf(FileApiKeyStore.class);
        assertThat(((FileApiKeyStore) store).file()).startsWithRaw(configDir);
        assertThat(store.describe()).endsWith("because --data-dir keeps everything in that folder.");
    }

    @Test
    void theRealKeyringReportsItselfUnavailableWhereNoSecretServiceRuns() {
        assumeTrue(System.getenv("DBUS_SESSION_BUS_ADDRESS") == null, "this computer has a D-Bus session");

        assertThatThrownBy(JavaKeyring::open).isInstanceOf(ApiKeyStorageException.class)
                .hasMessageStartingWith("No system keyring is available");
        ApiKeyStore store = ApiKeyStores.choose(JavaKeyring::open, file(), ApiKeyStores.PROBE_TIMEOUT);
        assertThat(store).isInstanceOf(FileApiKeyStore.class);
        assertThat(store.describe()).contains("because no system keyring is available");
    }
}
