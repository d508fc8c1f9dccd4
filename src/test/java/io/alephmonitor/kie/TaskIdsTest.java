package io.alephmonitor.kie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Validating task IDs and pulling them out of whatever a creator pastes. */
class TaskIdsTest {

    private static final String A = "ee603959-debb-48d1-98c4-a6d1c717eba6";
    private static final String B = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final String C = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    @Test
    void theDocumentedUuidFormatIsValidInAnyCase() {
        assertThat(TaskIds.isValid(A)).isTrue();
        assertThat(TaskIds.isValid(A.toUpperCase())).isTrue();
        assertThat(TaskIds.normalize("  " + A.toUpperCase() + "\u200B\n")).isEqualTo(A);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ee603959debb48d198c4a6d1c717eba6", "ee603959-debb-48d1-98c4-a6d1c717eba",
            "ee603959-debb-48d1-98c4-a6d1c717eba6a", "gg603959-debb-48d1-98c4-a6d1c717eba6",
            " ee603959-debb-48d1-98c4-a6d1c717eba6", "veo_task_abcdef123456"})
    void anythingElseIsInvalid(String text) {
        assertThat(TaskIds.isValid(text)).isFalse();
        assertThat(TaskIds.isValid(null)).isFalse();
    }

    @Test
    void idsComeOutOfJson() {
        String json = """
                {"code":200,"msg":"success","data":{"taskId":"%s","response":{"taskId":"%s"}}}
                [{"taskId": "%s"}, {"taskId": "%s"}]""".formatted(A, A, B, C);

        assertThat(TaskIds.extract(json)).isEqualTo(new TaskIds.Extraction(List.of(A, B, C), 0));
    }

    @Test
    void idsComeOutOfLogLinesAndUrls() {
        String text = """
                2025-06-06 10:30:00 INFO created task %s for prompt "snow"
                https://api.kie.ai/api/v1/aleph/record-info?taskId=%s&x=1
                see https://kie.ai/logs#taskId=%s.
                """.formatted(A, B.toUpperCase(), C);

        assertThat(TaskIds.extract(text).ids()).containsExactly(A, B, C);
    }

    @Test
    void idsComeOutOfListsWithAnySeparatorAndAreDeduplicatedInOrder() {
        String text = C + ", " + A + ";" + B + "\t" + A.toUpperCase() + " " + C + "|(" + B + ")";

        assertThat(TaskIds.extract(text).ids()).containsExactly(C, A, B);
    }

    @Test
    void idsGluedToPunctuationAndUnderscoresAreFound() {
        String text = "\"" + A + "\",'" + B + "'<" + C + ">" + "\n[" + A + "]\nfile_" + B + ".mp4";

        assertThat(TaskIds.extract(text).ids()).containsExactly(A, B, C);
    }

    @Test
    void aUuidInsideALongerHexRunOrWordIsNotAnId() {
        String text = """
                abc%s
                %sdef0
                x%sy
                12%s
                """.formatted(A, B, C, A);

        TaskIds.Extraction extraction = TaskIds.extract(text);

        assertThat(extraction.ids()).isEmpty();
        assertThat(extraction.linesWithoutId()).isEqualTo(4);
    }

    @Test
    void zeroWidthAndDirectionMarksAroundOrInsideAnIdAreIgnored() {
        String text = "\u200F" + A + "\u200E\n\uFEFF" + B.substring(0, 8) + "\u200B" + B.substring(8)
                + "\n\u202B" + C + "\u202C";

        assertThat(TaskIds.extract(text).ids()).containsExactly(A, B, C);
    }

    @Test
    void twoIdsSeparatedOnlyByAZeroWidthSpaceStayTwoIds() {
        assertThat(TaskIds.extract(A + "\u200B" + B.toUpperCase()).ids()).containsExactly(A, B);
    }

    @Test
    void aLineOfOnlyInvisibleMarksCountsAsBlank() {
        assertThat(TaskIds.extract(A + "\n\u200B\u200E \n").linesWithoutId()).isZero();
    }

    @Test
    void nonBlankLinesWithoutAnIdAreCounted() {
        String text = "My tasks:\n\n" + A + "\n   \nthis one failed\r\n" + B + " and " + C + "\r\n\t\nbye";

        TaskIds.Extraction extraction = TaskIds.extract(text);

        assertThat(extraction.ids()).containsExactly(A, B, C);
        assertThat(extraction.linesWithoutId()).isEqualTo(3);
    }

    @Test
    void emptyOrNullTextGivesNothing() {
        assertThat(TaskIds.extract(null)).isEqualTo(new TaskIds.Extraction(List.of(), 0));
        assertThat(TaskIds.extract("")).isEqualTo(new TaskIds.Extraction(List.of(), 0));
        assertThat(TaskIds.extract("\n\n  \n")).isEqualTo(new TaskIds.Extraction(List.of(), 0));
    }

    @Test
    void aOneMegabytePasteIsHandledQuickly() {
        List<String> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_000_000; i++) {
            String id = UUID.nameUUIDFromBytes(("task" + i).getBytes()).toString();
            expected.add(id);
            text.append("2025-06-06 10:30:00 INFO {\"taskId\":\"").append(id).append("\"} done\n")
                    .append("noise line without an id ").append(i).append('\n');
        }

        long started = System.nanoTime();
        TaskIds.Extraction extraction = TaskIds.extract(text.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(extraction.ids()).isEqualTo(expected);
        assertThat(extraction.linesWithoutId()).isEqualTo(expected.size());
        assertThat(millis).as("milliseconds for 1 MB").isLessThan(5_000); // generous: CI machines are shared; backtracking would take minutes
    }
}
