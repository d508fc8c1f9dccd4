package io.alephmonitor.download;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveException;
import io.alephmonitor.tracking.SaveFailures;
import io.alephmonitor.tracking.SaveJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A save that, once its files are complete and in place, writes what is known of the task into
 * each newly saved file where the format has room (MP4/MOV metadata, PNG text, a JPEG comment,
 * MP3 ID3v2) when that is on, and, when on, a sidecar beside it
 * ({@link Sidecars}). Neither can fail or lose the save: a problem is logged and reported by
 * {@link #problems()}; the save completes with its files as they are.
 */
final class FileExtrasJob implements SaveJob {

    private static final Logger LOG = LoggerFactory.getLogger(FileExtrasJob.class);

    private final SaveJob inner;
    private final CompletableFuture<List<Path>> all = new CompletableFuture<>();
    private final CompletableFuture<Path> first = SaveJob.firstOf(all);
    private final List<String> problems = new ArrayList<>();

    FileExtrasJob(SaveJob inner, TrackedTask task, LibraryOptions options, Executor executor, Clock clock) {
        this.inner = inner;
        Set<Path> before = new HashSet<>(task.savedPaths());
        inner.savedFiles().whenComplete((files, failure) -> {
            if (failure != null) {
                all.completeExceptionally(SaveFailures.unwrap(failure));
                return;
            }
            if (files.stream().allMatch(before::contains)) {
                all.complete(files); // nothing newly saved: nothing to write
                return;
            }
            try {
                executor.execute(() -> {
                    try {
                        List<ResultFile> results = resultsOf(task);
                        for (int i = 0; i < files.size(); i++) {
                            if (!before.contains(files.get(i))) {
                                addExtras(files.get(i), i < results.size() ? results.get(i) : null, task, options,
                                        clock);
                            }
                        }
                    } finally {
                        all.complete(files);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                all.complete(files); // the app is closing: the files are saved, their extras are not
            }
        });
    }

    private static List<ResultFile> resultsOf(TrackedTask task) {
        try {
            return ResultSaves.of(task).stream().map(ResultSaves.Item::file).toList();
        } catch (SaveException nothingToSave) {
            return List.of();
        }
    }

    private void addExtras(Path file, ResultFile result, TrackedTask task, LibraryOptions options, Clock clock) {
        if (options.fileTags()) {
            tag(file, result, task);
        }
        if (options.sidecars()) {
            try {
                Sidecars.write(file, TaskSidecar.of(task, clock.instant()));
            } catch (SaveException | RuntimeException e) {
                report(e.getMessage(), e);
            }
        }
    }

    private void tag(Path file, ResultFile result, TrackedTask task) {
        String prompt = task.params().prompt();
        String title = switch (result) {
            case ResultFile.Audio audio -> audio.title();
            case ResultFile.Text text -> text.title();
            case null, default -> null;
        };
        try {
            if (Mp4Tags.isMp4(file)) {
                Mp4Tags.tag(file, title, prompt, task.taskId());
            } else if (PngText.isPng(file)) {
                PngText.tag(file, PngText.textFor(prompt, task.taskId()));
            } else if (JpegComment.isJpeg(file)) {
                JpegComment.tag(file, prompt, task.taskId());
            } else if (Id3Tags.isMp3(file)) {
                Id3Tags.tag(file, title, prompt, task.taskId());
            }
        } catch (IOException | RuntimeException e) {
            report("“" + file.getFileName() + "” was saved, but its prompt could not be written into it ("
                    + e.getMessage() + ").", e);
        }
    }

    private synchronized void report(String problem, Exception e) {
        problems.add(problem);
        LOG.warn("{}", problem, e);
    }

    /** What could not be written beside or into the saved files, in words; empty when all went well. */
    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public long bytesDone() {
        return inner.bytesDone();
    }

    @Override
    public long bytesTotal() {
        return inner.bytesTotal();
    }

    @Override
    public void cancel() {
        inner.cancel();
    }

    @Override
    public CompletableFuture<Path> result() {
        return first;
    }

    @Override
    public CompletableFuture<List<Path>> savedFiles() {
        return all;
    }
}
