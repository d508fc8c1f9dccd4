package io.alephmonitor.kie;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Veo 3.1 records. The success example is kie.ai's, verbatim, from
 * https://docs.kie.ai/veo3-api/get-veo-3-video-details (file docs/veo-record-info-success.json).
 */
class VeoKindTest {

    private final VeoKind veo = new VeoKind();

    @Test
    void theDocumentedSuccessIsAVideoWithItsPromptAndZonelessTimesReadAsUtc() {
        TaskSnapshot snapshot = veo.parse("veo_task_abcdef123456", DocExamples.data("veo-record-info-success.json"));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Succeeded("http://example.com/video1.mp4", null,
                java.util.List.of("http://example.com/video1.mp4"), Instant.parse("2025-06-06T10:30:00Z")));
        assertThat(snapshot.params().prompt()).isEqualTo("A futuristic city with flying cars at sunset.");
        assertThat(snapshot.createdAt()).isEqualTo(Instant.parse("2025-06-06T10:25:00Z"));
        assertThat(snapshot.completedAt()).isEqualTo(Instant.parse("2025-06-06T10:30:00Z"));
        assertThat(snapshot.kind()).isEqualTo("veo");
    }

    @Test
    void flagZeroWithoutAnErrorIsStillGenerating() {
        TaskSnapshot snapshot = veo.parse("veo_task_abcdef123456", DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"veo_task_abcdef123456","response":null,
                 "successFlag":0,"errorCode":null,"errorMessage":"","createTime":"2025-06-06 10:25:00"}}"""));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void flagsTwoAndThreeAreFailuresWithKieAisMessage(int flag) {
        TaskSnapshot snapshot = veo.parse("veo_task_abcdef123456", DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"veo_task_abcdef123456","successFlag":%d,
                 "errorCode":400,"errorMessage":"Your prompt was flagged by Website as violating content policies."}}"""
                .formatted(flag)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Failed(400,
                "Your prompt was flagged by Website as violating content policies."));
    }

    @Test
    void acceptsThirtyTwoHexAndVeoPrefixedIdsButNotUuids() {
        assertThat(veo.isValidId("veo_task_abcdef123456")).isTrue();
        assertThat(veo.isValidId("774d9a7dd608a0e49293903095e45a4c")).isTrue();
        assertThat(veo.isValidId("ee603959-debb-48d1-98c4-a6d1c717eba6")).isFalse();
        assertThat(veo.isImageOnly()).isFalse();
    }

    /** https://docs.kie.ai/veo3-api/extend-veo-3-video: the extend answer's example ID, looked up through record-info. */
    @Test
    void extendTaskIdsAreVeoIdsToo() {
        assertThat(veo.isValidId("veo_extend_task_abcdef123456")).isTrue();
        assertThat(TaskIdCandidates.extract("made veo_extend_task_abcdef123456 yesterday", TaskKinds.standard().all())
                .ids()).containsExactly(new TaskIdCandidates.Candidate("veo_extend_task_abcdef123456", java.util.List.of("veo")));
    }
}
