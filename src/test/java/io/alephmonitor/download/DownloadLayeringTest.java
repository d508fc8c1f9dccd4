package io.alephmonitor.download;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The download package sits beside the engine: no JavaFX, no UI, no simulator. */
class DownloadLayeringTest {

    @Test
    void downloadsUseNeitherJavaFxNorTheUiNorTheSimulator() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/alephmonitor/download"))) {
            List<String> imports = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream().filter(l -> l.startsWith("import "));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            assertThat(imports).isNotEmpty()
                    .noneMatch(l -> l.contains(" javafx.") || l.contains("io.alephmonitor.ui")
                            || l.contains("io.alephmonitor.sim"));
        }
    }
}
