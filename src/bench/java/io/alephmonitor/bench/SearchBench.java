package io.alephmonitor.bench;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.SearchQuery;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.store.SqliteTaskStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A search of the whole history as the filter field runs it, from the keystroke's text to the matching IDs in
 * table order ({@code TaskStore.search}), over N stored tasks: prompts of a few words from a 2,000-word
 * vocabulary, a model and parameters in paramJson, and every fifth task a Suno song with a titled, tagged track
 * with lyrics. Goal: well under the 50 ms from keystroke to updated table. Run alone with
 * {@code java -cp … org.openjdk.jmh.Main SearchBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SearchBench {

    private static final Instant T0 = SearchCorpus.T0;

    @Param("100000")
    public int tasks;

    private Path dir;
    private SqliteTaskStore store;
    private List<TrackedTask> sample;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        dir = Files.createTempDirectory("aleph-bench-search");
        store = SqliteTaskStore.open(dir);
        long started = System.nanoTime();
        SearchCorpus.fill(store, tasks);
        sample = store.loadAll().subList(0, 1_000);
        System.out.printf("%n[search bench] %d tasks stored and indexed in %.1f s%n", tasks,
                (System.nanoTime() - started) / 1e9);
        for (String q : List.of("lighth", "harbour li", "c", "\"misty valley\"", "veo3")) {
            System.out.printf("[search bench] \"%s\" finds %d tasks%n", q, store.search(SearchQuery.text(q)).size());
        }
    }

    /** A rare word half typed: a few hundred tasks. */
    @Benchmark
    public List<String> rareWordPrefix() {
        return store.search(SearchQuery.text("lighth"));
    }

    /** Two words, the second half typed (prompt words, track titles and lyrics). */
    @Benchmark
    public List<String> twoWords() {
        return store.search(SearchQuery.text("harbour li"));
    }

    /** The first keystroke: one letter, a prefix of thousands of words, most of the table matches. */
    @Benchmark
    public List<String> oneLetter() {
        return store.search(SearchQuery.text("c"));
    }

    /** A phrase with the kind and result-type filters. */
    @Benchmark
    public List<String> phraseWithFilters() {
        return store.search(SearchQuery.text("\"misty valley\"").withKinds(Set.of("suno", "veo"))
                .withResultTypes(Set.of(ResultType.AUDIO)));
    }

    /** Only filters, no text: every finished Suno task of the year. */
    @Benchmark
    public List<String> filtersOnly() {
        return store.search(SearchQuery.text("").withKinds(Set.of("suno")).withStatuses(Set.of("SUCCEEDED"))
                .withAdded(T0, T0.plusSeconds(365L * 86_400)));
    }

    /** A poll cycle's write of 1,000 tasks whose indexed text did not change (a new check time): the index's cost. */
    @Benchmark
    public int pollWriteOf1000Unchanged() {
        List<TrackedTask> batch = new ArrayList<>(1_000);
        Instant now = Instant.now();
        for (TrackedTask t : sample) {
            batch.add(t.withSchedule(now, now.plusSeconds(30)));
        }
        store.upsert(batch);
        return batch.size();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        store.close();
        BenchFiles.deleteTree(dir);
    }
}
