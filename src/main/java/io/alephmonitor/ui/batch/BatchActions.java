package io.alephmonitor.ui.batch;

import io.alephmonitor.model.Batch;
import io.alephmonitor.model.CreateForm;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the batch dialog needs from the world, implemented by {@code app/}: rows built from a form, a CSV/JSON file
 * chosen and read by the app (off the FX thread), the credit balance, and the stored queue. Every callback arrives
 * on the FX thread.
 */
public interface BatchActions {

    /** The rows a batch would send ({@code labels}) and the bad rows left out, in words. */
    record Preview(String title, List<String> labels, List<String> problems) {
        public Preview {
            labels = List.copyOf(labels);
            problems = List.copyOf(problems);
        }
    }

    /** One prompt × {@code count} seeds of this form (no I/O). */
    Preview seeds(CreateForm form, Map<String, String> values, int count, long firstSeed);

    /** Lets the user choose a CSV or JSON file, reads it off the FX thread and hands back its rows (nothing if cancelled). */
    void chooseFile(CreateForm form, Map<String, String> values, Consumer<Preview> then);

    /** The balance check before Start: a warning sentence, or null when it looks enough. */
    void creditWarning(CreateForm form, int rows, Consumer<String> then);

    /** Stores the previewed rows as a batch; it goes out at once. */
    void start(Preview preview);

    void pause(String batchId);

    void resume(String batchId);

    void cancel(String batchId);

    /** Sends an uncertain (or failed) row again on purpose. */
    void resend(String batchId, int index);

    /** The user found the row's task on kie.ai: the row is created with this ID and the task tracked. */
    void foundTask(String batchId, int index, String taskId);

    /** Every change of the stored batches (and once at once). */
    void onBatches(Consumer<List<Batch>> listener);

    /** Why a batch stopped by itself (no credits, no key…), or null. */
    String notice(String batchId);
}
