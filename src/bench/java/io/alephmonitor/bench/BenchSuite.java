package io.alephmonitor.bench;

import io.alephmonitor.app.SearchTypingProbe;
import io.alephmonitor.app.TableStallProbe;
import io.alephmonitor.sim.KieSimulator;
import io.alephmonitor.sim.SimConfig;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The performance suite ({@code ./mvnw -Pbench verify}): JMH for the poll cycle and the simulator,
 * separate processes under a private X display for everything that needs the whole app, then ONE
 * table on the console and in {@code BENCHMARKS.md}. {@code --quick} runs each part fewer times.
 */
public final class BenchSuite {

    static final int TASKS = 10_000;
    private static final String ALL_PARTS = "jmh,startup,stall,searchui,save,finished";
    private static final long LARGE_FILE = 512L << 20;

    private BenchSuite() {
    }

    public static void main(String[] given) throws Exception {
        // -Dbench.args is one argument: "--quick --only=searchui" is split here
        List<String> args = java.util.Arrays.stream(given).flatMap(a -> java.util.Arrays.stream(a.strip().split("\\s+")))
                .filter(a -> !a.isEmpty()).toList();
        boolean quick = args.contains("--quick");
        // --only=jmh,startup,stall,searchui,save,finished runs a part while working on it; the file is then left alone.
        String only = args.stream().filter(a -> a.startsWith("--only=")).map(a -> a.substring(7))
                .findFirst().orElse(ALL_PARTS);
        java.util.function.Predicate<String> part = name -> List.of(only.split(",")).contains(name);
        Path project = Path.of("").toAbsolutePath();
        Path work = project.resolve("target/bench/work");
        BenchFiles.deleteTree(work);
        Files.createDirectories(work);
        Report report = new Report(project, quick);

        System.out.println("== JMH: poll cycle of " + TASKS + " tasks, sequential reference, simulator alone, with a "
                + PollCycleDelayedBench.DELAY_MILLIS + " ms response delay ==");
        if (part.test("jmh")) {
            Map<String, List<Double>> jmh = runJmh(quick);
            report.pollCycle(jmh.get("PollCycleBench.fullCycle"), jmh.get("PollCycleBench.sequentialAwaited"));
            report.pollCycleDelayed(jmh.get("PollCycleDelayedBench.fullCycle"),
                    jmh.get("PollCycleDelayedBench.sequentialAwaited"), PollCycleDelayedBench.DELAY_MILLIS);
            report.simulatorAlone(jmh.get("SimulatorBench.recordInfo"));
            report.search(jmh.get("SearchBench.rareWordPrefix"), jmh.get("SearchBench.oneLetter"),
                    jmh.get("SearchBench.pollWriteOf1000Unchanged"));
        }

        Process xvfb = null;
        try (KieSimulator sim = KieSimulator.start(SimConfig.defaults().withRunTime(Duration.ofDays(1)))) {
            String display;
            if (hasCommand("Xvfb")) {
                xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                        .readLine().strip();
            } else if (System.getenv("DISPLAY") != null) {
                display = System.getenv("DISPLAY");
            } else {
                throw new IllegalStateException("the whole-app benchmarks need Xvfb (apt-get install xvfb) or a DISPLAY");
            }
            Launches launches = new Launches(project, display);
            List<String> ids = new ArrayList<>(TASKS);
            for (int i = 0; i < TASKS; i++) {
                ids.add(sim.newAlephTask("benchmark task " + i, null));
            }

            if (part.test("startup")) {
                System.out.println("== start-up and heap (display " + display + ") ==");
                report.startup(new StartupBench(launches, sim, ids, work).run(quick ? 2 : 5, quick ? 1 : 3),
                        launches.packagedLauncher().isPresent());
            }
            if (part.test("stall")) {
                System.out.println("== FX thread while a cycle's results reach the table ==");
                report.tableStall(tableStall(launches, quick ? 1 : 3, false, project),
                        tableStall(launches, 1, true, project));
            }
            if (part.test("searchui")) {
                System.out.println("== typing in the filter field over 100,000 stored tasks ==");
                report.searchTyping(searchTyping(launches, quick ? 1 : 3, project));
            }
            if (part.test("save")) {
                System.out.println("== saving a 512 MiB result ==");
                String url = sim.addLargeFile("result-512m.mp4", LARGE_FILE);
                String warmUp = sim.addLargeFile("warm-up-64m.mp4", 64L << 20);
                report.save(SaveBench.run(launches, url, warmUp, work, quick ? 1 : 3));
            }
            if (part.test("finished")) {
                System.out.println("== requests after a task finished ==");
                report.finished(FinishedTasksBench.run(1_000));
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
        report.print();
        if (only.equals(ALL_PARTS)) {
            report.write(project.resolve("BENCHMARKS.md"));
        }
        BenchFiles.deleteTree(work);
    }

    private static Map<String, List<Double>> runJmh(boolean quick) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(PollCycleBench.class.getName())
                .include(SimulatorBench.class.getName())
                .include(SearchBench.class.getName())
                .shouldFailOnError(true);
        if (quick) {
            options.warmupIterations(1).measurementIterations(2);
        }
        // Its own run: its iterations are already as few as its 50 s reference allows, --quick or not.
        ChainedOptionsBuilder delayed = new OptionsBuilder()
                .include(PollCycleDelayedBench.class.getName())
                .shouldFailOnError(true);
        Map<String, List<Double>> scores = new HashMap<>();
        List<RunResult> runs = new ArrayList<>(new Runner(options.build()).run());
        runs.addAll(new Runner(delayed.build()).run());
        for (RunResult run : runs) {
            String name = run.getParams().getBenchmark();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            List<Double> values = new ArrayList<>();
            for (BenchmarkResult b : run.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    values.add(i.getPrimaryResult().getScore());
                }
            }
            scores.put(shortName, values);
        }
        return scores;
    }

