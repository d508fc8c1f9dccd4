package io.alephmonitor.ui.batch;

import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchProgress;
import io.alephmonitor.model.BatchRow;
import io.alephmonitor.model.BatchRowState;
import io.alephmonitor.model.CreateField;
import io.alephmonitor.model.CreateForm;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The batch dialog's state: the source (a form, a prompt, how many seeds from which, or a file), the preview of
 * rows and bad rows, the credit warning, and — once started — the batch's progress, its pause and the rows that may
 * have been created, each with what to check. Does no I/O: {@link BatchActions} does.
 */
public final class BatchViewModel {

    private final BatchActions actions;
    final ObjectProperty<CreateForm> form = new SimpleObjectProperty<>();
    final StringProperty prompt = new SimpleStringProperty("");
    final ObjectProperty<Integer> count = new SimpleObjectProperty<>(10);
    final StringProperty firstSeed = new SimpleStringProperty("10000");
    final ObservableList<String> rows = FXCollections.observableArrayList();
    final ObservableList<String> problems = FXCollections.observableArrayList();
    final StringProperty warning = new SimpleStringProperty();
    final BooleanProperty startable = new SimpleBooleanProperty();
    final ObjectProperty<Batch> batch = new SimpleObjectProperty<>();
    final DoubleProperty progress = new SimpleDoubleProperty();
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty notice = new SimpleStringProperty();
    final ObservableList<BatchRow> uncertain = FXCollections.observableArrayList();
    private BatchActions.Preview preview;
    private String startedTitle;

    public BatchViewModel(BatchActions actions, CreateForm initial) {
        this.actions = Objects.requireNonNull(actions, "actions");
        form.set(initial);
        actions.onBatches(this::show);
    }

    /** The form's documented defaults and the prompt: what every seed row shares. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (CreateField field : form.get().fields()) {
            if (field.defaultValue() != null) {
                values.put(field.name(), field.defaultValue());
            }
        }
        if (!prompt.get().isBlank()) {
            values.put("prompt", prompt.get());
        }
        return values;
    }

    /** Builds the rows of one prompt × N seeds. */
    public void previewSeeds() {
        long seed;
        try {
            seed = Long.parseLong(firstSeed.get().strip());
        } catch (NumberFormatException notANumber) {
            showPreview(new BatchActions.Preview("", List.of(), List.of("The first seed must be a whole number, e.g. 10000.")));
            return;
        }
        showPreview(actions.seeds(form.get(), values(), count.get() == null ? 0 : count.get(), seed));
    }

    /** Asks the app for a CSV/JSON file and previews its rows. */
    public void previewFile() {
        actions.chooseFile(form.get(), values(), this::showPreview);
    }

    void showPreview(BatchActions.Preview next) {
        preview = next;
        rows.setAll(next.labels());
        problems.setAll(next.problems());
        warning.set(null);
        startable.set(!next.labels().isEmpty());
        if (!next.labels().isEmpty()) {
            actions.creditWarning(form.get(), next.labels().size(), text -> {
                if (preview == next) {
                    warning.set(text);
                }
            });
        }
    }

    /** Stores the previewed rows as a batch and follows it. */
    public void start() {
        if (preview == null || preview.labels().isEmpty()) {
            return;
        }
        startedTitle = preview.title();
        startable.set(false);
        actions.start(preview);
    }

    public void pauseOrResume() {
        Batch now = batch.get();
        if (now != null) {
            if (now.paused()) {
                actions.resume(now.id());
            } else {
                actions.pause(now.id());
            }
        }
    }

    public void cancel() {
        if (batch.get() != null) {
            actions.cancel(batch.get().id());
        }
    }

    public void resend(BatchRow row) {
        actions.resend(row.batchId(), row.index());
    }

    public void found(BatchRow row, String taskId) {
        if (taskId != null && !taskId.isBlank()) {
            actions.foundTask(row.batchId(), row.index(), taskId);
        }
    }

    /** Follows the batch this dialog started, else the newest one with rows left or uncertain. */
    void show(List<Batch> all) {
        Batch followed = null;
        for (Batch candidate : all) {
            Batch current = batch.get();
            boolean same = current != null && current.id().equals(candidate.id());
            boolean started = current == null && startedTitle != null && candidate.title().equals(startedTitle);
            boolean open = current == null && startedTitle == null
                    && (candidate.progress().left() > 0 || candidate.progress().uncertain() > 0);
            if (same || started || open) {
                followed = candidate;
            }
        }
        if (followed == null) {
            return;
        }
        batch.set(followed);
        BatchProgress counts = followed.progress();
        progress.set(counts.done());
        summary.set((followed.paused() ? "Paused — " : "") + counts.summary());
        notice.set(actions.notice(followed.id()));
        uncertain.setAll(followed.rows().stream().filter(r -> r.state() instanceof BatchRowState.Uncertain).toList());
    }
}
