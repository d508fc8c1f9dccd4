package io.alephmonitor.ui.main;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the app's match runner runs a filter's match: a large table's on the "row-match" thread with its outcome
 * applied on the FX thread; a small table's at once, on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class MatchRunnerTest {

    @Start
    void start(Stage stage) {
        // no window needed: the toolkit's FX thread is
    }

    private static String[] runOnFx(int rows) throws Exception {
        MatchRunner runner = MatchRunner.fx();
        CompletableFuture<String[]> threads = new CompletableFuture<>();
        Platform.runLater(() -> runner.run(rows, () -> Thread.currentThread().getName(),
                worker -> threads.complete(new String[] {worker, String.valueOf(Platform.isFxApplicationThread())})));
        return threads.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aLargeTablesMatchRunsOffTheFxThreadAndItsOutcomeIsAppliedOnIt() throws Exception {
        String[] threads = runOnFx(MatchRunner.BACKGROUND_FROM);

        assertThat(threads[0]).isEqualTo("row-match");
        assertThat(threads[1]).as("applied on the FX thread").isEqualTo("true");
    }

    @Test
    void aSmallTablesMatchRunsAtOnceOnTheFxThread() throws Exception {
        String[] threads = runOnFx(MatchRunner.BACKGROUND_FROM - 1);

        assertThat(threads[0]).isNotEqualTo("row-match");
        assertThat(threads[1]).isEqualTo("true");
    }
}
