package io.alephmonitor.ui.detail;

import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveJob;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Detail actions that record what the pane asked for; saves are driven by the test. */
class RecordingActions implements DetailActions {

    final List<String> copied = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    final List<Path> openedFolders = new ArrayList<>();
    final List<ControlledSave> saves = new ArrayList<>();
    final List<String> checkedAgain = new ArrayList<>();
    /** Each task's marks as the pane's mark calls left them (starting from none), and how many calls came. */
    final java.util.Map<String, io.alephmonitor.model.TaskMarks> marks = new java.util.HashMap<>();
    int markCalls;

    @Override
    public void mark(String taskId, java.util.function.UnaryOperator<io.alephmonitor.model.TaskMarks> change) {
        markCalls++;
        marks.put(taskId, change.apply(marks.getOrDefault(taskId, io.alephmonitor.model.TaskMarks.NONE)));
    }
    /** Fresh links the renewer hands out, by expired link; any other link cannot be renewed. */
    final java.util.Map<String, String> freshLinks = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public io.alephmonitor.ui.preview.LinkRenewer linkRenewer() {
        return expired -> freshLinks.containsKey(expired)
                ? CompletableFuture.completedFuture(freshLinks.get(expired))
                : CompletableFuture.failedFuture(new IllegalStateException("This result is lost."));
    }
    final Set<Path> existingFiles = new HashSet<>();

    @Override
    public String suggestedFileName(TrackedTask task) {
        return "aleph-" + task.taskId().substring(0, 8) + ".mp4";
    }

    @Override
    public Path suggestedFolder(TrackedTask task) {
        return Path.of("/videos");
    }

    @Override
    public SaveJob saveVideo(String taskId, Path target) {
        ControlledSave save = new ControlledSave(taskId, target);
        saves.add(save);
        return save;
    }

    @Override
    public CompletableFuture<Boolean> fileExists(Path file) {
        return CompletableFuture.completedFuture(existingFiles.contains(file));
    }

    @Override
    public void openFolder(Path file) {
        openedFolders.add(file);
    }

    @Override
    public void checkAgain(String taskId) {
        checkedAgain.add(taskId);
    }

    /** The tasks the pane's Regenerate asked a new take of. */
    public final List<TrackedTask> remade = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void remake(TrackedTask task) {
        remade.add(task);
    }

    @Override
    public void openInBrowser(String url) {
        opened.add(url);
    }

    @Override
    public void copyToClipboard(String text) {
        copied.add(text);
    }

    /** A save whose progress and outcome the test sets. */
    static final class ControlledSave implements SaveJob {
        final String taskId;
        final Path target;
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong(-1);
        final AtomicBoolean cancelled = new AtomicBoolean();
        final CompletableFuture<Path> result = new CompletableFuture<>();

        ControlledSave(String taskId, Path target) {
            this.taskId = taskId;
            this.target = target;
        }

        @Override
        public long bytesDone() {
            return done.get();
        }

        @Override
        public long bytesTotal() {
            return total.get();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public CompletableFuture<Path> result() {
            return result;
        }
    }
}
