package io.alephmonitor.kie;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Luma video-modify records. The success example is kie.ai's, verbatim, from
 * https://docs.kie.ai/luma-api/get-luma-modify-details (file docs/luma-record-info-success.json);
 * the status table (0 generating, 1 success, 2 create failed, 3 generation failed, 4 "callback
 * failed — generation succeeded but callback failed") is the same on
 * https://docs.kie.ai/cn/luma-api/get-luma-modify-details (4 回调失败 — 生成成功但回调失败).
 */
class LumaKindTest {

    private static final String ID = "774d9a7dd608a0e49293903095e45a4c";
    private static final String RESULT = "https://tempfile.aiquickdraw.com/l/f782018c-6be4-4990-96ba-7231cd5a39e7.mp4";

    private final LumaKind luma = new LumaKind();

    @Test
    void theDocumentedSuccessIsTheModifiedVideoNotTheSourceVideo() {
        TaskSnapshot snapshot = luma.parse(ID, DocExamples.data("luma-record-info-success.json"));

        TaskStatus.Succeeded done = (TaskStatus.Succeeded) snapshot.status();
        assertThat(done.results()).containsExactly(new ResultFile.Video(RESULT, null));
        assertThat(done.videoUrl()).isEqualTo(RESULT);
        assertThat(done.completedAt()).isEqualTo(Instant.ofEpochMilli(1755078480000L));
        assertThat(snapshot.createdAt()).isEqualTo(Instant.ofEpochMilli(1755078171000L));
        assertThat(snapshot.params().prompt()).isEqualTo("A futuristic cityscape");
        assertThat(snapshot.params().videoUrl()).isEqualTo("https://example.com/video.mp4");
        assertThat(snapshot.kind()).isEqualTo("luma");
    }

    @Test
    void flagFourCallbackFailedIsASuccessBecauseTheVideoWasMade() {
        TaskSnapshot snapshot = luma.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","completeTime":1755078480000,
                 "response":{"taskId":"%s","resultUrls":["%s"]},"successFlag":4,"createTime":1755078171000,
                 "errorCode":500,"errorMessage":"callback failed"}}""".formatted(ID, ID, RESULT)));

        assertThat(snapshot.status()).isInstanceOf(TaskStatus.Succeeded.class);
        assertThat(((TaskStatus.Succeeded) snapshot.status()).results()).containsExactly(new ResultFile.Video(RESULT, null));
        assertThat(((TaskStatus.Succeeded) snapshot.status()).notice()).isNull();
    }

    @Test
    void aSuccessWithoutAnyLinkSaysSoInsteadOfLookingEmpty() {
        TaskSnapshot snapshot = luma.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","response":{"resultUrls":[]},"successFlag":4}}"""
                .formatted(ID)));

        TaskStatus.Succeeded done = (TaskStatus.Succeeded) snapshot.status();
        assertThat(done.results()).isEmpty();
        assertThat(done.notice()).contains("no link");
    }

    @Test
    void flagZeroIsStillGenerating() {
        TaskSnapshot snapshot = luma.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","response":null,"successFlag":0,
                 "errorCode":null,"errorMessage":null,"createTime":1755078171000}}""".formatted(ID)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void flagsTwoAndThreeAreFailuresWithKieAisMessage(int flag) {
        TaskSnapshot snapshot = luma.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","successFlag":%d,
                 "errorCode":501,"errorMessage":"Generation failed"}}""".formatted(ID, flag)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Failed(501, "Generation failed"));
    }

    @Test
    void acceptsThe32HexIdsOfTheDocsAndPollsTheModifyEndpoint() {
        assertThat(luma.isValidId(ID)).isTrue();
        assertThat(luma.isValidId("ee603959-debb-48d1-98c4-a6d1c717eba6")).isFalse();
        assertThat(luma.recordPath()).isEqualTo("/api/v1/modify/record-info");
        assertThat(luma.resultLifetime()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void isRegisteredAfterTheOthersWithAlephStillTheDefault() {
        TaskKinds kinds = TaskKinds.standard();
        assertThat(kinds.defaultKind().id()).isEqualTo("aleph");
        assertThat(kinds.byId("luma")).containsInstanceOf(LumaKind.class);
        assertThat(kinds.accepting(ID).stream().map(TaskKind::id).toList()).contains("luma");
    }
}
