package io.alephmonitor.ui.detail;

import io.alephmonitor.model.ResultFile;
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

    /**
     * The results listed in the chooser, and the one shown below the video (an image large, a track in
     * its player, a text, a link not yet typed; null: none).
     */
    record Choice(List<ResultFile> results, ResultFile chosen) {
        static final Choice NONE = new Choice(List.of(), null);

        Choice {
            results = List.copyOf(results);
        }

        /** The listed results' links (inline text has none: null). */
        List<String> urls() {
            return results.stream().map(ResultFile::url).toList();
        }

        /** The chosen result's link; null when none is chosen or it is inline text. */
        String chosenUrl() {
            return chosen == null ? null : chosen.url();
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
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyStringWrapper stillGenerating = new ReadOnlyStringWrapper(this, "stillGenerating");

    private final Map<String, SaveJob> runningSaves = new HashMap<>();
    private final Map<String, String> saveOutcomes = new HashMap<>();
    /** The saved path whose file state was last looked up. */
    private Path checkedPath;

    ResultViewModel(DetailActions actions, Executor fxThread) {
        this.actions = Objects.requireNonNull(actions);
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    /**
     * Shows the task's result (a finished task's, or the part a running task has ready); a newer version of
     * the same task keeps the video and the result chosen.
     */
    void show(TrackedTask newTask) {
        TrackedTask old = task.get();
        boolean sameTask = old != null && newTask != null && old.taskId().equals(newTask.taskId());
        task.set(newTask);
        List<ResultFile> listed = newTask == null ? List.of() : ResultLinks.listed(newTask.status());
        String primary = newTask == null ? null : ResultLinks.primaryVideo(newTask.status());
        if (listed.isEmpty() && primary == null) {
            video.set(null);
            choice.set(Choice.NONE);
            refresh();
            return;
        }
        List<String> videos = ResultLinks.of(newTask.status()).stream()
                .filter(r -> r instanceof ResultFile.Video).map(ResultFile::url).toList();
        if (!sameTask || video.get() == null || !videos.contains(video.get())) { // a video chosen in the strip keeps playing
            video.set(primary);
        }
        if (!listed.equals(choice.get().results())) {
            ResultFile kept = choice.get().chosen();
            boolean keep = sameTask && kept != null && listed.stream().anyMatch(r -> r.key().equals(kept.key()));
            ResultFile chosen = keep ? listed.stream().filter(r -> r.key().equals(kept.key())).findFirst().orElseThrow()
                    : ResultLinks.firstShown(listed);
            choice.set(new Choice(listed, chosen));
        }
        if (!sameTask || !Objects.equals(checkedPath, newTask.savedPath())) {
            checkSavedFile(newTask);
        }
        refresh();
    }

    /** Chooses one of the results: a video plays in the preview, anything else is shown below it. */
    void choose(ResultFile result) {
        if (result instanceof ResultFile.Video v) {
            video.set(v.url());
        } else if (result != null) {
            choice.set(new Choice(choice.get().results(), result));
        }
        refresh();
    }

    /** Chooses the listed result with this link. */
    void choose(String url) {
        choice.get().results().stream().filter(r -> Objects.equals(r.url(), url)).findFirst().ifPresent(this::choose);
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
        // What is ready to save: a finished task's results, or a running task's partial ones (Suno's first track).
        java.util.List<ResultFile> ready = shown == null ? java.util.List.of() : ResultLinks.of(shown.status());
        SaveJob job = shown == null ? null : runningSaves.get(shown.taskId());
        canSave.set(!ready.isEmpty() && ResultLinks.safeToSave(ready) && job == null);
        saveLabel.set(ResultLinks.saveLabel(shown == null ? null : shown.status()));
        notice.set(ResultLinks.notice(shown));
        stillGenerating.set(ResultLinks.stillGenerating(shown));
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

    /** The link Copy URL and Open in browser use (see {@link ResultLinks#linkToShare}). */
    private String resultUrl() {
        return ResultLinks.linkToShare(task.get(), choice.get().chosenUrl());
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

    /** "Save video…", "Save image…", "Save track…", "Save text…" or "Save all (3)…". */
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

    /** What was odd about kie.ai's successful answer (no result, dead links, its notice); null when nothing. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Track 2 still generating" while a running task has part of its result ready; null otherwise. */
    ReadOnlyStringProperty stillGeneratingProperty() {
        return stillGenerating.getReadOnlyProperty();
    }
}
