package io.alephmonitor.kie;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runway (gen) records. The success example is kie.ai's, verbatim, from
 * https://docs.kie.ai/runway-api/get-ai-video-details (file docs/runway-record-detail-success.json);
 * the same page's developer notes: "For extension tasks, the parentTaskId field identifies the
 * original video" and "Video links are valid for 14 days, after which expireFlag will be set to 1"
 * (https://docs.kie.ai/cn/runway-api/get-ai-video-details: 视频链接有效期为14天,之后expireFlag将设置为1).
 */
class RunwayKindTest {

    private static final String ID = "ee603959-debb-48d1-98c4-a6d1c717eba6";

    private final RunwayKind runway = new RunwayKind();

    @Test
    void theDocumentedSuccessIsTheVideoAndThumbnailDespiteItsLeftoverFailFields() {
        TaskSnapshot snapshot = runway.parse(ID, DocExamples.data("runway-record-detail-success.json"));

        TaskStatus.Succeeded done = (TaskStatus.Succeeded) snapshot.status();
        assertThat(done.results()).containsExactly(
                new ResultFile.Video("https://file.com/k/xxxxxxx.mp4", "https://file.com/m/xxxxxxxx.png"));
        assertThat(done.videoUrl()).isEqualTo("https://file.com/k/xxxxxxx.mp4");
        assertThat(done.imageUrl()).isEqualTo("https://file.com/m/xxxxxxxx.png");
        assertThat(done.linkExpired()).as("expireFlag 0").isFalse();
        assertThat(done.completedAt()).as("generateTime, the record's only time").isEqualTo(Instant.parse("2023-08-15T14:30:45Z"));
        assertThat(snapshot.completedAt()).isEqualTo(Instant.parse("2023-08-15T14:30:45Z"));
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

    @Test
    void expireFlagOneIsASuccessWhoseLinksAreDeadSoTheyMustBeRenewed() {
        TaskSnapshot snapshot = runway.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","parentTaskId":"","state":"success",
                 "generateTime":"2023-08-15 14:30:45","videoInfo":{"videoUrl":"https://file.com/k/a.mp4",
                 "imageUrl":"https://file.com/m/a.png"},"failCode":"","failMsg":"","expireFlag":1}}""".formatted(ID)));

        TaskStatus.Succeeded done = (TaskStatus.Succeeded) snapshot.status();
        assertThat(done.linkExpired()).isTrue();
        assertThat(done.results()).containsExactly(new ResultFile.Video("https://file.com/k/a.mp4", "https://file.com/m/a.png"));
        assertThat(done.completedAt()).isEqualTo(Instant.parse("2023-08-15T14:30:45Z"));
    }

    @Test
    void anExtensionKeepsItsParentTaskIdInTheRawRequestOnly() {
        TaskSnapshot snapshot = runway.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","parentTaskId":"aaaaaaaa-1111-2222-3333-444444444444",
                 "generateParam":{"prompt":"longer","expandPrompt":true},"state":"generating",
                 "generateTime":"2023-08-15 14:30:45","expireFlag":0}}""".formatted(ID)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running());
        assertThat(snapshot.completedAt()).as("not finished yet").isNull();
        assertThat(snapshot.params().prompt()).isEqualTo("longer");
        assertThat(snapshot.params().raw()).contains("\"parentTaskId\":\"aaaaaaaa-1111-2222-3333-444444444444\"");
    }

    @Test
    void aSuccessWithoutVideoInfoSaysSo() {
        TaskSnapshot snapshot = runway.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","state":"success","videoInfo":null}}""".formatted(ID)));

        assertThat(((TaskStatus.Succeeded) snapshot.status()).notice()).contains("no link");
    }
}
