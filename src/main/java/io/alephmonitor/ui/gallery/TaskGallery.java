package io.alephmonitor.ui.gallery;

import io.alephmonitor.ui.preview.ImageSource;
import io.alephmonitor.ui.preview.PosterFrames;
import io.alephmonitor.ui.TaskRowViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.GridView;

import java.time.Instant;

/** The gallery view: a grid of result thumbnails and status badges, sharing the table's rows and selection. */
public final class TaskGallery extends GridView<TaskRowViewModel> {

    static final double CELL_WIDTH = 220;
    static final double CELL_HEIGHT = 170;

    private final ObjectProperty<TaskRowViewModel> selected = new SimpleObjectProperty<>(this, "selected");

    /** A gallery making its own poster frames for videos without a thumbnail. */
    public TaskGallery(ObservableList<TaskRowViewModel> rows, ObservableValue<Instant> now, ImageSource images) {
        this(rows, now, images, new PosterFrames(CELL_WIDTH, GalleryCell.THUMB_HEIGHT));
    }

    public TaskGallery(ObservableList<TaskRowViewModel> rows, ObservableValue<Instant> now, ImageSource images,
                       PosterFrames posters) {
        super(rows);
        setId("taskGallery");
        getStyleClass().add("task-gallery");
        setCellWidth(CELL_WIDTH);
        setCellHeight(CELL_HEIGHT);
        setHorizontalCellSpacing(8);
        setVerticalCellSpacing(8);
        setFocusTraversable(true);
        setCellFactory(g -> new GalleryCell(this, now, images, posters));
        addEventHandler(KeyEvent.KEY_PRESSED, this::navigate);
    }

    /** The row the user picked here (or in the table); the window keeps both views in step. */
    public ObjectProperty<TaskRowViewModel> selectedProperty() {
        return selected;
    }

    void select(TaskRowViewModel row) {
        selected.set(row);
        requestFocus();
    }

    private void navigate(KeyEvent e) {
        ObservableList<TaskRowViewModel> items = getItems();
        if (items.isEmpty()) {
            return;
        }
        int columns = columnCount();
        int current = items.indexOf(selected.get());
        int next = switch (e.getCode()) {
            case RIGHT -> current + 1;
            case LEFT -> current - 1;
            case DOWN -> current < 0 ? 0 : current + columns;
            case UP -> current - columns;
            case HOME -> 0;
            case END -> items.size() - 1;
            default -> Integer.MIN_VALUE;
        };
        if (next == Integer.MIN_VALUE) {
            return;
        }
        e.consume();
        next = Math.clamp(next, 0, items.size() - 1);
        selected.set(items.get(next));
        scrollToIndex(next / columns);
    }

    private int columnCount() {
        double available = getWidth() - 20; // scrollbar and padding
        return Math.max(1, (int) (available / (getCellWidth() + 2 * getHorizontalCellSpacing())));
    }

    @SuppressWarnings("unchecked")
    private void scrollToIndex(int gridRow) {
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            ((VirtualFlow<IndexedCell<?>>) flow).scrollTo(gridRow);
        }
    }

}
