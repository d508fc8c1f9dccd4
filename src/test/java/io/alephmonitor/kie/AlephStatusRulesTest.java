package io.alephmonitor.kie;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskParams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** kie.ai's status rules for Aleph, as a table: successFlag × errorCode × errorMessage. */
class AlephStatusRulesTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";
    private final AlephKind aleph = new AlephKind();

    /** Builds a record; the literal MISSING leaves a field out, NULL sends JSON null. */
    private static JsonNode record(String successFlag, String errorCode, String errorMessage) {
        ObjectNode data = KieJson.MAPPER.createObjectNode().put("taskId", ID);
        set(data, "successFlag", successFlag);
        set(data, "errorCode", errorCode);
        set(data, "errorMessage", errorMessage);
        data.putObject("response").put("resultVideoUrl", "https://r/v.mp4").put("resultImageUrl", "https://r/i.png");
        return data;
    }

    private static void set(ObjectNode data, String field, String value) {
        switch (value) {
            case "MISSING" -> { }
            case "NULL" -> data.putNull(field);
            case String blank when blank.isBlank() -> data.put(field, blank);
            default -> {
                try {
                    data.set(field, KieJson.MAPPER.readTree(value));
                } catch (IOException notJson) {
                    data.put(field, value);
                }
            }
        }
    }

    @ParameterizedTest(name = "successFlag={0} errorCode={1} errorMessage={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1       | 0       | ''             | Succeeded
            1       | 400     | 'ignored'      | Succeeded
            '"1"'   | 0       | ''             | Succeeded
            0       | 0       | ''             | Running
            0       | MISSING | MISSING        | Running
            0       | NULL    | NULL           | Running
            0       | 0       | '   '          | Running
            0       | 400     | ''             | Failed
            0       | 0       | 'Bad input'    | Failed
            0       | 501     | 'Broke'        | Failed
            '"0"'   | '"400"' | ''             | Failed
            2       | 0       | ''             | Failed
            2       | 400     | 'Create fail'  | Failed
            3       | 0       | ''             | Failed
            3       | 501     | 'Gen fail'     | Failed
            -1      | 0       | ''             | Failed
            MISSING | 0       | ''             | Running
            MISSING | 400     | ''             | Failed
            MISSING | 0       | 'Oops'         | Failed
            NULL    | 0       | ''             | Running
            '"x"'   | 0       | ''             | Running
            """)
    void statusFollowsKieAisRules(String successFlag, String errorCode, String errorMessage, String expected) {
        TaskStatus status = aleph.parse(ID, record(successFlag, errorCode, errorMessage)).status();
        assertThat(status.label()).isEqualTo(expected);
    }

    @Test
    void aFailureKeepsKieAisCodeAndMessage() {
        assertThat(aleph.parse(ID, record("0", "400", "\"Your prompt was caught\"")).status())
                .isEqualTo(new TaskStatus.Failed(400, "Your prompt was caught"));
    }

    @Test
    void aFailureWithoutMessageStillExplainsItself() {
        TaskStatus.Failed byCode = (TaskStatus.Failed) aleph.parse(ID, record("0", "451", "MISSING")).status();
        TaskStatus.Failed byFlag = (TaskStatus.Failed) aleph.parse(ID, record("3", "0", "MISSING")).status();

        assertThat(byCode.code()).isEqualTo(451);
        assertThat(byCode.message()).contains("451");
        assertThat(byFlag.code()).isZero();
        assertThat(byFlag.message()).contains("failed");
    }

    @Test
    void aSuccessWithoutResponseIsStillSucceededWithoutUrls() {
        ObjectNode data = (ObjectNode) record("1", "0", "MISSING");
        data.putNull("response");

        assertThat(aleph.parse(ID, data).status())
                .isEqualTo(new TaskStatus.Succeeded(null, null, null));
    }

    @Test
    void anEmptyOrNonObjectRecordIsRunningNotAnException() {
        assertThat(aleph.parse(ID, KieJson.MAPPER.createObjectNode()).status()).isEqualTo(new TaskStatus.Running());
        assertThat(aleph.parse(ID, KieJson.MAPPER.getNodeFactory().textNode("odd")).status())
                .isEqualTo(new TaskStatus.Running());
        assertThat(aleph.parse(ID, null).params()).isEqualTo(TaskParams.EMPTY);
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        JsonNode data = KieJson.MAPPER.readTree("""
                {"taskId":"%s","successFlag":1,"newField":{"deep":[1,2]},"completeTime":1692110445000,
                 "response":{"resultVideoUrl":"https://r/v.mp4","extra":true}}""".formatted(ID));

        assertThat(aleph.parse(ID, data).status()).isEqualTo(
                new TaskStatus.Succeeded("https://r/v.mp4", null, Instant.parse("2023-08-15T14:40:45Z")));
    }

    @Test
    void alephDescribesItself() {
        assertThat(aleph.id()).isEqualTo("aleph");
        assertThat(aleph.recordPath()).isEqualTo("/api/v1/aleph/record-info");
        assertThat(aleph.resultLifetime()).hasDays(14);
        assertThat(aleph.isValidId(ID)).isTrue();
        assertThat(aleph.isValidId(ID.toUpperCase())).isTrue();
        assertThat(aleph.isValidId("veo_task_abcdef123456")).isFalse();
    }
}
