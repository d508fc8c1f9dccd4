package io.alephmonitor.tracking;

import io.alephmonitor.download.FileNames;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.testsupport.ChildJvm;
import io.alephmonitor.testsupport.GeneratedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole engine (store, poller, downloads, auto-save) in a child JVM, killed with SIGKILL at a
 * random moment while polls and downloads are in flight, 20 times over the same data folder, against
 * a simulator this test owns (so it outlives every kill). After each kill the data on disk must be
 * consistent; at the end every task is saved, complete, and each interrupted download was resumed.
 */
class EngineKillDashNineTest {

    private static final int ROUNDS = 20;
    private static final int TASKS_PER_ROUND = 2;
    private static final long VIDEO_SIZE = 2L << 20;
    private static final long BYTES_PER_SECOND = 2L << 20; // one second per video: downloads are in flight when killed
    private static final Duration RUN_TIME = Duration.ofSeconds(2);
    private static final int LONGEST_RUN_MILLIS = 1_500;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;
    @TempDir
    Path library;

    private KieSimulator sim;
    private final List<String> created = new ArrayList<>();
    private final Set<String> promised = new LinkedHashSet<>();
    private final Map<String, TrackedTask> lastSeen = new HashMap<>();

    @BeforeEach
    void startSimulator() {
        sim = KieSimulator.start(SimConfig.defaults().withRunTime(RUN_TIME));
        sim.throttleFiles(BYTES_PER_SECOND);
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    @Test
    void twentyKillsDuringPollsAndDownloadsLoseNoTaskShowNoHalfFileAndResumeEveryDownload() throws Exception {
        long seed = Long.getLong("killTest.seed", System.nanoTime());
        System.out.println("EngineKillDashNineTest seed " + seed + " (rerun with -DkillTest.seed=" + seed + ")");
        Random random = new Random(seed);
        int interruptedDownloads = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            for (int i = 0; i < TASKS_PER_ROUND; i++) {
                String id = sim.newAlephTask("Round " + round + " shot " + i + " of a kite over dunes", "https://example.com/kite.jpg");
                sim.addLargeFile(id + ".mp4", VIDEO_SIZE);
                created.add(id);
            }
            // Odd rounds kill at a random moment; even ones the moment a download is writing its part file, so
            // downloads are cut off however slowly a busy machine gets the child to its first download.
            boolean duringADownload = round % 2 == 0;
            int killAfterMillis = random.nextInt(LONGEST_RUN_MILLIS);
            List<String> lines = new CopyOnWriteArrayList<>();
            long started;
            Map<Path, Long> partsBefore = partSizes();
            try (ChildJvm child = startEngine()) {
                awaitStarted(child);
                started = System.nanoTime();
                for (String id : created) {
                    if (!promised.contains(id)) {
                        child.writeLine("add " + id);
                    }
                }
                Thread reader = Thread.ofVirtual().start(() -> readAll(child, lines));
                if (duringADownload) {
                    awaitAPartFileGrowing(partsBefore);
                } else {
                    Thread.sleep(killAfterMillis);
                }
                child.killHard();
                reader.join();
            }
            killAfterMillis = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
            promised.addAll(taskIdsIn(lines));
            Map<String, TrackedTask> stored = checkStoreAfterCrash(round);
            List<Path> parts = partFiles();
            if (!parts.isEmpty()) {
                interruptedDownloads++;
            }
            checkLibrary(stored);
            System.out.printf("round %2d: killed %4d ms after start; %d tasks stored (%d running, %d succeeded, %d saved); "
                            + "%d download(s) cut off%n", round, killAfterMillis, stored.size(),
                    count(stored, t -> !t.status().isFinal()), count(stored, t -> t.status() instanceof TaskStatus.Succeeded),
                    count(stored, t -> t.savedPath() != null), parts.size());
        }

        sim.throttleFiles(0); // the kills are over: the backlog may drain at loopback speed
        Map<String, TrackedTask> finished = runUntilEverythingIsSaved();
        assertThat(finished.keySet()).as("every task created").containsExactlyInAnyOrderElementsOf(created);
        for (TrackedTask task : finished.values()) {
            assertThat(task.status()).as(task.taskId()).isInstanceOf(TaskStatus.Succeeded.class);
            assertThat(task.savedPath()).as(task.taskId()).isNotNull();
            assertCompleteVideo(task.savedPath());
        }
        assertThat(partFiles()).as("no part file left").isEmpty();
        checkLibrary(finished);
        int resumed = 0;
        int adopted = 0;
        for (String id : created) {
            List<Long> starts = sim.fileRequestStarts("/files/" + id + ".mp4");
            assertThat(starts).as("requests of %s never start over from an earlier byte", id).isSorted();
            resumed += (int) starts.stream().filter(start -> start > 0 && start < VIDEO_SIZE - 1).count();
            adopted += (int) starts.stream().filter(start -> start == VIDEO_SIZE - 1).count();
        }
        System.out.printf("%d rounds, %d kills with a download cut off, %d resumed requests (Range), "
                        + "%d complete but unrecorded videos adopted, %d tasks saved%n",
                ROUNDS, interruptedDownloads, resumed, adopted, finished.size());
        assertThat(interruptedDownloads).as("kills that cut off a download").isPositive();
        assertThat(resumed).as("Range requests that continued a cut-off download").isPositive();
    }

    private ChildJvm startEngine() throws IOException {
        return ChildJvm.start(EngineProcess.class, dataDir.toString(), library.toString(), sim.baseUri().toString(), sim.apiKey());
    }

    private static void awaitStarted(ChildJvm child) throws IOException {
        for (String line = child.readLine(); !line.equals("started"); line = child.readLine()) {
            // loaded tasks are published before polling starts; the store is read back after the kill
        }
    }

