package io.alephmonitor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The suite's one table (console and BENCHMARKS.md), with the machine it ran on and each row's runs. */
final class Report {

    private record Row(String what, String measured, String reference, String ratio, String goal, String met) {
    }

    private final Path project;
    private final boolean quick;
    private final String startedAt = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    private final String loadAtStart = loadAverage();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> runs = new ArrayList<>();
    private double cycleMillis = Double.NaN;

    Report(Path project, boolean quick) {
        this.project = project;
        this.quick = quick;
    }

    void pollCycle(List<Double> cycle, List<Double> sequential) {
        cycleMillis = Stats.median(cycle);
        double seq = Stats.median(sequential);
        double speedup = seq / cycleMillis;
        rows.add(new Row("one full poll cycle, " + BenchSuite.TASKS + " running tasks, simulator on loopback",
                ms(cycleMillis), ms(seq) + " (same requests one after another, each awaited)",
                String.format(Locale.ROOT, "%.1f× faster", speedup), "≥ 8× faster and < 3,000 ms (10 % of 30 s)",
                verdict(speedup >= 8 && cycleMillis < 3_000)));
        runs.add("poll cycle (ms): " + list(cycle) + "; sequential (ms): " + list(sequential));
    }

    void simulatorAlone(List<Double> perSecond) {
        double rate = Stats.median(perSecond);
        double cycleRate = BenchSuite.TASKS / (cycleMillis / 1000);
        rows.add(new Row("simulator alone: record-info answers/s (10,000 tasks, 4 keep-alive connections)",
                String.format(Locale.ROOT, "%,.0f /s", rate),
                String.format(Locale.ROOT, "%,.0f /s (the app's poll cycle)", cycleRate),
                String.format(Locale.ROOT, "%.1f×", rate / cycleRate), "not the bottleneck (> 1×)", verdict(rate > cycleRate)));
        runs.add("simulator alone (answers/s): " + list(perSecond));
    }

    /** The history search over 100,000 stored tasks, keystroke's text to matching IDs ({@link SearchBench}). */
    void search(List<Double> rareWord, List<Double> oneLetter, List<Double> pollWrite) {
        double word = Stats.median(rareWord);
        double letter = Stats.median(oneLetter);
        rows.add(new Row("search of 100,000 stored tasks, keystroke → matching IDs: a half-typed word (\"lighth\", 3,112 found)",
                ms(word), ms(letter) + " (one letter, half the table; the filter field matches that in memory)", "—",
                "≤ 50 ms keystroke → updated table", verdict(word <= 50)));
        rows.add(new Row("a poll cycle's write of 1,000 tasks into that store, indexed text unchanged",
                ms(Stats.median(pollWrite)), "—", "—", "(no goal; the index's cost on writes)", "—"));
        runs.add("search (ms): half-typed word " + list(rareWord) + "; one letter " + list(oneLetter)
                + "; write of 1,000 " + list(pollWrite));
    }

    /** For information: the poll-cycle row again with every simulator answer delayed, as over a network. */
    void pollCycleDelayed(List<Double> cycle, List<Double> sequential, int delayMillis) {
        double app = Stats.median(cycle);
        double seq = Stats.median(sequential);
        rows.add(new Row("the same cycle with every simulator answer sent " + delayMillis + " ms after its request, as over a network",
                ms(app), ms(seq) + " (same requests one after another, each awaited)",
                String.format(Locale.ROOT, "%.1f× faster", seq / app), "(no goal; for information)", "—"));
        runs.add("poll cycle with a " + delayMillis + " ms response delay (ms): " + list(cycle) + "; sequential (ms): "
                + list(sequential));
    }

