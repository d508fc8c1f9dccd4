package io.alephmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.LinkRenewer;
import io.alephmonitor.ui.preview.RemoteUrlCheck;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A finished task's result images: the chosen one large (click opens it in the browser) and, when
 * there are several, a strip of thumbnails to choose from; video results in the strip play in the
 * preview above instead (the view model decides which is chosen). An image whose link fails gets
 * one fresh link from the renewer.
 */
final class ResultImages extends VBox {

    static final double THUMB_SIZE = 64;

    private final ImageSource images;
    private final Label heading = DetailControls.heading("Result image");
    private final ImageView large = new ImageView();
    private final FlowPane strip = new FlowPane(6, 6);
    private final ToggleGroup choice = new ToggleGroup();
    private final Set<String> renewalAsked = new HashSet<>();
    private LinkRenewer renewer;
    private Consumer<String> onOpen = url -> { };
    private Consumer<String> onChoose = url -> { };
    private List<String> urls = List.of();
    private String shown;
    private boolean resetting;

    ResultImages(ImageSource images) {
        this.images = images;
        setSpacing(8);
        large.setId("detail-result-image");
        large.setPreserveRatio(true);
        large.setFitWidth(ParamsView.IMAGE_WIDTH);
        large.setFitHeight(ParamsView.IMAGE_HEIGHT);
        // In a narrow detail side the large image shrinks with the pane instead of being cut off.
        setMinWidth(0);
        widthProperty().addListener((obs, old, width) -> large.setFitWidth(
                Math.clamp(width.doubleValue(), 120, ParamsView.IMAGE_WIDTH)));
        large.setCursor(Cursor.HAND);
        Tooltip.install(large, new Tooltip("Open in browser"));
        large.setOnMouseClicked(e -> {
            if (shown != null) {
                onOpen.accept(shown);
            }
        });
        strip.setId("detail-result-strip");
        choice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (resetting) {
                return;
            }
            if (now == null && old != null) {
                old.setSelected(true); // one result is always chosen
            } else if (now != null) {
                onChoose.accept((String) now.getUserData());
            }
        });
        getChildren().setAll(heading, large, strip);
    }

    void setRenewer(LinkRenewer linkRenewer) {
        renewer = linkRenewer;
    }

    /** What clicking the large image does with its link. */
    void setOnOpen(Consumer<String> action) {
        onOpen = Objects.requireNonNull(action);
    }

    /** What choosing a result in the strip does with its link (the chosen image comes back through {@link #show}). */
    void setOnChoose(Consumer<String> action) {
        onChoose = Objects.requireNonNull(action);
    }

    /** Shows these result links (images and videos) with {@code chosen} large; the same list again keeps the strip. */
    void show(List<String> resultUrls, String chosen) {
        if (!resultUrls.equals(urls)) {
            rebuild(resultUrls);
        }
        if (!Objects.equals(shown, chosen)) {
            choose(chosen);
        }
    }

    private void rebuild(List<String> resultUrls) {
        urls = List.copyOf(resultUrls);
        renewalAsked.clear();
        resetting = true;
        strip.getChildren().clear();
        choice.getToggles().clear();
        resetting = false;
        shown = null;
        large.setImage(null);
        visible(large, false);
        boolean several = urls.size() > 1;
        heading.setText(several ? "Results (" + urls.size() + ")" : "Result image");
        for (int i = 0; several && i < urls.size(); i++) {
            strip.getChildren().add(tile(urls.get(i), i + 1));
        }
        visible(strip, several);
        visible(this, !urls.isEmpty());
    }

    private ToggleButton tile(String url, int number) {
        ToggleButton tile = new ToggleButton();
        tile.setUserData(url);
        tile.setToggleGroup(choice);
        tile.getStyleClass().addAll("result-tile", Styles.FLAT);
        tile.setId("detail-result-" + number);
        tile.setTooltip(new Tooltip("Result " + number + (ResultLinks.isVideo(url) ? " (video: plays above)" : "")));
        if (ResultLinks.isVideo(url)) {
            FontIcon film = new FontIcon(MaterialDesignF.FILMSTRIP);
            film.setIconSize((int) (THUMB_SIZE / 2));
            tile.setGraphic(film);
            tile.setMinSize(THUMB_SIZE + 8, THUMB_SIZE + 8);
        } else {
            ImageView thumb = new ImageView(images.get(url, THUMB_SIZE * 2, THUMB_SIZE * 2));
            thumb.setPreserveRatio(true);
            thumb.setFitWidth(THUMB_SIZE);
            thumb.setFitHeight(THUMB_SIZE);
            tile.setGraphic(thumb);
        }
        return tile;
    }

    /** Shows this image large and marks its tile; null shows none. */
    private void choose(String url) {
        resetting = true;
        choice.getToggles().stream().filter(t -> url != null && url.equals(t.getUserData())).findFirst()
                .ifPresent(t -> t.setSelected(true));
        resetting = false;
        shown = url;
        visible(large, url != null);
        if (url == null) {
            large.setImage(null);
            return;
        }
        load(url, url);
    }

    /** Loads {@code link} into the large view for the result {@code url}; a failure asks once for a fresh link. */
    private void load(String url, String link) {
        Image image = images.get(link, ParamsView.IMAGE_WIDTH * 2, ParamsView.IMAGE_HEIGHT * 2);
        large.setImage(image);
        if (image == null) {
            return;
        }
        Runnable onError = () -> {
            if (renewer == null || !url.equals(shown) || !renewalAsked.add(url)) {
                return;
            }
            renewer.freshLink(url).whenComplete((fresh, failure) -> Platform.runLater(() -> {
                if (failure == null && url.equals(shown) && RemoteUrlCheck.of(fresh).allowed()) {
                    load(url, fresh);
                }
            }));
        };
        if (image.isError()) {
            onError.run();
        } else {
            image.errorProperty().addListener((obs, was, failed) -> {
                if (failed) {
                    onError.run();
                }
            });
        }
    }

    private static void visible(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
