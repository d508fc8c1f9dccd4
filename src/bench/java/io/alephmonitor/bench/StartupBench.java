package io.alephmonitor.bench;

import io.alephmonitor.app.FirstFrame;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.store.SqliteTaskStore;
import io.alephmonitor.model.TrackedTask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-app start-up and memory, each launch a separate process under the suite's X display: launch
 * to the main window's first painted frame (empty store, 10,000 tasks, the packaged app) against the
 * bare window, and the heap after a full GC with 10,000 tasks loaded against the empty app.
 */
final class StartupBench {

    /** Milliseconds from launch to first painted frame per run; heap after GC in MiB per run. */
    record Result(List<Long> bare, List<Long> appEmpty, List<Long> appFull, List<Long> packaged,
                  List<Double> heapEmptyMib, List<Double> heapFullMib) {
    }

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^,]*,[^,]*,\\s*used (\\d+)K");

    private final Launches launches;
    private final KieSimulator sim;
    private final List<String> taskIds;
    private final Path work;

    StartupBench(Launches launches, KieSimulator sim, List<String> taskIds, Path work) {
        this.launches = launches;
        this.sim = sim;
        this.taskIds = taskIds;
        this.work = work;
    }

    Result run(int rounds, int heapRuns) throws Exception {
        Path template = work.resolve("store-10k");
        writeStore(template);
        List<Long> bare = new ArrayList<>();
        List<Long> empty = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        List<Long> packaged = new ArrayList<>();
        boolean hasPackage = launches.packagedLauncher().isPresent();
        // Round 0 warms the file cache and is not counted; then the kinds take turns in a rotating order, so
        // drift and whatever the previous launch left behind (disk flushes, a busy core) hit all alike.
        for (int round = 0; round <= rounds; round++) {
            long[] ms = new long[4];
            for (int k = 0; k < 4; k++) {
                int kind = (k + round) % 4;
                ms[kind] = switch (kind) {
                    case 0 -> launchToFrame(launches.bareWindow(), Map.of());
                    case 1 -> launchToFrame(app(freshDir("empty"), true), apiEnv());
                    case 2 -> launchToFrame(app(copyOf(template), true), apiEnv());
                    default -> hasPackage ? launchToFrame(packaged(freshDir("packaged")), packagedEnv()) : -1;
                };
            }
            if (round > 0) {
                bare.add(ms[0]);
                empty.add(ms[1]);
                full.add(ms[2]);
                if (hasPackage) {
                    packaged.add(ms[3]);
                }
            }
            System.out.printf("  start-up round %d: bare %d ms, app %d ms, app with 10k tasks %d ms, packaged %s%n",
                    round, ms[0], ms[1], ms[2], hasPackage ? ms[3] + " ms" : "not built");
        }
        List<Double> heapEmpty = new ArrayList<>();
        List<Double> heapFull = new ArrayList<>();
        for (int i = 0; i < heapRuns; i++) {
            heapEmpty.add(heapAfterGc(freshDir("empty")));
            heapFull.add(heapAfterGc(copyOf(template)));
            System.out.printf("  heap run %d: empty %.1f MiB, 10k tasks %.1f MiB%n", i, heapEmpty.getLast(), heapFull.getLast());
        }
        return new Result(bare, empty, full, packaged, heapEmpty, heapFull);
    }

    /** 10,000 running tasks as a previous session left them, next check due a minute after the launch. */
    private void writeStore(Path dir) {
        Instant now = Instant.now();
        List<TrackedTask> tasks = new ArrayList<>(taskIds.size());
        for (int i = 0; i < taskIds.size(); i++) {
            TaskParams params = new TaskParams("benchmark task " + i + ": a majestic eagle soaring through mountain clouds",
                    null, null, null, null, null, null);
            tasks.add(new TrackedTask(taskIds.get(i), "aleph", now.minusSeconds(3600), new TaskStatus.Running(), params,
                    now.minusSeconds(3600), null, null, now, now.plus(Duration.ofHours(1)), null, null));
        }
        try (SqliteTaskStore store = SqliteTaskStore.open(dir)) {
            store.upsert(tasks);
        }
    }

    private Path freshDir(String name) throws IOException {
        Path dir = work.resolve(name);
        BenchFiles.deleteTree(dir);
        return Files.createDirectories(dir);
    }

    private Path copyOf(Path template) throws IOException {
        Path dir = freshDir("full");
        try (var files = Files.list(template)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    private List<String> app(Path dataDir, boolean exit) {
        return launches.app(List.of(Launches.firstFrameProperties(exit).split(" ")),
                List.of("--data-dir", dataDir.toString(), "--api-base", sim.baseUri().toString()));
    }

    private List<String> packaged(Path dataDir) {
        return List.of(launches.packagedLauncher().orElseThrow().toString(),
                "--data-dir", dataDir.toString(), "--api-base", sim.baseUri().toString());
    }

    private Map<String, String> apiEnv() {
        return Map.of("KIE_API_KEY", sim.apiKey());
    }

    private Map<String, String> packagedEnv() {
        return Map.of("KIE_API_KEY", sim.apiKey(), "JAVA_TOOL_OPTIONS", Launches.firstFrameProperties(true));
    }

    private long launchToFrame(List<String> command, Map<String, String> env) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(launches.displayEnv());
        all.putAll(env);
        try (ChildProcess child = ChildProcess.start(command, all, launches.projectDir)) {
            long frame = Long.parseLong(child.awaitLine(FirstFrame.LINE_PREFIX, 180));
            child.awaitExit(60);
            return frame - child.launchedEpochMillis();
        }
    }

    /** Heap in use after a full GC, 5 s after the first frame (stored tasks loaded and shown). */
    private double heapAfterGc(Path dataDir) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(launches.displayEnv());
        env.putAll(apiEnv());
        try (ChildProcess child = ChildProcess.start(app(dataDir, false), env, launches.projectDir)) {
            child.awaitLine(FirstFrame.LINE_PREFIX, 180);
            Thread.sleep(5_000);
            jcmd(child.pid(), "GC.run");
            String info = jcmd(child.pid(), "GC.heap_info");
            Matcher m = HEAP_USED.matcher(info);
            if (!m.find()) {
                throw new IllegalStateException("unexpected GC.heap_info output:\n" + info);
            }
            return Long.parseLong(m.group(1)) / 1024.0;
        }
    }

    private String jcmd(long pid, String command) throws Exception {
        Path jcmd = launches.java.resolveSibling("jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}
