package io.alephmonitor.download;

import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.store.TaskStoreException;
import io.alephmonitor.tracking.SaveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A full disk or a folder that refuses writes reads as one sentence with the next step, never as an exception. */
class DiskProblemWordsTest {

    @TempDir
    Path dir;

    @Test
    void noSpaceLeftOnDeviceSaysTheDiskIsFullAndThatThePartIsKept() {
        Path part = dir.resolve("videos").resolve("fox.mp4.part");

        SaveException problem = DiskWrites.problem(new IOException("No space left on device"), part);

        assertThat(problem).hasMessage("The disk holding “" + dir.resolve("videos") + "” is full. Free some space or "
                + "choose another folder, then save again; the part already downloaded is kept.");
    }

    @Test
    void aFolderThatRefusesWritesSaysSoAndAsksForAnotherFolder() {
        Path part = dir.resolve("locked").resolve("fox.mp4.part");

        SaveException problem = DiskWrites.problem(new AccessDeniedException(part.toString()), part);

        assertThat(problem.getMessage()).startsWith("Aleph Monitor may not write into “" + dir.resolve("locked") + "”.")
                .doesNotContain("Exception");
    }

    @Test
    void aDataFolderThatCannotBeCreatedGivesAClearMessageAndNoDatabase() throws Exception {
        Path blocker = Files.writeString(dir.resolve("data"), "a file where the data folder should be");

        assertThatThrownBy(() -> SqliteTaskStore.open(blocker.resolve("inner")))
                .isInstanceOf(TaskStoreException.class)
                .hasMessageStartingWith("Could not create the data folder " + blocker.resolve("inner"))
                .hasMessageContaining("inner (not a directory).")
                .hasMessageEndingWith("Check that it is writable, or start with --data-dir.")
                .message().doesNotContain("Exception", "\n");
        assertThat(blocker).hasContent("a file where the data folder should be");
    }
}
