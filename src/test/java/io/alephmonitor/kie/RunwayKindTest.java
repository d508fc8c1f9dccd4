package io.alephmonitor.kie;

import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runway (gen) records. The success example is kie.ai's, verbatim, from
 * https://docs.kie.ai/runway-api/get-ai-video-details (file docs/runway-record-detail-success.json).
 */
class RunwayKindTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";

    private final RunwayKind runway = new RunwayKind();

    @Test
    void theDocumentedSuccessIsTheVideoAndThumbnailDespiteItsLeftoverFailFields() {
        TaskSnapshot snapshot = runway.parse(ID, DocExamples.data("runway-record-detail-success.json"));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Succeeded(
                "https://file.com/k/xxxxxxx.mp4", "https://file.com/m/xxxxxxxx.png", null));
        assertThat(snapshot.params().prompt())
                .isEqualTo("A fluffy orange cat dancing energetically in a colorful room with disco lights");
        assertThat(snapshot.params().imageUrl()).isEqualTo("https://example.com/image.jpg");
        assertThat(snapshot.createdAt()).isEqualTo(Instant.parse("2023-08-15T14:30:45Z"));
        assertThat(snapshot.kind()).isEqualTo("runway");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wait", "queueing", "generating", "something-new"})
    void statesBeforeSuccessAreRunning(String state) {
        TaskSnapshot snapshot = runway.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","state":"%s","videoInfo":null,
                 "failCode":null,"failMsg":"","expireFlag":0}}""".formatted(ID, state)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running());
    }

    @Test
    void failIsAFailureWithFailCodeAndFailMsg() {
        TaskSnapshot snapshot = runway.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","state":"fail",
                 "failCode":400,"failMsg":"Generation failed, please try again later"}}""".formatted(ID)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Failed(400, "Generation failed, please try again later"));
    }

    @Test
    void acceptsUuidsOnly() {
        assertThat(runway.isValidId(ID)).isTrue();
        assertThat(runway.isValidId("774d9a7dd608a0e49293903095e45a4c")).isFalse();
        assertThat(runway.recordPath()).isEqualTo("/api/v1/runway/record-detail");
    }
}
