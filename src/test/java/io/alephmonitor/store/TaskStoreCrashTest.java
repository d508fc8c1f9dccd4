package io.alephmonitor.store;

import io.alephmonitor.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The store keeps its promise when the process is killed outright, not just when it exits. */
class TaskStoreCrashTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path dataDir;

    @Test
    void everyTaskWhoseSaveHadReturnedSurvivesAKillDashNine() throws Exception {
        Set<String> promised = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> printed = new ArrayList<>();
            try (ChildJvm child = ChildJvm.start(TaskWritingProcess.class, dataDir.toString(), "round" + round)) {
                // Kill at a different point each round; the child keeps writing while we read.
                int killAfter = 20 + round * 37;
                while (printed.size() < killAfter) {
                    printed.add(child.readLine());
                }
                child.killHard();
                // Lines already in the pipe were printed after their upsert returned: they count too.
                printed.addAll(child.readRemainingLines());
            }
            promised.addAll(printed);

            try (SqliteTaskStore reopened = SqliteTaskStore.open(dataDir)) {
                assertThat(reopened.pragma("integrity_check")).as("round %d", round).isEqualTo("ok");
                Set<String> stored = new HashSet<>();
                reopened.loadAll().forEach(t -> stored.add(t.taskId()));
                assertThat(stored).as("round %d: every ID printed so far", round).containsAll(promised);
            }
        }
        assertThat(promised).hasSizeGreaterThan(ROUNDS * 20);
    }
}
