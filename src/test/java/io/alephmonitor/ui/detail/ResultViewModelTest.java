package io.alephmonitor.ui.detail;

import io.alephmonitor.model.SavedFileState;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.SaveException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail pane's result part as state: plain JUnit, no JavaFX toolkit, no robot. */
class ResultViewModelTest {

    private static final Instant DONE = Instant.parse("2025-08-15T14:30:45Z");
    private static final String VIDEO = "https://tempfile.aiquickdraw.com/v/eagle.mp4";
    private static final String THUMB = "https://tempfile.aiquickdraw.com/v/eagle.jpg";

    private final RecordingActions actions = new RecordingActions();
    /** Answers from the actions' futures wait here until the test runs them, as they wait for the FX thread. */
    private final Queue<Runnable> fxThread = new ArrayDeque<>();
    private final ResultViewModel model = new ResultViewModel(actions, fxThread::add);

    private static TrackedTask task(String id, TaskStatus status) {
        return new TrackedTask(id, "aleph", DONE, status, TaskParams.EMPTY, DONE, DONE, null, null, null, null, null);
    }

    private static TrackedTask videoTask(String id) {
        return task(id, new TaskStatus.Succeeded(VIDEO, THUMB, DONE));
    }

    private static TrackedTask imageTask(String id, List<String> images) {
        return task(id, new TaskStatus.Succeeded(null, null, images, DONE));
    }

    private void runFxThread() {
        while (!fxThread.isEmpty()) {
            fxThread.remove().run();
        }
    }

    /** Saves the shown task to {@code /videos/<suggested name>} and answers the save the actions started. */
    private RecordingActions.ControlledSave saveToTheSuggestedPlace() {
        model.save((name, folder) -> folder.resolve(name));
        return actions.saves.getLast();
    }

