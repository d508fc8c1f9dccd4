package io.alephmonitor.app;

import io.alephmonitor.kie.ApiKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticsTest {

    private static final ApiKey KEY = ApiKey.of("kie-5e4d3c2b1a09f8e7d6c5b4a3");

    @TempDir
    Path logs;

    @Test
    void theReportCarriesTheLast200LogLinesInOrder() throws Exception {
        Path log = logs.resolve(Diagnostics.LOG_FILE);
        Files.writeString(log, IntStream.rangeClosed(1, 1000).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n")));

        assertThat(Diagnostics.logTail(log, Diagnostics.LOG_LINES))
                .hasSize(200).startsWith("line 801").endsWith("line 1000");
    }

    @Test
    void aMissingLogIsSaidInWordsNotAnError() {
        assertThat(Diagnostics.logTail(logs.resolve("none.log"), 200)).containsExactly("(no log file yet)");
    }

    @Test
    void theKeyAndAnyBearerTokenAreMasked() {
        String text = "key " + KEY.reveal() + "\nAuthorization: Bearer abc.DEF-123\nauthorization: bearer "
                + KEY.reveal() + "\"";

        String masked = Diagnostics.mask(text, KEY);

        assertThat(masked).doesNotContain(KEY.reveal()).doesNotContain("abc.DEF-123")
                .contains("key " + KEY.masked()).contains("Authorization: Bearer ••••");
    }
}
