package io.alephmonitor.ui.compare;

import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.PlayerRegistry;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window a comparison opens in: F fills the screen, Esc leaves the full window (or, when not full,
 * closes the window). Its players are released when it closes.
 */
public final class CompareWindow extends Stage {

    private final CompareView view;

    public CompareWindow(Window owner, ComparePair pair, ImageSource images, PlayerRegistry players) {
        view = new CompareView(pair, images, players);
        if (owner != null) {
            initOwner(owner);
            if (owner.getScene() != null) {
                // The main window's theme and stylesheets.
                Scene ownerScene = owner.getScene();
                setOnShowing(e -> getScene().getStylesheets().setAll(ownerScene.getStylesheets()));
            }
        }
        setTitle("Compare — " + pair.left().title() + " · " + pair.right().title());
        Scene scene = new Scene(view, 1100, 640);
        setScene(scene);
        setFullScreenExitHint("Press Esc or F to leave the full window");
        setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is handled below, F too
        view.fullWindowProperty().addListener((obs, was, now) -> setFullScreen(now));
        fullScreenProperty().addListener((obs, was, now) -> view.fullWindowProperty().set(now));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (isFullScreen()) {
                    view.fullWindowProperty().set(false);
                } else {
                    close();
                }
                e.consume();
            }
        });
        setOnHidden(e -> view.dispose());
    }

    public CompareView view() {
        return view;
    }
}