    void startup(StartupBench.Result r, boolean packageBuilt) {
        double bare = Stats.median(r.bare());
        double empty = Stats.median(r.appEmpty());
        double full = Stats.median(r.appFull());
        rows.add(new Row("launch → first painted frame of the main window, empty store (Xvfb), plain java",
                ms(empty), ms(bare) + " (bare JavaFX window, plain java)", ratio(empty / bare), "≤ 1.3×",
                verdict(empty / bare <= 1.3)));
        if (packageBuilt) {
            double packaged = Stats.median(r.packaged());
            rows.add(new Row("the same, packaged app as installed (its runtime and AOT cache)", ms(packaged),
                    ms(bare) + " (bare window, plain java)", ratio(packaged / bare), "≤ 1.0×", verdict(packaged / bare <= 1.0)));
        } else {
            rows.add(new Row("the same, packaged app as installed (its runtime and AOT cache)",
                    "not built — run `./mvnw -Ppackage package -DskipTests` first", ms(bare), "—", "≤ 1.0×", "—"));
        }
        rows.add(new Row("the same with 10,000 tasks in the store", ms(full), ms(empty) + " (empty store)",
                ratio(full / empty), "≤ 1.5×", verdict(full / empty <= 1.5)));
        double heapEmpty = Stats.median(r.heapEmptyMib());
        double heapFull = Stats.median(r.heapFullMib());
        rows.add(new Row("heap after a full GC with 10,000 tasks loaded", mib(heapFull), mib(heapEmpty) + " (empty app)",
                String.format(Locale.ROOT, "+%.1f MiB", heapFull - heapEmpty), "≤ +60 MB", verdict(heapFull - heapEmpty <= 60)));
        runs.add("bare window (ms): " + list(r.bare()) + "; app, empty (ms): " + list(r.appEmpty())
                + "; app, 10k tasks (ms): " + list(r.appFull()) + (packageBuilt ? "; packaged (ms): " + list(r.packaged()) : ""));
        runs.add("heap after GC, empty (MiB): " + list(r.heapEmptyMib()) + "; 10k tasks (MiB): " + list(r.heapFullMib()));
    }

    void tableStall(List<long[]> results, List<long[]> withNotice) {
        List<Long> waits = results.stream().map(a -> a[0]).toList();
        List<Long> work = results.stream().map(a -> a[1]).toList();
        double wait = Stats.median(waits);
        double busy = Stats.median(work);
        rows.add(new Row("longest FX-thread stall while a 10,000-task cycle's results reach the table",
                String.format(Locale.ROOT, "%.0f ms work (%.0f ms longest wait)", busy, wait), "one frame, 16 ms",
                String.format(Locale.ROOT, "%.2f frames", busy / 16.0), "≤ 16 ms", verdict(busy <= 16)));
        double noticeBusy = Stats.median(withNotice.stream().map(a -> a[1]).toList());
        rows.add(new Row("the same cycle with its finish notice shown (the session's first popup)",
                String.format(Locale.ROOT, "%.0f ms work", noticeBusy), "one frame, 16 ms",
                String.format(Locale.ROOT, "%.2f frames", noticeBusy / 16.0), "(no goal; for information)", "—"));
        runs.add("FX thread, longest run of work (ms): " + list(work) + "; longest wait for the FX thread (ms): " + list(waits)
                + "; with the finish notice, work (ms): " + list(withNotice.stream().map(a -> a[1]).toList()));
    }

    /**
     * Typing in the filter field over 100,000 stored tasks ({@code SearchTypingProbe}), per run: the median and
     * longest time from asking the history (the 100 ms debounce excluded) to the laid-out table, the longest FX
     * wait and run of work, and the in-memory path's median.
     */
    void searchTyping(List<long[]> results) {
        double median = Stats.median(results.stream().map(a -> a[0]).toList());
        double longest = results.stream().mapToLong(a -> a[1]).max().orElse(-1);
        double work = Stats.median(results.stream().map(a -> a[3]).toList());
        double wait = Stats.median(results.stream().map(a -> a[2]).toList());
        rows.add(new Row("filter field over 100,000 stored tasks: keystroke → table showing the found rows"
                + " (100 ms debounce excluded), and the longest FX-thread stall while typing",
                String.format(Locale.ROOT, "%.0f ms median, %.0f ms longest; FX %.0f ms work (%.0f ms longest wait)",
                        median, longest, work, wait),
                String.format(Locale.ROOT, "%.0f ms (the in-memory match, keystroke → table)",
                        Stats.median(results.stream().map(a -> a[4]).toList())),
                String.format(Locale.ROOT, "%.2f frames", work / 16.0),
                "≤ 50 ms keystroke to table, FX stall ≤ 16 ms", verdict(longest <= 50 && work <= 16)));
        runs.add("search typing, asked → shown (ms) median " + list(results.stream().map(a -> (double) a[0]).toList())
                + ", longest " + list(results.stream().map(a -> (double) a[1]).toList()) + "; FX work (ms) "
                + list(results.stream().map(a -> (double) a[3]).toList()) + ", wait (ms) "
                + list(results.stream().map(a -> (double) a[2]).toList()) + "; in memory (ms) "
                + list(results.stream().map(a -> (double) a[4]).toList()));
    }

