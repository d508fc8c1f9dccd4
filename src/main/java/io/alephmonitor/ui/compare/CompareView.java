package io.alephmonitor.ui.compare;

import atlantafx.base.theme.Styles;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.PlayerRegistry;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * Two results side by side: two videos or tracks under one transport, or two images with a wipe divider and
 * a side-by-side toggle. F (or the button) asks for the full window ({@link #fullWindowProperty()}, which the
 * window follows); Space plays or pauses both.
 */
public final class CompareView extends BorderPane {

    private final ComparePair pair;
    private final BooleanProperty fullWindow = new SimpleBooleanProperty(this, "fullWindow");
    private final PairedPlayersView players;
    private final ComparedImagesView images;

    public CompareView(ComparePair pair, ImageSource imageSource, PlayerRegistry registry) {
        this.pair = pair;
        getStyleClass().add("compare-view");
        setId("compareView");
        setPadding(new Insets(12));
        boolean still = pair.type() == ResultType.IMAGE;
        players = still ? null : new PairedPlayersView(pair, registry);
        images = still ? new ComparedImagesView(pair, imageSource) : null;

        Label heading = new Label(heading(pair.type()));
        heading.getStyleClass().add(Styles.TITLE_4);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, gap);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        if (images != null) {
            ToggleButton apart = new ToggleButton("Side by side", new FontIcon(MaterialDesignV.VIEW_SPLIT_VERTICAL));
            apart.setId("compareSideBySide");
            apart.setTooltip(new Tooltip("Show the two images next to each other instead of one over the other"));
            images.sideBySideProperty().bind(apart.selectedProperty());
            bar.getChildren().add(apart);
        }
        ToggleButton full = new ToggleButton("Full window", new FontIcon(MaterialDesignF.FULLSCREEN));
        full.setId("compareFullWindow");
        full.setTooltip(new Tooltip("Fill the screen with the comparison (F; Esc leaves)"));
        full.selectedProperty().bindBidirectional(fullWindow);
        fullWindow.addListener((obs, was, now) ->
                ((FontIcon) full.getGraphic()).setIconCode(now ? MaterialDesignF.FULLSCREEN_EXIT : MaterialDesignF.FULLSCREEN));
        bar.getChildren().add(full);
        for (Node n : bar.getChildren()) {
            if (n instanceof ToggleButton t) {
                t.setMnemonicParsing(false);
                t.setFocusTraversable(false); // Space belongs to the players
            }
        }
        setTop(bar);
        setCenter(still ? images : players);

        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F && !e.isShortcutDown()) {
                fullWindow.set(!fullWindow.get());
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && players != null) {
                players.pair().togglePlay();
                e.consume();
            }
        });
    }

    private static String heading(ResultType type) {
        return switch (type) {
            case VIDEO -> "Compare two videos";
            case IMAGE -> "Compare two images";
            case AUDIO -> "Compare two tracks";
            case TEXT -> "Compare two texts";
        };
    }

    /** What is compared. */
    public ComparePair pair() {
        return pair;
    }

    /** Whether the comparison asks to fill the screen. */
    public BooleanProperty fullWindowProperty() {
        return fullWindow;
    }

    /** The two players' shared transport; null for images. */
    public io.alephmonitor.ui.preview.PlayerPair players() {
        return players == null ? null : players.pair();
    }

    /** Where the wipe divider stands, 0..1; null for videos and tracks. */
    public javafx.beans.property.DoubleProperty wipePositionProperty() {
        return images == null ? null : images.wipe().positionProperty();
    }

    /** How wide the first image shows in the wipe, in pixels (0 for videos and tracks). */
    public double wipeClipWidth() {
        return images == null ? 0 : images.wipe().clipWidth();
    }

    /** Releases the players. */
    public void dispose() {
        if (players != null) {
            players.dispose();
        }
    }
}
