package io.alephmonitor.app;

import io.alephmonitor.testsupport.MutableClock;
import io.alephmonitor.ui.FakeTaskTracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aleph-monitor PATH...}: arguments naming saved files or folders bring their tasks back, the others are
 * task IDs as before; a second launch hands the paths over made absolute, so the running instance finds them.
 */
class LaunchArgumentsTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";

    @TempDir
    Path library;

    @Test
    void argumentsNamingExistingFilesOrFoldersAreMadeAbsoluteAndTaskIdsStayAsTheyAre() {
        Path relative = Path.of("").toAbsolutePath().relativize(library.toAbsolutePath());

        assertThat(LibraryImportFlow.absolutePaths(List.of(relative.toString(), ID, "not/there")))
                .containsExactly(library.toAbsolutePath().normalize().toString(), ID, "not/there");
    }

    @Test
    void existingAbsolutePathsAreBroughtBackAndTheRestIsAddedAsTaskIds() throws Exception {
        Files.writeString(library.resolve("plain.txt"), "nothing");
        FakeTaskTracker tracker = new FakeTaskTracker(new MutableClock(Instant.parse("2026-03-01T10:00:00Z")));
        List<String> notices = new ArrayList<>();
        List<String> idText = new ArrayList<>();
        LibraryImportFlow flow = new LibraryImportFlow(tracker, Set.of("aleph"), Runnable::run, Runnable::run,
                java.time.Clock.systemUTC(), notices::add);

        flow.takeArguments(List.of(library.toString(), ID), idText::add);

        assertThat(idText).containsExactly(ID);
        assertThat(notices).containsExactly("No task found in 1 file · 1 file carries no task (plain.txt)");
    }
}