    private static void readAll(ChildJvm child, List<String> into) {
        try {
            into.addAll(child.readRemainingLines());
        } catch (IOException ended) {
            // the pipe closes with the kill
        }
    }

    private static List<String> taskIdsIn(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("task ")).map(l -> l.split(" ")[1]).toList();
    }

    /** Reads the store as the next start would, and checks it against everything promised and seen before. */
    private Map<String, TrackedTask> checkStoreAfterCrash(int round) throws SQLException, IOException {
        Map<String, TrackedTask> stored = new HashMap<>();
        assertThat(integrityCheck()).as("round %d", round).isEqualTo("ok");
        try (SqliteTaskStore store = SqliteTaskStore.open(dataDir)) {
            store.loadAll().forEach(t -> stored.put(t.taskId(), t));
        }
        assertThat(stored.keySet()).as("round %d: every task whose add was confirmed", round).containsAll(promised);
        for (TrackedTask task : stored.values()) {
            TrackedTask before = lastSeen.get(task.taskId());
            if (before != null && before.status().isFinal()) {
                assertThat(task.status()).as("round %d: %s stays final", round, task.taskId()).isEqualTo(before.status());
            }
            if (before != null && before.savedPath() != null) {
                assertThat(task.savedPath()).as("round %d: %s stays saved", round, task.taskId()).isEqualTo(before.savedPath());
            }
            if (task.status() instanceof TaskStatus.Succeeded done) {
                assertThat(done.videoUrl()).as("round %d: %s has its result link", round, task.taskId())
                        .isEqualTo(sim.baseUri() + "/files/" + task.taskId() + ".mp4");
            }
            if (task.savedPath() != null) {
                assertThat(task.savedPath().toString()).as("round %d", round).doesNotEndWith(".part");
                assertCompleteVideo(task.savedPath());
            }
            lastSeen.put(task.taskId(), task);
        }
        return stored;
    }

    private String integrityCheck() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("tasks.db"));
             ResultSet result = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            return result.next() ? result.getString(1) : "no answer";
        }
    }

    /** Every video under its final name is complete; every part file holds a correct beginning; one video per task. */
    private void checkLibrary(Map<String, TrackedTask> stored) throws IOException {
        Map<String, Integer> videosPerTask = new HashMap<>();
        try (Stream<Path> files = Files.list(library)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".mp4.part")) {
                    long mismatch = GeneratedFiles.firstMismatch(file, VIDEO_SIZE);
                    assertThat(mismatch == -1 ? VIDEO_SIZE : mismatch).as("%s holds only correct bytes", name)
                            .isEqualTo(Files.size(file));
                } else if (name.endsWith(".mp4")) {
                    assertCompleteVideo(file);
                    String owner = stored.keySet().stream()
                            .filter(id -> name.contains(FileNames.shortId(id))).findFirst().orElse(name);
                    videosPerTask.merge(owner, 1, Integer::sum);
                }
            }
        }
        assertThat(videosPerTask).as("one saved copy per task, no duplicate downloads").allSatisfy((id, n) -> assertThat(n).isOne());
    }

    private static void assertCompleteVideo(Path video) throws IOException {
        assertThat(video).isRegularFile();
        assertThat(Files.size(video)).as("%s size", video.getFileName()).isEqualTo(VIDEO_SIZE);
        assertThat(GeneratedFiles.firstMismatch(video, VIDEO_SIZE)).as("%s bytes", video.getFileName()).isEqualTo(-1);
    }

    /** Each part file's size now; a part file that disappears meanwhile (renamed when complete) is left out. */
    private Map<Path, Long> partSizes() throws IOException {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path part : partFiles()) {
            try {
                sizes.put(part, Files.size(part));
            } catch (NoSuchFileException completed) {
                // finished and renamed between the listing and the size
            }
        }
        return sizes;
    }

    /** Waits (a bounded while) until a part file is new or larger than before: a download is in flight. */
    private void awaitAPartFileGrowing(Map<Path, Long> before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Map.Entry<Path, Long> part : partSizes().entrySet()) {
                if (part.getValue() > before.getOrDefault(part.getKey(), 0L)) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        // None started: the kill happens anyway, and the count of cut-off downloads below says so.
    }

    private List<Path> partFiles() throws IOException {
        try (Stream<Path> files = Files.list(library)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    /** A last, clean run: the engine finishes every poll and download, then quits normally. */
    private Map<String, TrackedTask> runUntilEverythingIsSaved() throws Exception {
        try (ChildJvm child = startEngine()) {
            awaitStarted(child);
            for (String id : created) {
                if (!promised.contains(id)) {
                    child.writeLine("add " + id);
                }
            }
            long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
            Map<String, String> savedNow = new HashMap<>();
            lastSeen.forEach((id, t) -> {
                if (t.savedPath() != null) {
                    savedNow.put(id, t.savedPath().toString());
                }
            });
            while (savedNow.size() < created.size()) {
                assertThat(System.nanoTime()).as("all saved within %s (saved: %d of %d)", DRAIN_LIMIT, savedNow.size(), created.size())
                        .isLessThan(deadline);
                String[] fields = child.readLine().split(" ");
                if (fields[0].equals("task") && !fields[3].equals("-")) {
                    savedNow.put(fields[1], fields[3]);
                }
            }
            child.writeLine("quit");
            assertThat(child.waitForExit()).isZero();
        }
        return checkStoreAfterCrash(ROUNDS + 1);
    }

    private static long count(Map<String, TrackedTask> tasks, java.util.function.Predicate<TrackedTask> which) {
        return tasks.values().stream().filter(which).count();
    }
}
