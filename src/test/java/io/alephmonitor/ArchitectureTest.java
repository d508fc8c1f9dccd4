package io.alephmonitor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The layering rules of DESIGN.md, checked on the sources. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/io/alephmonitor");

    private static List<String> offendingImports(String layer, String forbiddenPrefix) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(layer))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream()
                                    .filter(l -> l.startsWith("import " + forbiddenPrefix)
                                            || l.startsWith("import static " + forbiddenPrefix))
                                    .map(l -> p.getFileName() + ": " + l);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }

    @Test
    void kieKnowsNothingOfJavaFx() throws IOException {
        assertThat(offendingImports("kie", "javafx.")).isEmpty();
    }

    @Test
    void storeAndTrackingUseNoControlsOrScenes() throws IOException {
        assertThat(offendingImports("store", "javafx.")).isEmpty();
        assertThat(offendingImports("tracking", "javafx.scene")).isEmpty();
    }

    @Test
    void lowerLayersDoNotReachUp() throws IOException {
        assertThat(offendingImports("kie", "io.alephmonitor.")).allMatch(l -> l.contains("io.alephmonitor.kie."));
        assertThat(offendingImports("store", "io.alephmonitor.ui")).isEmpty();
        assertThat(offendingImports("store", "io.alephmonitor.tracking")).isEmpty();
        assertThat(offendingImports("tracking", "io.alephmonitor.ui")).isEmpty();
    }

    @Test
    void uiDoesNoDirectIo() throws IOException {
        assertThat(offendingImports("ui", "java.net.http")).isEmpty();
        assertThat(offendingImports("ui", "java.sql")).isEmpty();
    }
}
