package io.alephmonitor.testsupport;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the scroll pane around a node so the node is in view, as a user would before clicking it. Call on the FX thread. */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    public static void reveal(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                double top = topInContent(scroll, node);
                double scrollable = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(scrollable <= 0 ? 0 : Math.clamp((top - 20) / scrollable, 0, 1));
                return;
            }
        }
    }

    /** The node's top edge in the scroll pane's content, in pixels. */
    public static double topInContent(ScrollPane scroll, Node node) {
        return scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
    }
}
