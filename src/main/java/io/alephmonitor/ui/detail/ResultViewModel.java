package io.alephmonitor.ui.detail;

import io.alephmonitor.model.SavedFileState;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveFailures;
import io.alephmonitor.tracking.SaveJob;
import io.alephmonitor.ui.preview.LinkRenewer;
import io.alephmonitor.ui.preview.RemoteUrlCheck;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * The result part of the detail pane without its controls: the finished task shown, its result links
 * and the one chosen, the video the preview plays, running saves with their progress and outcomes,
 * the saved file's state, and what each button says and whether it can be used. No controls and no
 * I/O: files, the network and the desktop are reached through {@link DetailActions}.
 * <p>
 * Called on the FX thread; answers to the actions' futures come back through {@code fxThread}
 * ({@code Platform::runLater} in the app, the calling thread in tests).
 */
final class ResultViewModel {

    /** The result links listed below the video, and the image among them shown large (null: none). */
    record Choice(List<String> results, String chosen) {
        static final Choice NONE = new Choice(List.of(), null);

        Choice {
            results = List.copyOf(results);
        }
    }

    private final DetailActions actions;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<TrackedTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyObjectWrapper<Choice> choice = new ReadOnlyObjectWrapper<>(this, "choice", Choice.NONE);
    private final ReadOnlyStringWrapper video = new ReadOnlyStringWrapper(this, "video");
    private final ReadOnlyObjectWrapper<SavedFileState> savedFile =
            new ReadOnlyObjectWrapper<>(this, "savedFile", SavedFileState.NOT_SAVED);
    private final SaveProgressViewModel progress = new SaveProgressViewModel();
    private final ReadOnlyStringWrapper saveOutcome = new ReadOnlyStringWrapper(this, "saveOutcome");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyStringWrapper saveLabel = new ReadOnlyStringWrapper(this, "saveLabel", "Save video…");
    private final ReadOnlyBooleanWrapper canCopyUrl = new ReadOnlyBooleanWrapper(this, "canCopyUrl");
    private final ReadOnlyBooleanWrapper canOpenInBrowser = new ReadOnlyBooleanWrapper(this, "canOpenInBrowser");
    private final ReadOnlyBooleanWrapper folderShown = new ReadOnlyBooleanWrapper(this, "folderShown");
    private final ReadOnlyBooleanWrapper canOpenFolder = new ReadOnlyBooleanWrapper(this, "canOpenFolder", true);
    private final ReadOnlyStringWrapper savedNote = new ReadOnlyStringWrapper(this, "savedNote");
    private final ReadOnlyBooleanWrapper savedNoteWarns = new ReadOnlyBooleanWrapper(this, "savedNoteWarns");

    private final Map<String, SaveJob> runningSaves = new HashMap<>();
    private final Map<String, String> saveOutcomes = new HashMap<>();
    /** The saved path whose file state was last looked up. */
    private Path checkedPath;

