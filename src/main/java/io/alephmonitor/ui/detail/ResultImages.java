package io.alephmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import io.alephmonitor.model.ResultFile;
import io.alephmonitor.ui.ResultIcons;
import io.alephmonitor.ui.ResultText;
import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.LinkRenewer;
import io.alephmonitor.ui.preview.RemoteUrlCheck;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A task's results: when there are several, the {@link #chooser()} lists them all, each with its
 * picture or its type's icon and its name ("Sunset Drive", "Image 2", "Text"); this section itself
 * shows the chosen image large (click opens it in the browser). Videos chosen play in the preview,
 * tracks and texts in their own views (the view model decides which is chosen). An image whose link
 * fails gets one fresh link from the renewer.
 */
final class ResultImages extends VBox {

    static final double THUMB_SIZE = 64;

    private final ImageSource images;
    private final Label heading = DetailControls.heading("Results");
    private final Label largeHeading = DetailControls.heading("Result image");
    private final ImageView large = new ImageView();
    private final FlowPane strip = new FlowPane(6, 6);
    private final VBox chooser = new VBox(8, heading, strip);
    private final ToggleGroup choice = new ToggleGroup();
    private final Set<String> renewalAsked = new HashSet<>();
    private LinkRenewer renewer;
    private Consumer<String> onOpen = url -> { };
    private Consumer<ResultFile> onChoose = result -> { };
    private List<ResultFile> results = List.of();
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
                onChoose.accept((ResultFile) now.getUserData());
            }
        });
        chooser.setId("detail-result-chooser");
        getChildren().setAll(largeHeading, large);
        visible(chooser, false);
        visible(this, false);
    }

    /** The list of results to choose from (shown only when there are several); placed by the result view. */
    VBox chooser() {
        return chooser;
    }

    void setRenewer(LinkRenewer linkRenewer) {
        renewer = linkRenewer;
    }

    /** What clicking the large image does with its link. */
    void setOnOpen(Consumer<String> action) {
        onOpen = Objects.requireNonNull(action);
    }

    /** What choosing a result in the strip does (the chosen one comes back through {@link #show}). */
    void setOnChoose(Consumer<ResultFile> action) {
        onChoose = Objects.requireNonNull(action);
    }

    /** Shows these results with {@code chosen} marked (an image is shown large); the same list again keeps the strip. */
    void show(List<ResultFile> listed, ResultFile chosen) {
        if (!listed.equals(results)) {
            rebuild(listed);
        }
        String image = chosen instanceof ResultFile.Image i ? i.url() : null;
        mark(chosen);
        if (!Objects.equals(shown, image)) {
            showLarge(image);
        }
    }

    private void rebuild(List<ResultFile> listed) {
        results = List.copyOf(listed);
        renewalAsked.clear();
        resetting = true;
        strip.getChildren().clear();
        choice.getToggles().clear();
        resetting = false;
        shown = null;
        large.setImage(null);
        visible(this, false);
        boolean several = results.size() > 1;
        heading.setText("Results (" + results.size() + ")");
        largeHeading.setText(several ? "Image" : "Result image");
        visible(largeHeading, !several);
        for (int i = 0; several && i < results.size(); i++) {
            strip.getChildren().add(tile(results.get(i), i + 1));
        }
        visible(chooser, several);
    }

    private ToggleButton tile(ResultFile result, int number) {
        String name = ResultText.name(result, number, results);
        ToggleButton tile = new ToggleButton(name);
        tile.setUserData(result);
        tile.setToggleGroup(choice);
        tile.getStyleClass().addAll("result-tile", Styles.FLAT);
        tile.setId("detail-result-" + number);
        tile.setContentDisplay(ContentDisplay.TOP);
        tile.setMaxWidth(THUMB_SIZE * 2);
        tile.setTooltip(new Tooltip(ResultText.typeWord(result.type()) + " " + number + ": " + name
                + (result instanceof ResultFile.Video ? " (plays above)" : "")));
        String picture = switch (result) {
            case ResultFile.Image i -> i.url();
            case ResultFile.Video v -> v.thumbnailUrl();
            case ResultFile.Audio a -> a.coverUrl();
            default -> null;
        };
        if (picture != null && RemoteUrlCheck.of(picture).allowed()) {
            ImageView thumb = new ImageView(images.get(picture, THUMB_SIZE * 2, THUMB_SIZE * 2));
            thumb.setPreserveRatio(true);
            thumb.setFitWidth(THUMB_SIZE);
            thumb.setFitHeight(THUMB_SIZE);
            tile.setGraphic(thumb);
        } else {
            FontIcon icon = new FontIcon(ResultIcons.of(result.type()));
            icon.setIconSize((int) (THUMB_SIZE / 2)); // app.css sets the same: the theme would win over this alone
            tile.setGraphic(icon);
            tile.setMinWidth(THUMB_SIZE + 8);
        }
        return tile;
    }

    /** Marks the chosen result's tile. */
    private void mark(ResultFile chosen) {
        resetting = true;
        choice.getToggles().stream().filter(t -> chosen != null && chosen.equals(t.getUserData())).findFirst()
                .ifPresent(t -> t.setSelected(true));
        resetting = false;
    }

    /** Shows this image large; null shows none. */
    private void showLarge(String url) {
        shown = url;
        visible(this, url != null);
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
