package io.alephmonitor.ui.preview;

import javafx.scene.image.Image;

/** Gives images for remote links, loading them in the background at a requested size. */
@FunctionalInterface
public interface ImageSource {

    /**
     * The image for {@code url} scaled to fit {@code width}×{@code height} (0 = natural size),
     * possibly still loading; null when the link is refused (see {@link RemoteUrlCheck}).
     */
    Image get(String url, double width, double height);
}
