package io.alephmonitor.kie;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Midjourney records. The success example is kie.ai's from
 * https://docs.kie.ai/cn/mj-api/get-mj-task-details (file docs/mj-record-info-success.json; the
 * English page was not in the searchable copy, the Chinese page shows the same JSON).
 */
class MidjourneyKindTest {

    private static final String ID = "774d9a7dd608a0e49293903095e45a4c";
    private static final String RESULT = "https://tempfile.aiquickdraw.com/v/42ea4a4250571eb18361bd2e309c8e8a_0_";

    private final MidjourneyKind midjourney = new MidjourneyKind();

    @Test
    void theDocumentedSuccessListsAllFourImagesAndNoVideo() {
        TaskSnapshot snapshot = midjourney.parse(ID, DocExamples.data("mj-record-info-success.json"));

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) snapshot.status();
        assertThat(succeeded.videoUrl()).isNull();
        assertThat(succeeded.imageUrl()).isEqualTo(RESULT + "0.jpeg");
        assertThat(succeeded.resultUrls()).containsExactly(RESULT + "0.jpeg", RESULT + "1.jpeg", RESULT + "2.jpeg", RESULT + "3.jpeg");
        assertThat(succeeded.completedAt()).isEqualTo(Instant.parse("2024-03-20T10:30:00Z"));
        assertThat(snapshot.params().prompt()).startsWith("Help me generate a sci-fi themed fighter jet");
        assertThat(snapshot.params().aspectRatio()).isEqualTo("16:9");
        assertThat(snapshot.params().imageUrl()).as("an empty fileUrl is no input image").isNull();
    }

    @Test
    void resultInfoJsonSentAsAStringAndVideoResultsAreReadToo() {
        TaskSnapshot snapshot = midjourney.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","taskType":"mj_video","successFlag":1,
                 "resultInfoJson":"{\\"resultUrls\\":[{\\"resultUrl\\":\\"https://example.com/v.mp4\\"}]}"}}"""
                .formatted(ID)));

        assertThat(snapshot.status()).isEqualTo(TaskStatus.Succeeded.of(
                java.util.List.of(new io.alephmonitor.model.ResultFile.Video("https://example.com/v.mp4", null)), null));
    }

    @Test
    void flagZeroWithAnErrorIsAFailureAndWithoutIsRunning() {
        TaskSnapshot failed = midjourney.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","successFlag":0,"errorCode":500,
                 "errorMessage":"Midjourney rejected the prompt"}}""".formatted(ID)));
        TaskSnapshot running = midjourney.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","successFlag":0,"errorCode":null,
                 "errorMessage":null,"resultInfoJson":null}}""".formatted(ID)));

        assertThat(failed.status()).isEqualTo(new TaskStatus.Failed(500, "Midjourney rejected the prompt"));
        assertThat(running.status()).isEqualTo(new TaskStatus.Running());
    }
}