    @Test
    void withoutATaskNothingCanBeSavedCopiedOrOpened() {
        model.show(null);

        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.canCopyUrlProperty().get()).isFalse();
        assertThat(model.canOpenInBrowserProperty().get()).isFalse();
        assertThat(model.folderShownProperty().get()).isFalse();
        assertThat(model.videoProperty().get()).isNull();
        assertThat(model.choiceProperty().get()).isEqualTo(ResultViewModel.Choice.NONE);
    }

    @Test
    void aFinishedVideoTaskPlaysItsVideoAndOffersToSaveCopyAndOpenIt() {
        model.show(videoTask("task-aaaa"));

        assertThat(model.videoProperty().get()).isEqualTo(VIDEO);
        assertThat(model.saveLabelProperty().get()).isEqualTo("Save video…");
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.choiceProperty().get().urls()).containsExactly(THUMB);
        assertThat(model.choiceProperty().get().chosenUrl()).isEqualTo(THUMB);

        model.copyUrl();
        model.openInBrowser();

        assertThat(actions.copied).containsExactly(VIDEO);
        assertThat(actions.opened).containsExactly(VIDEO);
    }

    @Test
    void aTaskStillRunningStopsTheVideoAndListsNoResults() {
        model.show(videoTask("task-aaaa"));

        model.show(task("task-aaaa", new TaskStatus.Running()));

        assertThat(model.videoProperty().get()).isNull();
        assertThat(model.choiceProperty().get()).isEqualTo(ResultViewModel.Choice.NONE);
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void anImageOnlyTaskShowsItsFirstImageAndCopiesTheImageChosen() {
        List<String> images = List.of("https://x.test/cat-1.png", "https://x.test/cat-2.png", "https://x.test/cat-3.png");
        model.show(imageTask("task-aaaa", images));

        assertThat(model.saveLabelProperty().get()).isEqualTo("Save all (3)…");
        assertThat(model.videoProperty().get()).isNull();
        assertThat(model.choiceProperty().get().chosenUrl()).isEqualTo(images.getFirst());

        model.choose(images.get(1));
        model.copyUrl();

        assertThat(model.choiceProperty().get().urls()).isEqualTo(images);
        assertThat(model.choiceProperty().get().chosenUrl()).isEqualTo(images.get(1));
        assertThat(actions.copied).containsExactly(images.get(1));
    }

    @Test
    void aSingleImageIsSavedAsAnImage() {
        model.show(imageTask("task-aaaa", List.of("https://x.test/cat.png")));

        assertThat(model.saveLabelProperty().get()).isEqualTo("Save image…");
    }

    @Test
    void aVideoChosenAmongTheResultsPlaysAndANewerVersionOfTheTaskKeepsItPlaying() {
        String second = "https://x.test/take-2.mp4";
        TrackedTask both = task("task-aaaa", new TaskStatus.Succeeded(VIDEO, THUMB, List.of(VIDEO, THUMB, second), DONE));
        model.show(both);
        assertThat(model.saveLabelProperty().get()).isEqualTo("Save all (2)…");

        model.choose(second);
        model.show(both.withLabel("take two"));

        assertThat(model.videoProperty().get()).isEqualTo(second);
        assertThat(model.choiceProperty().get().chosenUrl()).as("the image shown large stays").isEqualTo(THUMB);

        model.show(task("task-bbbb", both.status()));
        assertThat(model.videoProperty().get()).as("another task starts at its own video").isEqualTo(VIDEO);
    }

    @Test
    void anUnsafeResultLinkCanNeitherBeSavedNorOpenedInTheBrowser() {
        model.show(task("task-aaaa", new TaskStatus.Succeeded("file:///etc/passwd", null, DONE)));

        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.canCopyUrlProperty().get()).isTrue();
        assertThat(model.canOpenInBrowserProperty().get()).isFalse();
        model.openInBrowser();
        assertThat(actions.opened).isEmpty();
    }

    @Test
    void savingAsksWhereWithTheSuggestedNameAndFolderThenFollowsTheProgressUntilCancelled() {
        model.show(videoTask("ee603959-debb"));
        String[] asked = new String[2];

        model.save((name, folder) -> {
            asked[0] = name;
            asked[1] = folder.toString();
            return folder.resolve(name);
        });

        assertThat(asked).containsExactly("aleph-ee603959.mp4", "/videos");
        RecordingActions.ControlledSave save = actions.saves.getFirst();
        assertThat(save.target).isEqualTo(Path.of("/videos/aleph-ee603959.mp4"));
        assertThat(model.canSaveProperty().get()).isFalse();
        SaveProgressViewModel progress = model.progress();
        assertThat(progress.jobProperty().get()).isSameAs(save);

        save.total.set(4 * 1024 * 1024);
        save.done.set(1024 * 1024);
        progress.refresh();
        assertThat(progress.textProperty().get()).isEqualTo("1.0 MB of 4.0 MB (25 %)");
        assertThat(progress.fractionProperty().get()).isEqualTo(0.25);

        progress.cancel();
        assertThat(save.cancelled).isTrue();
    }

    @Test
    void aSaveOfUnknownSizeShowsTheBytesSoFar() {
        model.show(videoTask("task-aaaa"));
        RecordingActions.ControlledSave save = saveToTheSuggestedPlace();

        save.done.set(812 * 1024);
        model.progress().refresh();

        assertThat(model.progress().textProperty().get()).isEqualTo("812 KB");
        assertThat(model.progress().fractionProperty().get()).isEqualTo(SaveProgressViewModel.UNKNOWN);
    }

    @Test
    void bytesAreShownInTheUnitAPersonReads() {
        assertThat(SaveProgressViewModel.bytes(900)).isEqualTo("900 B");
        assertThat(SaveProgressViewModel.bytes(812 * 1024)).isEqualTo("812 KB");
        assertThat(SaveProgressViewModel.bytes(13_002_342)).isEqualTo("12.4 MB");
        assertThat(SaveProgressViewModel.bytes(3L * 1024 * 1024 * 1024)).isEqualTo("3.00 GB");
    }

    @Test
    void aCancelledSaveDialogStartsNothing() {
        model.show(videoTask("task-aaaa"));

        model.save((name, folder) -> null);

        assertThat(actions.saves).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void aFailedSaveSaysWhyOnceTheAnswerReachesTheFxThreadAndSavingIsPossibleAgain() {
        model.show(videoTask("task-aaaa"));
        RecordingActions.ControlledSave save = saveToTheSuggestedPlace();

        save.result.completeExceptionally(new SaveException("The disk is full. Free some space, then save again."));
        assertThat(model.saveOutcomeProperty().get()).as("not before the FX thread runs the answer").isNull();
        runFxThread();

        assertThat(model.saveOutcomeProperty().get()).isEqualTo("The disk is full. Free some space, then save again.");
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.progress().jobProperty().get()).isNull();
    }

    @Test
    void aCancelledSaveSaysItContinuesWhereItStopped() {
        model.show(videoTask("task-aaaa"));
        RecordingActions.ControlledSave save = saveToTheSuggestedPlace();

        save.result.completeExceptionally(new CancellationException());
        runFxThread();

        assertThat(model.saveOutcomeProperty().get()).isEqualTo("Save cancelled. Save again to continue where it stopped.");
    }

    @Test
    void aSaveThatCannotStartSaysSo() {
        ResultViewModel refusing = new ResultViewModel(new RecordingActions() {
            @Override
            public io.alephmonitor.tracking.SaveJob saveVideo(String taskId, Path target) {
                throw new IllegalStateException("no tracker");
            }
        }, Runnable::run);
        refusing.show(videoTask("task-aaaa"));

        refusing.save((name, folder) -> folder.resolve(name));

        assertThat(refusing.saveOutcomeProperty().get())
                .isEqualTo("The save could not start. Try again, or choose another folder.");
        assertThat(refusing.canSaveProperty().get()).isTrue();
    }

    @Test
    void aFinishedSaveShowsWhereTheFileIsWithoutWaitingForTheTracker() {
        model.show(videoTask("task-aaaa"));
        RecordingActions.ControlledSave save = saveToTheSuggestedPlace();

        save.result.complete(save.target);
        runFxThread();

        assertThat(model.taskProperty().get().savedPath()).isEqualTo(save.target);
        assertThat(model.savedNoteProperty().get()).isEqualTo("Saved to " + save.target);
        assertThat(model.folderShownProperty().get()).isTrue();
        assertThat(model.savedFileProperty().get()).isEqualTo(SavedFileState.PRESENT);
        assertThat(model.saveOutcomeProperty().get()).isNull();
    }

    @Test
    void aSaveKeepsRunningWhileAnotherTaskIsShownAndIsFollowedAgainOnReturn() {
        model.show(videoTask("task-aaaa"));
        RecordingActions.ControlledSave save = saveToTheSuggestedPlace();

        model.show(videoTask("task-bbbb"));
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.progress().jobProperty().get()).isNull();

        model.show(videoTask("task-aaaa"));
        assertThat(model.progress().jobProperty().get()).isSameAs(save);
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void aSavedFileThatWentMissingIsPointedOutAndItsFolderCannotBeOpened() {
        Path gone = Path.of("/videos/gone.mp4");
        model.show(videoTask("task-aaaa").withSavedPath(gone));
        runFxThread();

        assertThat(model.savedFileProperty().get()).isEqualTo(SavedFileState.MISSING);
        assertThat(model.savedNoteProperty().get())
                .isEqualTo("Saved to " + gone + " — but the file is missing now (moved or deleted). Save it again.");
        assertThat(model.savedNoteWarnsProperty().get()).isTrue();
        assertThat(model.canOpenFolderProperty().get()).isFalse();
    }

    @Test
    void aSavedFileInPlaceOffersItsFolder() {
        Path here = Path.of("/videos/here.mp4");
        actions.existingFiles.add(here);
        model.show(videoTask("task-aaaa").withSavedPath(here));
        runFxThread();

        model.openFolder();

        assertThat(model.savedNoteProperty().get()).isEqualTo("Saved to " + here);
        assertThat(model.savedNoteWarnsProperty().get()).isFalse();
        assertThat(model.canOpenFolderProperty().get()).isTrue();
        assertThat(actions.openedFolders).containsExactly(here);
    }

    @Test
    void whatTheTrackerLastFoundAboutTheSavedFileShowsUntilTheCheckAnswers() {
        CompletableFuture<Boolean> check = new CompletableFuture<>();
        ResultViewModel checking = new ResultViewModel(new RecordingActions() {
            @Override
            public CompletableFuture<Boolean> fileExists(Path file) {
                return check;
            }
        }, Runnable::run);
        Path saved = Path.of("/videos/back.mp4");

        checking.show(videoTask("task-aaaa").withSavedPath(saved).withSavedFile(SavedFileState.MISSING));
        assertThat(checking.savedFileProperty().get()).isEqualTo(SavedFileState.MISSING);

        check.complete(true);
        assertThat(checking.savedFileProperty().get()).isEqualTo(SavedFileState.PRESENT);
        assertThat(checking.canOpenFolderProperty().get()).isTrue();
    }

    @Test
    void severalSavedFilesAreCountedInTheNote() {
        List<Path> files = List.of(Path.of("/videos/cat-1.png"), Path.of("/videos/cat-2.png"));
        actions.existingFiles.addAll(files);
        model.show(imageTask("task-aaaa", List.of("https://x.test/cat-1.png", "https://x.test/cat-2.png")).withSavedPaths(files));
        runFxThread();

        assertThat(model.savedNoteProperty().get()).isEqualTo("Saved to 2 files, first /videos/cat-1.png");
    }

    private static io.alephmonitor.model.ResultFile.Audio track(String id) {
        return new io.alephmonitor.model.ResultFile.Audio("https://x.test/" + id + ".mp3", null, "Song " + id, 30.0, null, null, id);
    }

    @Test
    void aTrackIsSavedAsATrackAndCopyUrlCopiesTheTrackChosen() {
        model.show(task("task-aaaa", TaskStatus.Succeeded.of(List.of(track("1"), track("2")), DONE)));
        assertThat(model.saveLabelProperty().get()).isEqualTo("Save all (2)…");
        assertThat(model.choiceProperty().get().chosenUrl()).isEqualTo("https://x.test/1.mp3");

        model.choose("https://x.test/2.mp3");
        model.copyUrl();

        assertThat(actions.copied).containsExactly("https://x.test/2.mp3");
        model.show(task("task-bbbb", TaskStatus.Succeeded.of(List.of(track("3")), DONE)));
        assertThat(model.saveLabelProperty().get()).isEqualTo("Save track…");
    }

    @Test
    void aTaskStillGeneratingListsItsReadyTrackAndCanSaveIt() {
        model.show(task("task-aaaa", new TaskStatus.Running(null, null, List.of(track("1")))));

        assertThat(model.choiceProperty().get().chosenUrl()).isEqualTo("https://x.test/1.mp3");
        assertThat(model.stillGeneratingProperty().get()).isEqualTo("Track 2 still generating");
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.saveLabelProperty().get()).isEqualTo("Save track…");
        assertThat(model.canCopyUrlProperty().get()).isTrue();
    }

    @Test
    void inlineTextCanBeSavedThoughItHasNoLink() {
        model.show(task("task-aaaa", TaskStatus.Succeeded.of(
                List.of(new io.alephmonitor.model.ResultFile.Text(null, "{}", true, null)), DONE)));

        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.saveLabelProperty().get()).isEqualTo("Save text…");
        assertThat(model.canCopyUrlProperty().get()).as("no link to copy").isFalse();
    }
}
