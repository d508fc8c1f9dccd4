package io.alephmonitor.bench;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.store.SqliteTaskStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The search benchmarks' history: prompts of a few words from a 2,000-word vocabulary ("lighthouse" and "harbour"
 * among them), a model and parameters in paramJson, and every fifth task a Suno song with a titled, tagged track
 * with lyrics; the same tasks for the same count, every time.
 */
public final class SearchCorpus {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private SearchCorpus() {
    }

    /** Stores {@code tasks} generated tasks, 1,000 per write. */
    public static void fill(SqliteTaskStore store, int tasks) {
        Random random = new Random(42);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            words.add(word(random));
        }
        words.set(7, "lighthouse");
        words.set(8, "harbour");
        List<TrackedTask> batch = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            batch.add(task(i, random, words));
            if (batch.size() == 1_000) {
                store.upsert(batch);
                batch.clear();
            }
        }
        store.upsert(batch);
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int length = 3 + random.nextInt(7);
        for (int i = 0; i < length; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    private static TrackedTask task(int i, Random random, List<String> words) {
        StringBuilder prompt = new StringBuilder();
        int count = 6 + random.nextInt(20);
        for (int w = 0; w < count; w++) {
            prompt.append(w == 0 ? "" : " ").append(words.get((int) Math.min(words.size() - 1,
                    Math.abs(random.nextGaussian()) * 400)));
        }
        if (i % 97 == 0) {
            prompt.append(" a misty valley");
        }
        String model = i % 3 == 0 ? "veo3_fast" : "kling-2.6";
        String raw = "{\"model\":\"" + model + "\",\"aspectRatio\":\"16:9\",\"seed\":" + random.nextInt(1_000_000)
                + ",\"prompt\":\"" + prompt + "\"}";
        TaskStatus status;
        String kind;
        if (i % 5 == 0) {
            kind = "suno";
            status = TaskStatus.Succeeded.of(List.of(new ResultFile.Audio("https://example.com/" + i + ".mp3", null,
                    words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size())), 120.0,
                    "synthwave, dreamy", "[Verse] " + prompt, "track-" + i)), T0);
        } else {
            kind = i % 2 == 0 ? "veo" : "market";
            status = TaskStatus.Succeeded.of(List.of(new ResultFile.Video("https://example.com/" + i + ".mp4", null)), T0);
        }
        return new TrackedTask(String.format("task_%08d_%s", i, Integer.toHexString(random.nextInt())), kind,
                T0.plusSeconds(i), status, new TaskParams(prompt.toString(), null, null, null, "16:9", null, raw),
                null, null, null, null, null, null, null, List.of(), null);
    }

}
