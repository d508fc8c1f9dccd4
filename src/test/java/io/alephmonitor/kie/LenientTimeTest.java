package io.alephmonitor.kie;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The time formats of kie.ai's task kinds, and the promise never to fail on an odd one. */
class LenientTimeTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-08-15T14:30:45Z          | 2023-08-15T14:30:45Z
            2023-08-15T14:30:45.123Z      | 2023-08-15T14:30:45.123Z
            2023-08-15T16:30:45+02:00     | 2023-08-15T14:30:45Z
            2025-06-06 10:30:00           | 2025-06-06T10:30:00Z
            2025-06-06T10:30:00           | 2025-06-06T10:30:00Z
            2025-06-06 10:30:00Z          | 2025-06-06T10:30:00Z
            '  2025-06-06 10:30:00  '     | 2025-06-06T10:30:00Z
            2025-06-06                    | 2025-06-06T00:00:00Z
            1692109845000                 | 2023-08-15T14:30:45Z
            1692109845                    | 2023-08-15T14:30:45Z
            """)
    void textualTimesAreRead(String text, String expected) {
        assertThat(LenientTime.instant(NODES.textNode(text))).isEqualTo(Instant.parse(expected));
    }

    @Test
    void epochNumbersAreReadAsMillisOrSecondsByTheirSize() {
        assertThat(LenientTime.instant(NODES.numberNode(1692109845000L))).isEqualTo(Instant.parse("2023-08-15T14:30:45Z"));
        assertThat(LenientTime.instant(NODES.numberNode(1692109845L))).isEqualTo(Instant.parse("2023-08-15T14:30:45Z"));
        assertThat(LenientTime.instant(NODES.numberNode(1692109845.5))).isEqualTo(Instant.parse("2023-08-15T14:30:45.500Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "yesterday", "2023-13-45T99:00:00Z", "15/08/2023 14:30", "0", "-5",
            "99999999999999999999999999"})
    void unreadableTimesAreNull(String text) {
        assertThat(LenientTime.instant(NODES.textNode(text))).isNull();
    }

    @Test
    void missingNullAndStructuredTimesAreNull() {
        assertThat(LenientTime.instant(null)).isNull();
        assertThat(LenientTime.instant(NODES.nullNode())).isNull();
        assertThat(LenientTime.instant(NODES.booleanNode(true))).isNull();
        assertThat(LenientTime.instant(NODES.objectNode())).isNull();
        assertThat(LenientTime.instant(NODES.objectNode(), "completeTime")).isNull();
        assertThat(LenientTime.instant(NODES.numberNode(1e300))).isNull();
    }
}