    void save(SaveBench.Result r) {
        double app = Stats.median(r.appMibPerSecond());
        double curl = Stats.median(r.curlMibPerSecond());
        double heap = r.heapGrowthMib().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        double held = r.heapHeldMib().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        rows.add(new Row("saving a 512 MiB result from the simulator (Downloader, heap capped at 128 MiB)",
                String.format(Locale.ROOT, "%.0f MiB/s, heap +%.0f MiB at most (+%.0f MiB left after a GC)", app, heap, held),
                String.format(Locale.ROOT, "%.0f MiB/s (curl -o, same URL, same disk)", curl),
                ratio(app / curl), "≥ 0.9× curl, heap flat (< +64 MB)", verdict(app / curl >= 0.9 && heap < 64)));
        runs.add("save (MiB/s): " + list(r.appMibPerSecond()) + "; curl (MiB/s): " + list(r.curlMibPerSecond())
                + "; heap growth (MiB): " + list(r.heapGrowthMib()) + "; heap left after the fullest GC (MiB): "
                + list(r.heapHeldMib()));
    }

    void finished(FinishedTasksBench.Result r) {
        rows.add(new Row("requests sent for a task after it finished (" + r.tasks() + " tasks finishing under polling)",
                Integer.toString(r.requestsAfterFinish()), "0", "—", "0", verdict(r.requestsAfterFinish() == 0)));
        runs.add("finished tasks: " + r.requestsAfterFinish() + " requests after finishing, " + r.totalRequests() + " in all");
    }

    void print() {
        System.out.println();
        System.out.println(table());
    }

    void write(Path file) throws IOException {
        String md = "# Benchmarks\n\n"
                + "Written by the benchmark suite (`./mvnw -Pbench verify`" + (quick ? " with `-Dbench.args=--quick`" : "")
                + "); do not edit by hand. How each figure is taken: README, *Benchmarks*.\n\n"
                + "- date: " + startedAt + "\n"
                + "- machine: " + machine() + "\n"
                + "- load average (1, 5, 15 min) at start: " + loadAtStart + "; at end: " + loadAverage() + "\n\n"
                + table() + "\n\n"
                + "Medians of the runs below (the first start-up round warms the file cache and is not counted).\n\n"
                + runs.stream().map(r -> "- " + r).collect(Collectors.joining("\n")) + "\n";
        Files.writeString(file, md);
        System.out.println("Written to " + project.relativize(file));
    }

    private String table() {
        StringBuilder sb = new StringBuilder("| what | measured | reference (same run) | ratio | goal | met |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(String.join(" | ", r.what(), r.measured(), r.reference(), r.ratio(), r.goal(), r.met()))
                    .append(" |\n");
        }
        return sb.toString().strip();
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        double memory = Double.NaN;
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024.0).orElse(Double.NaN);
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return String.format(Locale.ROOT, "%s, %d cores, %.1f GiB RAM, %s %s, JDK %s", cpu,
                Runtime.getRuntime().availableProcessors(), memory / 1073741824.0, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.vm.version"));
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String verdict(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    private static String mib(double value) {
        return String.format(Locale.ROOT, "%.1f MiB", value);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String list(List<? extends Number> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v.doubleValue())).collect(Collectors.joining(", "));
    }
}