    /** Longest wait and longest run of FX work (ms) per run; each run's report is kept in target/bench. */
    private static List<long[]> tableStall(Launches launches, int runs, boolean notices, Path project) throws Exception {
        List<long[]> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (ChildProcess child = ChildProcess.start(
                    launches.helper(List.of("-Dbench.notices=" + notices), TableStallProbe.Main.class, List.of()),
                    launches.displayEnv(), project)) {
                String[] figures = child.awaitLine(TableStallProbe.RESULT, 600).split(" ");
                child.awaitExit(60);
                results.add(new long[] {Long.parseLong(figures[0]), Long.parseLong(figures[1])});
                String name = "table-stall-" + (notices ? "with-notice-" : "") + i + ".txt";
                Files.writeString(project.resolve("target/bench").resolve(name), child.transcript());
                System.out.printf("  run %d%s: longest wait %s ms, longest FX work %s ms%n", i,
                        notices ? " (finish notice shown)" : "", figures[0], figures[1]);
            }
        }
        return results;
    }

    /** Per run: asked → shown median and longest, FX longest wait and work, in-memory median (ms). */
    private static List<long[]> searchTyping(Launches launches, int runs, Path project) throws Exception {
        List<long[]> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (ChildProcess child = ChildProcess.start(
                    launches.helper(List.of("-Xmx2g"), SearchTypingProbe.Main.class, List.of()),
                    launches.displayEnv(), project)) {
                String[] figures = child.awaitLine(SearchTypingProbe.RESULT, 600).split(" ");
                child.awaitExit(60);
                long[] r = new long[figures.length];
                for (int f = 0; f < figures.length; f++) {
                    r[f] = Long.parseLong(figures[f]);
                }
                results.add(r);
                Files.writeString(project.resolve("target/bench").resolve("search-typing-" + i + ".txt"), child.transcript());
                System.out.printf("  run %d: asked → table %s ms median, %s ms longest; FX work %s ms, wait %s ms;"
                        + " in memory %s ms%n", i, figures[0], figures[1], figures[3], figures[2], figures[4]);
            }
        }
        return results;
    }

    private static boolean hasCommand(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    static String run(List<String> command, long timeoutSeconds) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }
}
