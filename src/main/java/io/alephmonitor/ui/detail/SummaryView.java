package io.alephmonitor.ui.detail;

import io.alephmonitor.ui.Controls;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.ui.KindNames;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the detail pane says about the task itself, in three parts it places apart: the {@link #head}
 * (status, progress, label) on top, the {@link #problems} (no result, last check failed) below what the
 * task was made from, and the {@link #facts} (full task ID, kind, times) lower down.
 */
final class SummaryView {

    private static final List<String> STATUS_STYLES =
            List.of(Styles.TEXT_MUTED, Styles.ACCENT, Styles.SUCCESS, Styles.DANGER, Styles.WARNING);

    private final DetailText text;
    private final Label status = new Label();
    private final Label progress = new Label();
    private final Label label = new Label();
    private final ProgressBar progressBar = new ProgressBar();
    private final Label percent = new Label();
    private final HBox progressRow = new HBox(8, progressBar, percent);
    private final TextField taskId = DetailControls.selectableLine("detail-task-id");
    private final Button copyId = Controls.iconButton(MaterialDesignC.CONTENT_COPY, "Copy task ID");
    private final Message failure = new Message();
    private final Button checkAgain = new Button("Check again");
    private final Message warning = new Message();
    private final GridPane times = new GridPane();
    final VBox head;
    final VBox problems;
    final VBox facts;

    SummaryView(DetailText text, Consumer<String> copy, Consumer<String> checkAgainAction) {
        this.text = text;
        checkAgain.setId("detail-check-again");
        checkAgain.setOnAction(e -> checkAgainAction.accept(taskId.getText()));
        status.setId("detail-status");
        status.getStyleClass().add(Styles.TITLE_3);
        status.setGraphicTextGap(8);
        progress.getStyleClass().add(Styles.TEXT_MUTED);
        progress.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setWrapText(true);
        taskId.setStyle(taskId.getStyle() + DetailControls.MONOSPACE);
        copyId.setOnAction(e -> copy.accept(taskId.getText()));

        failure.setId("detail-failure");
        failure.setTitle("No result");
        failure.getStyleClass().add(Styles.DANGER);
        failure.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        warning.setId("detail-warning");
        warning.setTitle("Last check had a problem");
        warning.getStyleClass().add(Styles.WARNING);
        warning.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));

        Controls.namesAndValues(times, 4, null);

        Label idCaption = new Label("Task ID");
        idCaption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        progressBar.setId("detail-progress");
        progressBar.setPrefWidth(220);
        percent.setId("detail-progress-percent");
        percent.getStyleClass().add(Styles.TEXT_MUTED);
        progressRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        head = new VBox(6, status, progressRow, progress, label);
        head.setId("detail-head");
        problems = new VBox(8, failure, checkAgain, warning);
        problems.setId("detail-problems");
        facts = new VBox(6, idCaption, DetailControls.row(4, taskId, copyId), times);
        facts.setId("detail-facts");
    }

    void show(TrackedTask task) {
        TaskStatus s = task.status();
        status.setText(s.label());
        status.setGraphic(new FontIcon(io.alephmonitor.ui.tasks.StatusLook.of(s).icon()));
        status.getStyleClass().removeAll(STATUS_STYLES);
        status.getStyleClass().add(DetailText.styleClass(s));
        progress.setText(DetailText.progress(s));
        show(progress, !progress.getText().isEmpty());
        // How far along, where kie.ai says: a bar and the percentage in words; nothing while it does not say.
        Double done = s instanceof TaskStatus.Running r ? r.progress() : null;
        progressBar.setProgress(done == null ? 0 : done);
        percent.setText(done == null ? "" : io.alephmonitor.ui.ResultText.percent(done));
        show(progressRow, done != null);
        label.setText(task.label());
        show(label, task.label() != null && !task.label().isBlank());
        if (!task.taskId().equals(taskId.getText())) {
            taskId.setText(task.taskId());
        }

        String problem = DetailText.problem(s);
        failure.setDescription(problem);
        show(failure, problem != null);
        // kie.ai's "not found" may be wrong (a record that came late, a key of another account): ask again
        show(checkAgain, s instanceof TaskStatus.NotFound || s instanceof TaskStatus.InvalidId);
        warning.setDescription(task.lastError());
        show(warning, task.lastError() != null && !task.lastError().isBlank());
        show(problems, failure.isManaged() || warning.isManaged());

        times.getChildren().clear();
        int row = timeRow(0, "Kind", KindNames.standard().displayName(task));
        row = timeRow(row, "Created", text.time(task.createdAt()));
        java.time.Instant completed = task.completedAt() != null ? task.completedAt()
                : s instanceof TaskStatus.Succeeded ok ? ok.completedAt() : null;
        if (completed != null) {
            String took = DetailText.elapsed(task.createdAt(), completed);
            row = timeRow(row, "Completed", text.time(completed) + (took == null ? "" : "  ·  took " + took));
        }
        timeRow(row, "Added here", text.time(task.addedAt()));
    }

    private int timeRow(int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value);
        v.setWrapText(true);
        times.addRow(row, n, v);
        return row + 1;
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
