package io.alephmonitor.ui.compare;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * One image over the other with a draggable divider: left of it the first image, right of it the second.
 * Dragging (or clicking) anywhere moves the divider, as do the Left and Right arrow keys (a twentieth of the
 * width each); both images are fitted to the same box.
 */
final class ImageWipe extends Region {

    private final ImageView back = new ImageView();
    private final ImageView front = new ImageView();
    private final Rectangle clip = new Rectangle();
    private final Region divider = new Region();
    private final DoubleProperty position = new SimpleDoubleProperty(this, "position", 0.5);

    ImageWipe(Image left, Image right) {
        getStyleClass().add("image-wipe");
        setId("imageWipe");
        front.setImage(left);
        back.setImage(right);
        for (ImageView v : new ImageView[]{back, front}) {
            v.setPreserveRatio(true);
            v.setSmooth(true);
        }
        front.setClip(clip);
        divider.setId("wipeDivider");
        divider.setStyle("-fx-background-color: white; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.6), 4, 0, 0, 0);");
        divider.setCursor(Cursor.H_RESIZE);
        divider.setMouseTransparent(true);
        getChildren().addAll(back, front, divider);
        setCursor(Cursor.H_RESIZE);
        setMinSize(0, 0);
        setStyle("-fx-background-color: #111;");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveTo);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveTo);
        setFocusTraversable(true);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            double step = switch (e.getCode()) {
                case LEFT -> -0.05;
                case RIGHT -> 0.05;
                default -> 0;
            };
            if (step != 0) {
                position.set(Math.clamp(position.get() + step, 0, 1));
                e.consume();
            }
        });
        position.addListener((obs, was, now) -> requestLayout());
        for (Image image : new Image[]{left, right}) {
            if (image != null) {
                image.progressProperty().addListener((obs, was, now) -> requestLayout());
            }
        }
    }

    private void moveTo(MouseEvent e) {
        requestFocus();
        if (getWidth() > 0) {
            position.set(Math.clamp(e.getX() / getWidth(), 0, 1));
        }
    }

    /** Where the divider stands, 0 (all second image) to 1 (all first image). */
    DoubleProperty positionProperty() {
        return position;
    }

    /** How wide the shown part of the first image is, in pixels. */
    double clipWidth() {
        return clip.getWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        fit(back, w, h);
        fit(front, w, h);
        double x = Math.round(w * position.get());
        // The clip is in the front image's own coordinates: it spans the region from its left edge to the divider.
        clip.setX(-front.getLayoutX());
        clip.setY(-front.getLayoutY());
        clip.setWidth(Math.max(0, x));
        clip.setHeight(h);
        divider.resizeRelocate(x - 1, 0, 2, h);
    }

    private static void fit(ImageView view, double w, double h) {
        Image image = view.getImage();
        double iw = image == null || image.getWidth() <= 0 ? w : image.getWidth();
        double ih = image == null || image.getHeight() <= 0 ? h : image.getHeight();
        double scale = Math.min(w / iw, h / ih);
        double fw = iw * scale;
        double fh = ih * scale;
        view.setFitWidth(fw);
        view.setFitHeight(fh);
        view.relocate((w - fw) / 2, (h - fh) / 2);
    }
}
