package io.alephmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import io.alephmonitor.tracking.SaveJob;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

import java.util.Locale;

/** Progress of one running save: bar, bytes and percent, and Cancel. Reads the job a few times a second. */
final class SaveProgressView extends HBox {

    private final ProgressBar bar = new ProgressBar(0);
    private final Label amount = new Label();
    private final Button cancel = new Button("Cancel");
    private final Timeline refresh = new Timeline(new KeyFrame(Duration.millis(150), e -> update()));
    private SaveJob job;

    SaveProgressView() {
        super(8);
        setId("detail-save-progress");
        setAlignment(Pos.CENTER_LEFT);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        amount.getStyleClass().add(Styles.TEXT_SMALL);
        amount.setMinWidth(USE_PREF_SIZE);
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> {
            if (job != null) {
                job.cancel();
            }
        });
        refresh.setCycleCount(Timeline.INDEFINITE);
        getChildren().setAll(bar, amount, cancel);
        watch(null);
    }

    /** Shows the job's progress; null hides the row. */
    void watch(SaveJob newJob) {
        job = newJob;
        boolean active = newJob != null;
        setVisible(active);
        setManaged(active);
        if (active) {
            update();
            refresh.play();
        } else {
            refresh.stop();
        }
    }

    private void update() {
        if (job == null) {
            return;
        }
        long done = job.bytesDone();
        long total = job.bytesTotal();
        if (total > 0) {
            double fraction = Math.clamp((double) done / total, 0, 1);
            bar.setProgress(fraction);
            amount.setText("%s of %s (%d %%)".formatted(bytes(done), bytes(total), Math.round(fraction * 100)));
        } else {
            bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
            amount.setText(bytes(done));
        }
    }

    /** Bytes for people: "812 KB", "12.4 MB". */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return "%d KB".formatted(n / 1024);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
    }
}
