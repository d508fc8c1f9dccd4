package io.alephmonitor.kie;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.TaskSnapshot;
import io.alephmonitor.model.TaskStatus;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suno music records, after https://docs.kie.ai/suno-api/get-music-details (the success example,
 * file docs/suno-generate-record-info-success.json, is the Chinese page's,
 * https://docs.kie.ai/cn/suno-api/get-music-details; the failure example,
 * docs/suno-generate-record-info-failed.json, is the Suno quick start's on kie.ai's docs host,
 * https://dog-test.kie.ai/cn/suno-api/quickstart-ch). Every documented {@code status} is read here.
 */
class SunoKindTest {

    private static final String ID = "5c79a1b2c3d4e5f60718293a4b5cbe8e";

    private final SunoKind suno = new SunoKind();

    private TaskSnapshot parse(String status, String tracks) {
        return suno.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","parentMusicId":"",
                 "param":"{\\"prompt\\":\\"A song about the sea\\",\\"style\\":\\"Folk\\"}",
                 "response":{"taskId":"%s","sunoData":[%s]},"status":"%s","type":"GENERATE",
                 "errorCode":null,"errorMessage":null}}""".formatted(ID, ID, tracks, status)));
    }

    private static String track(int n, String audioUrl) {
        return """
                {"id":"track-%d","audioUrl":"%s","streamAudioUrl":"https://example.cn/stream/%d",
                 "imageUrl":"https://example.cn/%d.jpeg","prompt":"[Verse] Waves %d","modelName":"chirp-v4",
                 "title":"Sea song %d","tags":"folk, calm","createTime":"2025-01-01 00:0%d:00","duration":%d.5}"""
                .formatted(n, audioUrl, n, n, n, n, n, 100 + n);
    }

    @Test
    void theDocumentedSuccessIsOneTrackWithItsTitleDurationCoverTagsAndLyrics() {
        TaskSnapshot snapshot = suno.parse(ID, DocExamples.data("suno-generate-record-info-success.json"));

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) snapshot.status();
        assertThat(succeeded.results()).containsExactly(new ResultFile.Audio("https://example.cn/****.mp3",
                "https://example.cn/****.jpeg", "钢铁侠", 198.44, "electrifying, rock", "[Verse] 夜晚城市 灯火辉煌",
                "e231****-****-****-****-****8cadc7dc"));
        assertThat(succeeded.imageUrl()).as("the cover is the picture").isEqualTo("https://example.cn/****.jpeg");
        assertThat(succeeded.completedAt()).as("no completeTime: the track's createTime")
                .isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(succeeded.notice()).isNull();
        assertThat(snapshot.params().prompt()).as("Suno's param prompt").isEqualTo("A calm piano track");
        assertThat(snapshot.kind()).isEqualTo("suno");
    }

    @Test
    void theDocumentedFailureCarriesKieAisCodeAndMessage() {
        TaskSnapshot snapshot = suno.parse(ID, DocExamples.data("suno-generate-record-info-failed.json"));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Failed(501, "生成失败,请重试或联系客服"));
        assertThat(snapshot.params().prompt()).isEqualTo("一首平静舒缓的钢琴曲");
    }

    @Test
    void pendingIsRunningAndTextSuccessIsRunningWithTheLyricsReady() {
        assertThat(parse("PENDING", "").status()).isEqualTo(new TaskStatus.Running());
        assertThat(parse("TEXT_SUCCESS", track(1, "") + "," + track(2, "")).status())
                .isEqualTo(new TaskStatus.Running(null, "Lyrics ready", List.of()));
    }

    @Test
    void firstSuccessIsAPartialResultOfTheTrackThatHasItsAudioAndPollingGoesOn() {
        TaskStatus status = parse("FIRST_SUCCESS", track(1, "https://example.cn/1.mp3") + "," + track(2, "")).status();

        assertThat(status.isFinal()).isFalse();
        assertThat(status).isInstanceOfSatisfying(TaskStatus.Running.class, running -> {
            assertThat(running.stage()).isEqualTo("First track ready");
            assertThat(running.partial()).containsExactly(new ResultFile.Audio("https://example.cn/1.mp3",
                    "https://example.cn/1.jpeg", "Sea song 1", 101.5, "folk, calm", "[Verse] Waves 1", "track-1"));
        });
    }

    @Test
    void successGivesBothTracksInKieAisOrder() {
        TaskStatus status = parse("SUCCESS", track(1, "https://example.cn/1.mp3") + "," + track(2, "https://example.cn/2.mp3")).status();

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) status;
        assertThat(succeeded.results()).extracting(ResultFile::url)
                .containsExactly("https://example.cn/1.mp3", "https://example.cn/2.mp3");
        assertThat(succeeded.results()).extracting(ResultFile::key).containsExactly("track:track-1", "track:track-2");
        assertThat(succeeded.completedAt()).as("the later track's createTime").isEqualTo(Instant.parse("2025-01-01T00:02:00Z"));
    }

    @Test
    void aTrackWithAnEmptyAudioUrlAtSuccessIsLeftOutAndTheNoticeNamesIt() {
        TaskStatus status = parse("SUCCESS", track(1, "https://example.cn/1.mp3") + "," + track(2, "")).status();

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) status;
        assertThat(succeeded.results()).extracting(ResultFile::url).containsExactly("https://example.cn/1.mp3");
        assertThat(succeeded.resultUrls()).as("the stream link is no file").doesNotContain("https://example.cn/stream/2");
        assertThat(succeeded.notice()).isEqualTo("Track 2 (\"Sea song 2\") came without an audio link; "
                + "kie.ai may still be preparing it — Check again later.");
    }

    @Test
    void successWithNoTrackThatHasAudioKeepsPollingInsteadOfEndingEmpty() {
        TaskStatus status = parse("SUCCESS", track(1, "") + "," + track(2, "")).status();

        assertThat(status.isFinal()).isFalse();
        assertThat(status).isEqualTo(new TaskStatus.Running(null, "Finished; waiting for the audio links", List.of()));
    }

    @Test
    void aRefusedPromptSaysSoInPlainWordsAndKeepsKieAisMessage() {
        TaskSnapshot snapshot = suno.parse(ID, DocExamples.dataOf("""
                {"code":200,"msg":"success","data":{"taskId":"%s","response":{"sunoData":[]},
                 "status":"SENSITIVE_WORD_ERROR","errorCode":400,"errorMessage":"Contains sensitive words"}}""".formatted(ID)));

        assertThat(snapshot.status()).isInstanceOfSatisfying(TaskStatus.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo(400);
            assertThat(failed.message()).startsWith("kie.ai refused the prompt because of words in it")
                    .endsWith("kie.ai says: Contains sensitive words");
        });
    }

    @Test
    void createTaskFailedIsAFailureEvenWithoutAMessage() {
        assertThat(parse("CREATE_TASK_FAILED", "").status()).isInstanceOfSatisfying(TaskStatus.Failed.class,
                failed -> assertThat(failed.message()).contains("CREATE_TASK_FAILED"));
    }

    @Test
    void aCallbackExceptionWithTracksIsASuccessAndWithoutTracksAFailure() {
        TaskStatus withTracks = parse("CALLBACK_EXCEPTION", track(1, "https://example.cn/1.mp3") + "," + track(2, "https://example.cn/2.mp3")).status();
        TaskStatus without = parse("CALLBACK_EXCEPTION", "").status();

        assertThat(withTracks).isInstanceOfSatisfying(TaskStatus.Succeeded.class,
                s -> assertThat(s.results()).hasSize(2));
        assertThat(without).isInstanceOfSatisfying(TaskStatus.Failed.class,
                f -> assertThat(f.message()).contains("CALLBACK_EXCEPTION"));
    }

    @Test
    void aStatusTheDocsDoNotNameIsPolledAgain() {
        assertThat(parse("SECOND_TRACK_MIXING", "").status()).isEqualTo(new TaskStatus.Running());
        assertThat(parse("", "").status()).isEqualTo(new TaskStatus.Running());
    }

    @Test
    void hexIdsAreSunoIds() {
        assertThat(suno.isValidId("21aee3c3c2a01fa5e030b3799fa4dd56")).isTrue();
        assertThat(suno.isValidId("5c79****be8e")).as("the docs' masked example is no real ID").isFalse();
        assertThat(TaskKinds.standard().defaultKind().id()).as("Aleph stays the default").isEqualTo("aleph");
        assertThat(TaskKinds.standard().byId("suno")).containsInstanceOf(SunoKind.class);
    }
}
