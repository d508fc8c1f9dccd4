package io.alephmonitor.ui.compare;

import atlantafx.base.theme.Styles;
import io.alephmonitor.ui.preview.ImageSource;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Two images: a wipe (one over the other, a draggable divider) or side by side ({@link #sideBySideProperty()}).
 * Images come from the app's {@link ImageSource}, loading in the background.
 */
final class ComparedImagesView extends BorderPane {

    private final BooleanProperty sideBySide = new SimpleBooleanProperty(this, "sideBySide");
    private final ImageWipe wipe;
    private final HBox apart;

    ComparedImagesView(ComparePair shown, ImageSource images) {
        Image left = images.get(shown.left().result().url(), 0, 0);
        Image right = images.get(shown.right().result().url(), 0, 0);
        wipe = new ImageWipe(left, right);
        Label leftTitle = new Label("◀ " + shown.left().title());
        Label rightTitle = new Label(shown.right().title() + " ▶");
        leftTitle.getStyleClass().add(Styles.TEXT_BOLD);
        rightTitle.getStyleClass().add(Styles.TEXT_BOLD);
        HBox.setHgrow(leftTitle, Priority.ALWAYS);
        leftTitle.setMaxWidth(Double.MAX_VALUE);
        HBox wipeTitles = new HBox(leftTitle, rightTitle);
        wipeTitles.setAlignment(Pos.CENTER_LEFT);
        VBox wipeBox = new VBox(6, wipeTitles, wipe);
        VBox.setVgrow(wipe, Priority.ALWAYS);

        apart = new HBox(12, still(shown.left(), left, "compareLeftTitle"), still(shown.right(), right, "compareRightTitle"));
        setCenter(wipeBox);
        sideBySide.addListener((obs, was, now) -> setCenter(now ? apart : wipeBox));
    }

    private static VBox still(CompareSide side, Image image, String titleId) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane holder = new StackPane(view);
        holder.setMinSize(0, 0);
        holder.setStyle("-fx-background-color: #111; -fx-background-radius: 6;");
        view.fitWidthProperty().bind(holder.widthProperty());
        view.fitHeightProperty().bind(holder.heightProperty());
        view.setManaged(false);
        Centred.keep(view, holder);
        VBox box = new VBox(6, new SideCaption(side, titleId), holder);
        VBox.setVgrow(holder, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(100);
        box.setMinWidth(0);
        return box;
    }

    /** False: the wipe; true: the two images side by side. */
    BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    ImageWipe wipe() {
        return wipe;
    }
}
