package io.alephmonitor.kie;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 4o Image records. The success example is kie.ai's, verbatim, from
 * https://docs.kie.ai/4o-image-api/get-4-o-image-details (file docs/gpt4o-image-record-info-success.json).
 */
class Gpt4oImageKindTest {

    private static final String ID = "774d9a7dd608a0e49293903095e45a4c";

    private final Gpt4oImageKind gpt4o = new Gpt4oImageKind();

    @Test
    void theDocumentedSuccessIsAnImageWithEpochMillisecondTimes() {
        TaskSnapshot snapshot = gpt4o.parse(ID, DocExamples.data("gpt4o-image-record-info-success.json"));

        assertThat(snapshot.status()).isEqualTo(TaskStatus.Succeeded.of(
                List.of(new ResultFile.Image("https://example.com/result/image1.png")), Instant.ofEpochMilli(1672574400000L)));
        assertThat(snapshot.params().prompt()).isEqualTo("A beautiful sunset over the mountains");
        assertThat(snapshot.params().aspectRatio()).isEqualTo("1:1");
        assertThat(snapshot.createdAt()).isEqualTo(Instant.ofEpochMilli(1672561200000L));
    }

    @Test
    void generatingIsRunningWithItsProgressFigureFromZeroToOne() {
        TaskSnapshot snapshot = gpt4o.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","status":"GENERATING","successFlag":0,
                 "progress":"0.45","response":null}}""".formatted(ID)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running(0.45));
    }

    @Test
    void bothFailureStatusesAreFailuresWithKieAisMessage() {
        for (String status : List.of("CREATE_TASK_FAILED", "GENERATE_FAILED")) {
            TaskSnapshot snapshot = gpt4o.parse(ID, DocExamples.dataOf("""
                    {"code":200,"msg":"success","data":{"taskId":"%s","status":"%s","successFlag":3,
                     "errorCode":400,"errorMessage":"Image blocked by the content filter"}}""".formatted(ID, status)));

            assertThat(snapshot.status()).isEqualTo(new TaskStatus.Failed(400, "Image blocked by the content filter"));
        }
    }

    @Test
    void aRecordWithoutStatusFallsBackToItsSuccessFlagAndListsEveryImage() {
        TaskSnapshot snapshot = gpt4o.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","successFlag":1,
                 "response":{"resultUrls":["https://example.com/a.png","https://example.com/b.png"]}}}""".formatted(ID)));

        assertThat(((TaskStatus.Succeeded) snapshot.status()).resultUrls())
                .containsExactly("https://example.com/a.png", "https://example.com/b.png");
    }
}
