package io.alephmonitor.ui.detail;

import io.alephmonitor.ui.Controls;
import atlantafx.base.theme.Styles;
import io.alephmonitor.model.TaskParams;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.RemoteUrlCheck;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.function.Consumer;

/**
 * What the task was made from, in two parts the detail pane places apart: the {@link #source} (the
 * prompt, the source image with a preview, the source video), which identifies a task and comes first,
 * and the {@link #details} (other parameters, raw paramJson) further down.
 */
final class ParamsView {

    static final double IMAGE_WIDTH = 320;
    static final double IMAGE_HEIGHT = 180;

    private final ImageSource images;
    private final Label promptHeading = DetailControls.heading("Prompt");
    private final TextArea prompt = DetailControls.selectableBlock("detail-prompt");
    private final Label imageHeading = DetailControls.heading("Source image");
    private final TextField imageUrl = DetailControls.selectableLine("detail-image-url");
    private final ImageView image = new ImageView();
    private final Label imageNote = new Label();
    private final VBox imageBox;
    private final GridPane others = new GridPane();
    private final Label othersHeading = DetailControls.heading("Parameters");
    private final TextArea raw = DetailControls.selectableBlock("detail-raw-params");
    private final TitledPane rawPane = new TitledPane("Raw paramJson", raw);
    private final Label noParams = new Label("kie.ai has not sent this task's parameters yet.");
    private final Label videoHeading = DetailControls.heading("Source video");
    private final TextField videoUrl = DetailControls.selectableLine("detail-video-url");
    private final VBox videoBox;
    final VBox source;
    final VBox details;

    ParamsView(ImageSource images, Consumer<String> copy) {
        this.images = images;
        prompt.setPromptText("No prompt");
        image.setId("detail-image-preview");
        image.setPreserveRatio(true);
        image.setFitWidth(IMAGE_WIDTH);
        image.setFitHeight(IMAGE_HEIGHT);
        imageNote.setId("detail-image-note");
        imageNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        imageNote.setWrapText(true);
        bindLoadNote();
        imageNote.visibleProperty().bind(imageNote.textProperty().isNotEmpty());
        imageNote.managedProperty().bind(imageNote.visibleProperty());
        var copyImage = Controls.iconButton(MaterialDesignC.CONTENT_COPY, "Copy image URL");
        copyImage.setOnAction(e -> copy.accept(imageUrl.getText()));
        imageBox = new VBox(6, imageHeading, DetailControls.row(4, imageUrl, copyImage), image, imageNote);

        others.setId("detail-params");
        Controls.namesAndValues(others, 4, null);

        raw.setStyle(DetailControls.MONOSPACE);
        rawPane.setId("detail-raw-pane");
        rawPane.setExpanded(false);
        rawPane.setAnimated(false);
        noParams.getStyleClass().add(Styles.TEXT_MUTED);
        var copyVideo = Controls.iconButton(MaterialDesignC.CONTENT_COPY, "Copy source video URL");
        copyVideo.setOnAction(e -> copy.accept(videoUrl.getText()));
        videoBox = new VBox(6, videoHeading, DetailControls.row(4, videoUrl, copyVideo));
        source = new VBox(8, promptHeading, prompt, imageBox, videoBox);
        source.setId("detail-source");
        // A narrow detail side (a 1024 px window) shrinks the preview rather than cutting it off: the
        // boxes do not take the preview's width as their minimum, the preview follows their width.
        source.setMinWidth(0);
        imageBox.setMinWidth(0);
        source.widthProperty().addListener((obs, old, width) -> image.setFitWidth(
                Math.clamp(width.doubleValue(), 120, IMAGE_WIDTH)));
        details = new VBox(8, othersHeading, others, rawPane, noParams);
        details.setId("detail-details");
    }

    void show(TaskParams params) {
        TaskParams p = params == null ? TaskParams.EMPTY : params;
        setText(prompt, p.prompt());
        prompt.setPrefRowCount(DetailControls.rowsFor(p.prompt(), 60, 2, 12));
        visible(promptHeading, p.prompt() != null);
        visible(prompt, p.prompt() != null);

        visible(imageBox, p.imageUrl() != null);
        setText(imageUrl, p.imageUrl());
        showImage(p.imageUrl());
        visible(videoBox, p.videoUrl() != null && !p.videoUrl().isBlank());
        setText(videoUrl, p.videoUrl());

        others.getChildren().clear();
        int row = 0;
        row = param(row, "Aspect ratio", p.aspectRatio());
        row = param(row, "Seed", p.seed() == null ? null : p.seed().toString());
        row = param(row, "Reference image", p.referenceImage());
        visible(othersHeading, row > 0);
        visible(others, row > 0);

        setText(raw, p.raw());
        raw.setPrefRowCount(DetailControls.rowsFor(p.raw(), 60, 3, 16));
        visible(rawPane, p.raw() != null && !p.raw().isBlank());
        visible(noParams, p.equals(TaskParams.EMPTY));
        visible(source, promptHeading.isManaged() || imageBox.isManaged() || videoBox.isManaged());
        visible(details, others.isManaged() || rawPane.isManaged() || noParams.isManaged());
    }

    /** The image view showing the source image (for tests). */
    ImageView imageView() {
        return image;
    }

    private void showImage(String url) {
        if (url == null) {
            image.setImage(null);
            return;
        }
        RemoteUrlCheck check = RemoteUrlCheck.of(url);
        if (!check.allowed()) {
            image.setImage(null);
            imageNote.textProperty().unbind();
            imageNote.setText(check.refusal());
            return;
        }
        bindLoadNote();
        // Ask for twice the shown size so the preview stays sharp on high-density screens.
        image.setImage(images.get(url, IMAGE_WIDTH * 2, IMAGE_HEIGHT * 2));
    }

    /** The note follows the current image only: flatMap drops its listeners from images no longer shown. */
    private void bindLoadNote() {
        if (imageNote.textProperty().isBound()) {
            return;
        }
        ObservableValue<String> note = image.imageProperty().flatMap(img -> Bindings.createStringBinding(
                () -> img.isError() ? "The image couldn't be loaded — the link may have expired."
                        : img.getProgress() < 1 ? "Loading image…" : "",
                img.errorProperty(), img.progressProperty()));
        imageNote.textProperty().bind(note.orElse(""));
    }

    private int param(int row, String name, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label n = new Label(name);
        n.getStyleClass().add(Styles.TEXT_MUTED);
        TextField v = DetailControls.selectableLine(null);
        v.setText(value);
        others.addRow(row, n, v);
        return row + 1;
    }

    private static void setText(javafx.scene.control.TextInputControl control, String value) {
        String text = value == null ? "" : value;
        if (!text.equals(control.getText())) {
            control.setText(text);
        }
    }

    private static void visible(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