    ResultViewModel(DetailActions actions, Executor fxThread) {
        this.actions = Objects.requireNonNull(actions);
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    /** Shows the task's result; a newer version of the same task keeps the video chosen in the results. */
    void show(TrackedTask newTask) {
        TrackedTask old = task.get();
        boolean sameTask = old != null && newTask != null && old.taskId().equals(newTask.taskId());
        task.set(newTask);
        if (!(newTask != null && newTask.status() instanceof TaskStatus.Succeeded done)) {
            video.set(null);
            choice.set(Choice.NONE);
            refresh();
            return;
        }
        List<String> results = ResultLinks.imagesOf(done);
        if (!sameTask || video.get() == null || !results.contains(video.get())) { // a video chosen in the strip keeps playing
            video.set(done.videoUrl());
        }
        if (!results.equals(choice.get().results())) {
            choice.set(new Choice(results, ResultLinks.firstImage(results)));
        }
        if (!sameTask || !Objects.equals(checkedPath, newTask.savedPath())) {
            checkSavedFile(newTask);
        }
        refresh();
    }

    /** Chooses one of the result links: a video plays in the preview, an image is shown large. */
    void choose(String url) {
        if (url != null && ResultLinks.isVideo(url)) {
            video.set(url);
        } else {
            choice.set(new Choice(choice.get().results(), url));
        }
        refresh();
    }

    /**
     * Asks where to save the shown task's result ({@code askWhere} gets the suggested file name and
     * folder and answers the file, or null when the user cancelled), then starts the save.
     */
    void save(BiFunction<String, Path, Path> askWhere) {
        if (!canSave.get()) {
            return;
        }
        TrackedTask target = task.get();
        Path file = askWhere.apply(actions.suggestedFileName(target), actions.suggestedFolder(target));
        if (file == null) {
            return;
        }
        SaveJob job;
        try {
            job = actions.saveVideo(target.taskId(), file);
        } catch (RuntimeException e) {
            saveOutcomes.put(target.taskId(), "The save could not start. Try again, or choose another folder.");
            refresh();
            return;
        }
        String id = target.taskId();
        runningSaves.put(id, job);
        saveOutcomes.remove(id);
        job.result().whenComplete((path, error) -> fxThread.execute(() -> {
            runningSaves.remove(id);
            if (error != null) {
                saveOutcomes.put(id, SaveFailures.describe(error));
            }
            TrackedTask shown = task.get();
            if (shown != null && shown.taskId().equals(id)) {
                if (path != null && shown.savedPath() == null) {
                    // The tracker publishes the saved path too; show it now rather than after its next update.
                    task.set(shown.withSavedPath(path));
                    checkedPath = path;
                    savedFile.set(SavedFileState.PRESENT);
                }
                refresh();
            }
        }));
        refresh();
    }

    /** Shows the saved file in the file manager. */
    void openFolder() {
        TrackedTask shown = task.get();
        if (shown != null && shown.savedPath() != null) {
            actions.openFolder(shown.savedPath());
        }
    }

    /** Puts the result's link on the clipboard. */
    void copyUrl() {
        String url = resultUrl();
        if (url != null) {
            actions.copyToClipboard(url);
        }
    }

    /** Opens the result (the video, else the image shown large) in the browser. */
    void openInBrowser() {
        openLink(resultUrl());
    }

    /** Opens one result link in the browser, if it is a safe one. */
    void openLink(String url) {
        if (url != null && RemoteUrlCheck.of(url).allowed()) {
            actions.openInBrowser(RemoteUrlCheck.of(url).uri().toString());
        }
    }

    /** Where the previews get a fresh link for an expired one; null when none can be had. */
    LinkRenewer linkRenewer() {
        return actions.linkRenewer();
    }

    private void checkSavedFile(TrackedTask t) {
        checkedPath = t.savedPath();
        savedFile.set(t.savedFile()); // what the tracker last found; the check below refreshes it
        if (t.savedPath() == null) {
            return;
        }
        Path path = t.savedPath();
        actions.fileExists(path).whenComplete((exists, error) -> fxThread.execute(() -> {
            TrackedTask shown = task.get();
            if (shown != null && shown.taskId().equals(t.taskId()) && path.equals(shown.savedPath())) {
                savedFile.set(Boolean.FALSE.equals(exists) ? SavedFileState.MISSING : SavedFileState.PRESENT);
                refresh();
            }
        }));
    }

    private void refresh() {
        TrackedTask shown = task.get();
        TaskStatus.Succeeded done = shown != null && shown.status() instanceof TaskStatus.Succeeded s ? s : null;
        List<String> images = done == null ? List.of() : ResultLinks.imagesOf(done);
        String mainUrl = done == null ? null : done.videoUrl() != null ? done.videoUrl()
                : images.isEmpty() ? null : images.getFirst();
        boolean safeResult = mainUrl != null && RemoteUrlCheck.of(mainUrl).allowed();
        SaveJob job = shown == null ? null : runningSaves.get(shown.taskId());
        canSave.set(safeResult && job == null);
        int files = done == null ? 1 : ResultLinks.filesToSave(done);
        saveLabel.set(files > 1 ? "Save all (" + files + ")…"
                : done != null && done.videoUrl() == null ? "Save image…" : "Save video…");
        progress.watch(job);

        String url = resultUrl();
        canCopyUrl.set(url != null);
        canOpenInBrowser.set(url != null && RemoteUrlCheck.of(url).allowed());

        Path saved = shown == null ? null : shown.savedPath();
        boolean missing = savedFile.get() == SavedFileState.MISSING;
        folderShown.set(saved != null);
        canOpenFolder.set(!missing);
        int savedCount = shown == null ? 0 : shown.savedPaths().size();
        String where = savedCount > 1 ? savedCount + " files, first " + saved : String.valueOf(saved);
        savedNoteWarns.set(saved != null && missing);
        if (saved == null) {
            savedNote.set(null);
        } else if (missing) {
            savedNote.set("Saved to " + where + " — but the file is missing now (moved or deleted). Save it again.");
        } else {
            savedNote.set("Saved to " + where);
        }
        String outcome = shown == null ? null : saveOutcomes.get(shown.taskId());
        saveOutcome.set(job == null ? outcome : null);
    }

    /** The link Copy URL and Open in browser use: the video, else the image shown large, else the thumbnail. */
    private String resultUrl() {
        TrackedTask shown = task.get();
        if (shown == null || !(shown.status() instanceof TaskStatus.Succeeded done)) {
            return null;
        }
        if (done.videoUrl() != null) {
            return done.videoUrl();
        }
        String chosen = choice.get().chosen();
        return chosen != null ? chosen : done.imageUrl();
    }

    /** The running save of the shown task and its progress. */
    SaveProgressViewModel progress() {
        return progress;
    }

    ReadOnlyObjectProperty<TrackedTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Choice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** The link the video preview plays; null when there is none. */
    ReadOnlyStringProperty videoProperty() {
        return video.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SavedFileState> savedFileProperty() {
        return savedFile.getReadOnlyProperty();
    }

    /** Why the last save of the shown task did not finish; null when there is nothing to say (or a save runs). */
    ReadOnlyStringProperty saveOutcomeProperty() {
        return saveOutcome.getReadOnlyProperty();
    }

    /** True while the shown task has a safe result to save and no save of it is running. */
    ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** "Save video…", "Save image…" or "Save all (3)…". */
    ReadOnlyStringProperty saveLabelProperty() {
        return saveLabel.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canCopyUrlProperty() {
        return canCopyUrl.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canOpenInBrowserProperty() {
        return canOpenInBrowser.getReadOnlyProperty();
    }

    /** True when the task was saved, so Open folder is offered. */
    ReadOnlyBooleanProperty folderShownProperty() {
        return folderShown.getReadOnlyProperty();
    }

    /** False while the saved file is missing. */
    ReadOnlyBooleanProperty canOpenFolderProperty() {
        return canOpenFolder.getReadOnlyProperty();
    }

    /** Where the result was saved; null when it was not. */
    ReadOnlyStringProperty savedNoteProperty() {
        return savedNote.getReadOnlyProperty();
    }

    /** True when the saved note warns that the file is gone. */
    ReadOnlyBooleanProperty savedNoteWarnsProperty() {
        return savedNoteWarns.getReadOnlyProperty();
    }
}
