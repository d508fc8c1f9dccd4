package io.alephmonitor.app;

import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchCreditCheck;
import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.CreateForms;
import io.alephmonitor.model.MarketForms;
import io.alephmonitor.tracking.BatchPlan;
import io.alephmonitor.tracking.BatchQueue;
import io.alephmonitor.ui.batch.BatchActions;
import io.alephmonitor.ui.batch.BatchDialog;
import io.alephmonitor.ui.batch.BatchViewModel;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Opens the Batch window and does its work: builds rows ({@link BatchPlan}), lets the user choose a CSV/JSON file and
 * reads it on the I/O executor, reads the credit balance, and hands batches to the stored {@link BatchQueue}.
 */
final class BatchFlow implements BatchActions {

    private static final long MAX_FILE_BYTES = 5L << 20;

    private final Window owner;
    private final BatchQueue queue;
    private final Supplier<KieApi> api;
    private final Executor io;
    private final Map<Preview, BatchPlan> plans = new IdentityHashMap<>();

    BatchFlow(Window owner, BatchQueue queue, Supplier<KieApi> api, Executor io) {
        this.owner = owner;
        this.queue = queue;
        this.api = api;
        this.io = io;
    }

    static List<CreateForm> forms() {
        return Stream.concat(CreateForms.all().stream(), MarketForms.all().stream()).toList();
    }

    /** Shows the Batch window (FX thread). */
    void open() {
        BatchViewModel model = new BatchViewModel(this, forms().getFirst());
        BatchDialog.open(owner, new BatchDialog(model, forms()));
    }

    @Override
    public Preview seeds(CreateForm form, Map<String, String> values, int count, long firstSeed) {
        return remember(form.title() + " × " + count, BatchPlan.seeds(form, values, count, firstSeed));
    }

    @Override
    public void chooseFile(CreateForm form, Map<String, String> values, Consumer<Preview> then) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("A CSV or JSON list of tasks (one row a task, columns named as the form's fields)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV or JSON", "*.csv", "*.json"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        CompletableFuture.supplyAsync(() -> {
            try {
                if (Files.size(file.toPath()) > MAX_FILE_BYTES) {
                    return new BatchPlan(List.of(), List.of(file.getName() + " is larger than 5 MB; split it into smaller lists."));
                }
                String text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
                return file.getName().toLowerCase(Locale.ROOT).endsWith(".json")
                        ? BatchPlan.json(form, values, text) : BatchPlan.csv(form, values, text);
            } catch (IOException | RuntimeException unreadable) {
                return new BatchPlan(List.of(), List.of(file.getName() + " could not be read (" + unreadable.getMessage()
                        + "). Check that it is a UTF-8 text file."));
            }
        }, io).thenAcceptAsync(plan -> then.accept(remember(file.getName(), plan)), Platform::runLater);
    }

    @Override
    public void creditWarning(CreateForm form, int rows, Consumer<String> then) {
        KieApi client = api.get();
        CompletableFuture.supplyAsync(() -> {
            Double balance = client != null && client.credits() instanceof ApiResult.Ok<Double>(Double credits) ? credits : null;
            // kie.ai publishes no per-task price through its API: the cost of one row is unknown here.
            return BatchCreditCheck.warning(balance, rows, null);
        }, io).thenAcceptAsync(then, Platform::runLater);
    }

    @Override
    public void start(Preview preview) {
        BatchPlan plan = plans.remove(preview);
        if (plan != null && !plan.rows().isEmpty()) {
            io.execute(() -> queue.add(preview.title(), plan.rows()));
        }
    }

    @Override
    public void pause(String batchId) {
        io.execute(() -> queue.pause(batchId));
    }

    @Override
    public void resume(String batchId) {
        io.execute(() -> queue.resume(batchId));
    }

    @Override
    public void cancel(String batchId) {
        io.execute(() -> queue.cancel(batchId));
    }

    @Override
    public void resend(String batchId, int index) {
        io.execute(() -> queue.resend(batchId, index));
    }

    @Override
    public void foundTask(String batchId, int index, String taskId) {
        io.execute(() -> queue.foundTask(batchId, index, taskId));
    }

    @Override
    public void onBatches(Consumer<List<Batch>> listener) {
        queue.addListener(batches -> Platform.runLater(() -> listener.accept(batches)));
        List<Batch> now = queue.batches();
        Platform.runLater(() -> listener.accept(now));
    }

    @Override
    public String notice(String batchId) {
        return queue.notice(batchId);
    }

    private Preview remember(String title, BatchPlan plan) {
        Preview preview = new Preview(title, plan.rows().stream()
                .map(row -> row.origin() + " — " + row.prompt()).toList(), plan.problems());
        plans.clear();
        plans.put(preview, plan);
        return preview;
    }
}
