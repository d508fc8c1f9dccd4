package io.alephmonitor.ui;

import javafx.scene.image.Image;

/** Where thumbnails come from; the app plugs in a bounded cache, the default loads each image in the background. */
@FunctionalInterface
public interface ImageSource {

    /** An image of the URL scaled to fit the box, loading in the background (never blocking the caller). */
    Image image(String url, double width, double height);

    /** Loads every request afresh with JavaFX's background loading. */
    static ImageSource direct() {
        return (url, w, h) -> new Image(url, w, h, true, true, true);
    }
}
