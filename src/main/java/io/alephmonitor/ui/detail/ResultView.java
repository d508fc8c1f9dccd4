package io.alephmonitor.ui.detail;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveFailures;
import io.alephmonitor.tracking.SaveJob;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.PlayerRegistry;
import io.alephmonitor.ui.preview.RemoteUrlCheck;
import io.alephmonitor.ui.preview.VideoPreview;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The finished result: inline video, the actions on it (save, open folder, copy, browser) and the result images. */
final class ResultView extends VBox {

    private final DetailActions actions;
    private final ImageSource images;
    private final VideoPreview video;
    private final Button save = new Button("Save video…", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
    private final Button openFolder = new Button("Open folder", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
    private final Button copyUrl = new Button("Copy URL", new FontIcon(MaterialDesignC.CONTENT_COPY));
    private final Button openBrowser = new Button("Open in browser", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
    private final Label savedNote = new Label();
    private final Message saveOutcome = new Message();
    private final SaveProgressView progress = new SaveProgressView();
    private final ResultImages resultImages;
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");

    private final Map<String, SaveJob> runningSaves = new HashMap<>();
    private final Map<String, String> saveOutcomes = new HashMap<>();
    private SaveTargetChooser chooser = SaveTargetChooser.fileChooser();
    private TrackedTask task;
    private Path checkedPath;
    private boolean savedFileMissing;

    ResultView(DetailActions actions, ImageSource images, PlayerRegistry players) {
        this.actions = actions;
        this.images = images;
        this.video = new VideoPreview(players);
        this.resultImages = new ResultImages(images);
        setSpacing(8);
        video.setId("detail-video");
        video.setOnOpenInBrowser(this::openInBrowser);
        video.setOnSave(this::save);
        video.setLinkRenewer(actions.linkRenewer());
        resultImages.setRenewer(actions.linkRenewer());
        resultImages.setOnOpen(this::openLink);
        resultImages.setOnPlay(url -> {
            video.load(url);
            visible(video, true);
        });
        video.setProblemActionsShown(false);

        save.setId("detail-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        openFolder.setId("detail-open-folder");
        openFolder.setOnAction(e -> {
            if (task != null && task.savedPath() != null) {
                actions.openFolder(task.savedPath());
            }
        });
        copyUrl.setId("detail-copy-url");
        copyUrl.setOnAction(e -> {
            String url = resultUrl();
            if (url != null) {
                actions.copyToClipboard(url);
            }
        });
        openBrowser.setId("detail-open-browser");
        openBrowser.setOnAction(e -> openInBrowser());
        savedNote.setId("detail-saved-note");
        savedNote.getStyleClass().addAll(Styles.TEXT_SMALL);
        savedNote.setWrapText(true);
        saveOutcome.setId("detail-save-outcome");
        saveOutcome.setTitle("Not saved");
        saveOutcome.getStyleClass().add(Styles.DANGER);

        var buttons = new javafx.scene.layout.FlowPane(8, 8, save, openFolder, copyUrl, openBrowser);
        getChildren().setAll(DetailControls.heading("Result"), video, buttons, progress, savedNote, saveOutcome,
                resultImages);
    }

    VideoPreview video() {
        return video;
    }

    ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    void setChooser(SaveTargetChooser chooser) {
        this.chooser = Objects.requireNonNull(chooser);
    }

    /** Shows the task's result; a newer version of the same task keeps the running video. */
    void show(TrackedTask newTask) {
        boolean sameTask = task != null && newTask != null && task.taskId().equals(newTask.taskId());
        task = newTask;
        if (!(newTask != null && newTask.status() instanceof TaskStatus.Succeeded done)) {
            video.dispose();
            resultImages.show(List.of());
            refreshActions();
            return;
        }
        if (!sameTask || !resultImagesHold(video.url())) { // a video chosen in the strip keeps playing
            video.load(done.videoUrl());
        }
        visible(video, video.url() != null);
        resultImages.show(imagesOf(done));
        if (!sameTask || !Objects.equals(checkedPath, newTask.savedPath())) {
            checkSavedFile(newTask);
        }
        refreshActions();
    }

    /** Asks where to save the current task's video, then saves it with visible progress. */
    void save() {
        if (!canSave.get()) {
            return;
        }
        TrackedTask target = task;
        Path file = chooser.choose(getScene() == null ? null : getScene().getWindow(),
                actions.suggestedFileName(target), actions.suggestedFolder(target));
        if (file == null) {
            return;
        }
        SaveJob job;
        try {
            job = actions.saveVideo(target.taskId(), file);
        } catch (RuntimeException e) {
            saveOutcomes.put(target.taskId(), "The save could not start. Try again, or choose another folder.");
            refreshActions();
            return;
        }
        String id = target.taskId();
        runningSaves.put(id, job);
        saveOutcomes.remove(id);
        job.result().whenComplete((path, error) -> Platform.runLater(() -> {
            runningSaves.remove(id);
            if (error != null) {
                saveOutcomes.put(id, SaveFailures.describe(error));
            }
            if (task != null && task.taskId().equals(id)) {
                if (path != null && task.savedPath() == null) {
                    // The tracker publishes the saved path too; show it now rather than after its next update.
                    task = task.withSavedPath(path);
                    checkedPath = path;
                    savedFileMissing = false;
                }
                refreshActions();
            }
        }));
        refreshActions();
    }

    private void checkSavedFile(TrackedTask t) {
        checkedPath = t.savedPath();
        savedFileMissing = t.savedFileMissing(); // what the tracker last found; the check below refreshes it
        if (t.savedPath() == null) {
            return;
        }
        Path path = t.savedPath();
        actions.fileExists(path).whenComplete((exists, error) -> Platform.runLater(() -> {
            if (task != null && task.taskId().equals(t.taskId()) && path.equals(task.savedPath())) {
                savedFileMissing = Boolean.FALSE.equals(exists);
                refreshActions();
            }
        }));
    }

    private void refreshActions() {
        TaskStatus.Succeeded done = task != null && task.status() instanceof TaskStatus.Succeeded s ? s : null;
        String mainUrl = done == null ? null : done.videoUrl() != null ? done.videoUrl()
                : imagesOf(done).isEmpty() ? null : imagesOf(done).getFirst();
        boolean safeResult = mainUrl != null && RemoteUrlCheck.of(mainUrl).allowed();
        SaveJob job = task == null ? null : runningSaves.get(task.taskId());
        canSave.set(safeResult && job == null);
        int files = done == null ? 1 : filesToSave(done);
        save.setText(done != null && done.videoUrl() == null
                ? files > 1 ? "Save all (" + files + ")…" : "Save image…"
                : files > 1 ? "Save all (" + files + ")…" : "Save video…");
        save.setDisable(!canSave.get());
        progress.watch(job);

        String url = resultUrl();
        copyUrl.setDisable(url == null);
        openBrowser.setDisable(url == null || !RemoteUrlCheck.of(url).allowed());

        Path saved = task == null ? null : task.savedPath();
        visible(openFolder, saved != null);
        openFolder.setDisable(savedFileMissing);
        visible(savedNote, saved != null);
        savedNote.getStyleClass().remove(Styles.WARNING);
        int savedCount = task == null ? 0 : task.savedPaths().size();
        String where = savedCount > 1 ? savedCount + " files, first " + saved : String.valueOf(saved);
        if (saved != null && savedFileMissing) {
            savedNote.setText("Saved to " + where + " — but the file is missing now (moved or deleted). Save it again.");
            savedNote.getStyleClass().add(Styles.WARNING);
        } else if (saved != null) {
            savedNote.setText("Saved to " + where);
        }
        String outcome = task == null ? null : saveOutcomes.get(task.taskId());
        saveOutcome.setDescription(outcome);
        visible(saveOutcome, outcome != null && job == null);
    }

    private String resultUrl() {
        if (task == null || !(task.status() instanceof TaskStatus.Succeeded done)) {
            return null;
        }
        if (done.videoUrl() != null) {
            return done.videoUrl();
        }
        return resultImages.shownUrl() != null ? resultImages.shownUrl() : done.imageUrl();
    }

    /** The result links shown below the video: every result but the video itself (its thumbnail for Aleph). */
    static List<String> imagesOf(TaskStatus.Succeeded done) {
        List<String> shown = new ArrayList<>();
        for (String url : done.resultUrls()) {
            if (url != null && !url.equals(done.videoUrl()) && !shown.contains(url)) {
                shown.add(url);
            }
        }
        if (shown.isEmpty() && done.imageUrl() != null) {
            shown.add(done.imageUrl());
        }
        return shown;
    }

    /** How many files Save writes: the video, or every image of an image-only task. */
    static int filesToSave(TaskStatus.Succeeded done) {
        if (done.videoUrl() != null) {
            return (int) imagesOf(done).stream().filter(ResultImages::isVideo).count() + 1;
        }
        return Math.max(1, imagesOf(done).size());
    }

    private boolean resultImagesHold(String url) {
        return url != null && task != null && task.status() instanceof TaskStatus.Succeeded done
                && imagesOf(done).contains(url);
    }

    private void openInBrowser() {
        openLink(resultUrl());
    }

    private void openLink(String url) {
        if (url != null && RemoteUrlCheck.of(url).allowed()) {
            actions.openInBrowser(RemoteUrlCheck.of(url).uri().toString());
        }
    }

    private static void visible(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
