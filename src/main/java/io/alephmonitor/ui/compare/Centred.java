package io.alephmonitor.ui.compare;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/** Keeps an unmanaged, fitted picture (image or video) in the middle of its holder as either changes size. */
final class Centred {

    private Centred() {
    }

    static void keep(Node view, Region holder) {
        Runnable centre = () -> {
            var b = view.getLayoutBounds();
            view.relocate((holder.getWidth() - b.getWidth()) / 2, (holder.getHeight() - b.getHeight()) / 2);
        };
        holder.widthProperty().addListener((o, a, b) -> centre.run());
        holder.heightProperty().addListener((o, a, b) -> centre.run());
        view.layoutBoundsProperty().addListener((o, a, b) -> centre.run());
    }
}
