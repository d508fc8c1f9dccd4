package io.alephmonitor.ui.batch;

import io.alephmonitor.model.Batch;
import io.alephmonitor.model.BatchRow;
import io.alephmonitor.model.BatchRowState;
import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.CreateForms;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The Batch dialog's state: preview, credit warning, Start, then progress, pause and the uncertain rows. */
class BatchViewModelTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    /** Answers at once and records what was asked. */
    private static final class FakeActions implements BatchActions {
        final List<String> calls = new ArrayList<>();
        Consumer<List<Batch>> listener = batches -> { };

        @Override
        public Preview seeds(CreateForm form, Map<String, String> values, int count, long firstSeed) {
            calls.add("seeds " + values.get("prompt") + " x" + count + " from " + firstSeed);
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                labels.add("seed " + (firstSeed + i));
            }
            return new Preview("Kites", labels, List.of());
        }

        @Override
        public void chooseFile(CreateForm form, Map<String, String> values, Consumer<Preview> then) {
            then.accept(new Preview("shots.csv", List.of("line 2"), List.of("Line 3: Prompt is required.")));
        }

        @Override
        public void creditWarning(CreateForm form, int rows, Consumer<String> then) {
            then.accept("The cost of one task of this kind is unknown here; you have 5 credits for " + rows + " tasks");
        }

        @Override
        public void start(Preview preview) {
            calls.add("start " + preview.title());
        }

        @Override
        public void pause(String batchId) {
            calls.add("pause " + batchId);
        }

        @Override
        public void resume(String batchId) {
            calls.add("resume " + batchId);
        }

        @Override
        public void cancel(String batchId) {
            calls.add("cancel " + batchId);
        }

        @Override
        public void resend(String batchId, int index) {
            calls.add("resend " + batchId + " " + index);
        }

        @Override
        public void foundTask(String batchId, int index, String taskId) {
            calls.add("found " + batchId + " " + index + " " + taskId);
        }

        @Override
        public void onBatches(Consumer<List<Batch>> listener) {
            this.listener = listener;
        }

        @Override
        public String notice(String batchId) {
            return null;
        }
    }

    private final FakeActions actions = new FakeActions();
    private final BatchViewModel model = new BatchViewModel(actions, CreateForms.veo());

    private static BatchRow row(int index, BatchRowState state) {
        return new BatchRow("b1", index, "seed " + index, "A kite", "veo", "/api/v1/veo/generate", "{}", state);
    }

    @Test
    void previewingSeedsListsTheRowsWarnsAboutCreditsAndAllowsStart() {
        model.prompt.set("A kite");
        model.count.set(3);
        model.firstSeed.set("500");

        model.previewSeeds();

        assertThat(actions.calls).containsExactly("seeds A kite x3 from 500");
        assertThat(model.rows).containsExactly("seed 500", "seed 501", "seed 502");
        assertThat(model.warning.get()).contains("unknown", "3 tasks");
        assertThat(model.startable.get()).isTrue();
        model.start();
        assertThat(actions.calls).contains("start Kites");
        assertThat(model.startable.get()).as("started once").isFalse();
    }

    @Test
    void aFirstSeedThatIsNoNumberIsExplainedAndNothingCanStart() {
        model.firstSeed.set("ten");
        model.previewSeeds();

        assertThat(model.problems).singleElement().asString().contains("whole number");
        assertThat(model.startable.get()).isFalse();
    }

    @Test
    void aFilesBadRowsAreShownBesideTheGoodOnes() {
        model.previewFile();

        assertThat(model.rows).containsExactly("line 2");
        assertThat(model.problems).containsExactly("Line 3: Prompt is required.");
    }

    @Test
    void theStartedBatchShowsItsProgressItsPauseAndEveryRowThatMayHaveBeenCreatedWithTheWayOut() {
        model.firstSeed.set("0");
        model.count.set(3);
        model.previewSeeds();
        model.start();
        BatchRow uncertain = row(1, new BatchRowState.Uncertain(AT, "The app stopped while this request was on its way to kie.ai.", AT));
        actions.listener.accept(List.of(new Batch("b1", "Kites", AT, true,
                List.of(row(0, new BatchRowState.Created("t1")), uncertain, row(2, new BatchRowState.Queued())))));

        assertThat(model.summary.get()).isEqualTo("Paused — 1 created · 1 may have been created · 1 left");
        assertThat(model.progress.get()).isEqualTo(2.0 / 3);
        assertThat(model.uncertain).containsExactly(uncertain);
        model.pauseOrResume();
        model.found(uncertain, "abc123");
        model.resend(uncertain);
        model.cancel();
        assertThat(actions.calls).endsWith("resume b1", "found b1 1 abc123", "resend b1 1", "cancel b1");
    }
}
