package io.alephmonitor.kie;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flux Kontext records. The success example is kie.ai's, verbatim, from
 * https://docs.kie.ai/flux-kontext-api/get-image-details (file docs/flux-kontext-record-info-success.json).
 */
class FluxKontextKindTest {

    private static final String ID = "774d9a7dd608a0e49293903095e45a4c";

    private final FluxKontextKind flux = new FluxKontextKind();

    @Test
    void theDocumentedSuccessIsTheStoredImageAloneNotTheTenMinuteOriginal() {
        TaskSnapshot snapshot = flux.parse(ID, DocExamples.data("flux-kontext-record-info-success.json"));

        // "originImageUrl ... valid for 10 minutes"; resultImageUrl is the copy on kie.ai's storage
        assertThat(snapshot.status()).isEqualTo(TaskStatus.Succeeded.of(
                List.of(new ResultFile.Image("https://example.com/result.jpg")), Instant.parse("2024-03-20T10:30:00Z")));
        assertThat(snapshot.params().prompt()).isEqualTo("A serene mountain landscape");
        assertThat(snapshot.params().aspectRatio()).isEqualTo("16:9");
        assertThat(snapshot.createdAt()).isEqualTo(Instant.parse("2024-03-20T10:25:00Z"));
        assertThat(flux.isImageOnly()).isTrue();
    }

    @Test
    void createTaskFailedAndGenerateFailedAreFailures() {
        for (int flag : new int[] {2, 3}) {
            TaskSnapshot snapshot = flux.parse(ID, DocExamples.dataOf("""
                    {"code":200,"msg":"success","data":{"taskId":"%s","response":null,"successFlag":%d,
                     "errorCode":null,"errorMessage":""}}""".formatted(ID, flag)));

            assertThat(snapshot.status()).isInstanceOf(TaskStatus.Failed.class);
            assertThat(((TaskStatus.Failed) snapshot.status()).message()).contains("status " + flag);
        }
    }

    @Test
    void generatingIsRunningAndTheInputImageIsRead() {
        TaskSnapshot snapshot = flux.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","successFlag":0,
                 "paramJson":"{\\"prompt\\":\\"Make it snow\\",\\"inputImage\\":\\"https://example.com/in.png\\"}"}}"""
                .formatted(ID)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running());
        assertThat(snapshot.params().prompt()).isEqualTo("Make it snow");
        assertThat(snapshot.params().imageUrl()).isEqualTo("https://example.com/in.png");
    }
}
