package io.alephmonitor.ui.detail;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.PlayerRegistry;
import io.alephmonitor.ui.preview.TextSource;
import io.alephmonitor.ui.preview.VideoPreview;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.Objects;

/**
 * The result, finished or the part ready so far: what kie.ai said was odd about it, the chooser listing
 * every result, the inline video, the chosen track, text or untyped link, the actions (save, open
 * folder, copy, browser) and the chosen image large. A thin view over {@link ResultViewModel}, which
 * holds the state.
 */
final class ResultView extends VBox {

    private final ResultViewModel model;
    private final VideoPreview video;
    private final Button save = new Button("Save video…", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
    private final Button openFolder = new Button("Open folder", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
    private final Button copyUrl = new Button("Copy URL", new FontIcon(MaterialDesignC.CONTENT_COPY));
    private final Button openBrowser = new Button("Open in browser", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
    private final Label savedNote = new Label();
    private final Message saveOutcome = new Message();
    private final ResultImages resultImages;
    /** Where the chosen track, text or untyped link is shown; their views are built when first needed. */
    private final StackPane chosenView = new StackPane();
    private final java.util.function.Supplier<AudioResultView> newAudio;
    private final java.util.function.Supplier<TextResultView> newText;
    private final java.util.function.Supplier<UntypedResultView> newUntyped;
    private AudioResultView audio;
    private TextResultView text;
    private UntypedResultView untyped;
    private final Message notice = new Message();
    private final Label stillGenerating = new Label();
    private SaveTargetChooser chooser = SaveTargetChooser.fileChooser();

    ResultView(DetailActions actions, ImageSource images, PlayerRegistry players, TextSource texts) {
        this.model = new ResultViewModel(actions, Platform::runLater);
        this.video = new VideoPreview(players);
        this.resultImages = new ResultImages(images);
        this.newAudio = () -> {
            AudioResultView view = new AudioResultView(images, players);
            view.setLinkRenewer(model.linkRenewer());
            return view;
        };
        this.newText = () -> new TextResultView(texts, Platform::runLater, actions::copyToClipboard);
        this.newUntyped = () -> new UntypedResultView(model::openLink, actions::copyToClipboard);
        setSpacing(8);
        video.setId("detail-video");
        video.setOnOpenInBrowser(model::openInBrowser);
        video.setOnSave(this::save);
        video.setLinkRenewer(model.linkRenewer());
        video.setProblemActionsShown(false);
        shownWhen(video, model.videoProperty().isNotNull());
        model.videoProperty().addListener((obs, old, url) -> {
            if (url == null) {
                video.dispose();
            } else {
                video.load(url);
            }
        });
        resultImages.setRenewer(model.linkRenewer());
        resultImages.setOnOpen(model::openLink);
        resultImages.setOnChoose(model::choose);
        model.choiceProperty().addListener((obs, old, now) -> showChosen(now));
        notice.setId("detail-result-notice");
        notice.setTitle("About this result");
        notice.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        notice.getStyleClass().add(Styles.WARNING);
        notice.descriptionProperty().bind(model.noticeProperty());
        shownWhen(notice, model.noticeProperty().isNotNull());
        stillGenerating.setId("detail-still-generating");
        stillGenerating.getStyleClass().add(Styles.TEXT_MUTED);
        stillGenerating.setGraphic(new FontIcon(MaterialDesignP.PROGRESS_CLOCK));
        stillGenerating.textProperty().bind(model.stillGeneratingProperty());
        shownWhen(stillGenerating, model.stillGeneratingProperty().isNotNull());

        save.setId("detail-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        save.textProperty().bind(model.saveLabelProperty());
        save.disableProperty().bind(model.canSaveProperty().not());
        openFolder.setId("detail-open-folder");
        openFolder.setOnAction(e -> model.openFolder());
        shownWhen(openFolder, model.folderShownProperty());
        openFolder.disableProperty().bind(model.canOpenFolderProperty().not());
        copyUrl.setId("detail-copy-url");
        copyUrl.setOnAction(e -> model.copyUrl());
        copyUrl.disableProperty().bind(model.canCopyUrlProperty().not());
        openBrowser.setId("detail-open-browser");
        openBrowser.setOnAction(e -> model.openInBrowser());
        openBrowser.disableProperty().bind(model.canOpenInBrowserProperty().not());
        savedNote.setId("detail-saved-note");
        savedNote.getStyleClass().addAll(Styles.TEXT_SMALL);
        savedNote.setWrapText(true);
        savedNote.textProperty().bind(model.savedNoteProperty());
        shownWhen(savedNote, model.savedNoteProperty().isNotNull());
        model.savedNoteWarnsProperty().addListener((obs, was, warns) -> {
            savedNote.getStyleClass().remove(Styles.WARNING);
            if (warns) {
                savedNote.getStyleClass().add(Styles.WARNING);
            }
        });
        saveOutcome.setId("detail-save-outcome");
        saveOutcome.setTitle("Not saved");
        saveOutcome.getStyleClass().add(Styles.DANGER);
        saveOutcome.descriptionProperty().bind(model.saveOutcomeProperty());
        shownWhen(saveOutcome, model.saveOutcomeProperty().isNotNull());

        var buttons = new FlowPane(8, 8, save, openFolder, copyUrl, openBrowser);
        getChildren().setAll(DetailControls.heading("Result"), notice, stillGenerating, resultImages.chooser(), video,
                chosenView, buttons, new SaveProgressView(model.progress()), savedNote, saveOutcome, resultImages);
        showChosen(ResultViewModel.Choice.NONE);
    }

    /** The chosen result in its own view: an image large, a track in its player, a text, an untyped link. */
    private void showChosen(ResultViewModel.Choice now) {
        resultImages.show(now.results(), now.chosen());
        ResultFile chosen = now.chosen();
        if (chosen instanceof ResultFile.Audio || audio != null) {
            audio().show(chosen instanceof ResultFile.Audio a ? a : null);
        }
        if (chosen instanceof ResultFile.Text || text != null) {
            text().show(chosen instanceof ResultFile.Text t ? t : null);
        }
        if (chosen instanceof ResultFile.Untyped || untyped != null) {
            untyped().show(chosen instanceof ResultFile.Untyped u ? u.url() : null);
        }
        Node shown = switch (chosen) {
            case ResultFile.Audio a -> audio();
            case ResultFile.Text t -> text();
            case ResultFile.Untyped u -> untyped();
            case null, default -> null;
        };
        if (shown == null) {
            chosenView.getChildren().clear();
        } else if (!chosenView.getChildren().contains(shown)) {
            chosenView.getChildren().setAll(shown);
        }
        visible(chosenView, shown != null);
    }

    private TextResultView text() {
        if (text == null) {
            text = newText.get();
        }
        return text;
    }

    private UntypedResultView untyped() {
        if (untyped == null) {
            untyped = newUntyped.get();
        }
        return untyped;
    }

    /** The track player, e.g. to watch its status. */
    AudioResultView audio() {
        if (audio == null) {
            audio = newAudio.get();
        }
        return audio;
    }

    VideoPreview video() {
        return video;
    }

    ReadOnlyBooleanProperty canSaveProperty() {
        return model.canSaveProperty();
    }

    void setChooser(SaveTargetChooser chooser) {
        this.chooser = Objects.requireNonNull(chooser);
    }

    /** Shows the task's result; a newer version of the same task keeps the running video. */
    void show(TrackedTask newTask) {
        model.show(newTask);
    }

    /** Asks where to save the current task's result, then saves it with visible progress. */
    void save() {
        model.save((name, folder) -> chooser.choose(getScene() == null ? null : getScene().getWindow(), name, folder));
    }

    private static void visible(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static void shownWhen(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}
