package io.alephmonitor.kie;

import io.alephmonitor.model.ResultFile;
import io.alephmonitor.model.ResultType;
import io.alephmonitor.model.TaskStatus;
import io.alephmonitor.model.TaskSnapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Market records ({@code jobs/recordInfo}). The success example is kie.ai's, verbatim, from
 * https://docs.kie.ai/market/common/get-task-detail (file docs/market-recordinfo-success.json).
 */
class MarketKindTest {

    private static final String ID = "774d9a7dd608a0e49293903095e45a4c";

    private final MarketKind market = new MarketKind();

    @Test
    void theDocumentedSuccessUnpacksResultJsonAndTheNestedInput() {
        TaskSnapshot snapshot = market.parse("task_12345678", DocExamples.data("market-recordinfo-success.json"));

        assertThat(snapshot.status()).isEqualTo(TaskStatus.Succeeded.of(
                List.of(new ResultFile.Image("https://example.com/generated-content.jpg")), Instant.ofEpochMilli(1698765432000L)));
        assertThat(snapshot.params().prompt()).isEqualTo("Cinematic portrait...");
        assertThat(snapshot.params().aspectRatio()).isEqualTo("3:2");
        assertThat(snapshot.createdAt()).isEqualTo(Instant.ofEpochMilli(1698765400000L));
        assertThat(snapshot.completedAt()).isEqualTo(Instant.ofEpochMilli(1698765432000L));
    }

    @Test
    void aVideoModelsResultsNameTheVideoAndKeepEveryUrl() {
        TaskSnapshot snapshot = market.parse(ID, DocExamples.dataOf("""
                {"code":200,"message":"success","data":{"taskId":"%s","state":"success",
                 "resultJson":"{\\"resultUrls\\":[\\"https://example.com/a.mp4\\",\\"https://example.com/b.mp4\\",\\"https://example.com/c.png\\"]}"}}"""
                .formatted(ID)));

        TaskStatus.Succeeded succeeded = (TaskStatus.Succeeded) snapshot.status();
        assertThat(succeeded.videoUrl()).isEqualTo("https://example.com/a.mp4");
        assertThat(succeeded.imageUrl()).isEqualTo("https://example.com/c.png");
        assertThat(succeeded.resultUrls()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"waiting", "queuing", "generating"})
    void statesBeforeSuccessAreRunning(String state) {
        TaskSnapshot snapshot = market.parse(ID, DocExamples.dataOf("""
                {"code":200,"message":"success","data":{"taskId":"%s","state":"%s","resultJson":"",
                 "failCode":"","failMsg":""}}""".formatted(ID, state)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running());
    }

    @Test
    void failCarriesFailCodeAndFailMsgEvenWhenTheCodeIsAString() {
        TaskSnapshot snapshot = market.parse(ID, DocExamples.dataOf("""
                {"code":200,"message":"success","data":{"taskId":"%s","state":"fail",
                 "failCode":"501","failMsg":"Generation failed: internal error"}}""".formatted(ID)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Failed(501, "Generation failed: internal error"));
    }

    @Test
    void malformedResultJsonIsSuccessWithoutUrlsRatherThanAnException() {
        TaskSnapshot snapshot = market.parse(ID, DocExamples.dataOf("""
                {"code":200,"message":"success","data":{"taskId":"%s","state":"success","resultJson":"{not json"}}"""
                .formatted(ID)));

        assertThat(snapshot.status()).isInstanceOfSatisfying(TaskStatus.Succeeded.class, done -> {
            assertThat(done.results()).isEmpty();
            assertThat(done.notice()).contains("sent no result");
        });
    }

    /**
     * "resultUrls" serve image, video and audio models alike: an ElevenLabs answer's .mp3 and .wav
     * links are audio, a link whose name says nothing waits for its answer's Content-Type.
     */
    @Test
    void anAudioModelsLinksAreAudioByTheirNamesAndANamelessLinkIsUntyped() {
        TaskSnapshot snapshot = market.parse(ID, DocExamples.dataOf("""
                {"code":200,"message":"success","data":{"taskId":"%s","model":"elevenlabs/text-to-speech","state":"success",
                 "resultJson":"{\\"resultUrls\\":[\\"https://example.com/voice.mp3\\",\\"https://example.com/voice.WAV?sig=1\\",\\"https://example.com/file/42\\"]}"}}"""
                .formatted(ID)));

        TaskStatus.Succeeded done = (TaskStatus.Succeeded) snapshot.status();
        assertThat(done.results()).containsExactly(new ResultFile.Audio("https://example.com/voice.mp3"),
                new ResultFile.Audio("https://example.com/voice.WAV?sig=1"), new ResultFile.Untyped("https://example.com/file/42"));
        assertThat(done.videoUrl()).as("an mp3 is not a video").isNull();
        assertThat(done.imageUrl()).as("nor an image").isNull();
        assertThat(done.notice()).isNull();
    }

    /** Text models answer {@code {"resultObject": {...}}}: kept as the JSON text, saved as .json. */
    @Test
    void aTextModelsResultObjectIsAStructuredTextResult() {
        TaskSnapshot snapshot = market.parse(ID, DocExamples.dataOf("""
                {"code":200,"message":"success","data":{"taskId":"%s","state":"success",
                 "resultJson":"{\\"resultObject\\":{\\"text\\":\\"Autumn in three words\\",\\"tokens\\":12}}"}}"""
                .formatted(ID)));

        TaskStatus.Succeeded done = (TaskStatus.Succeeded) snapshot.status();
        assertThat(done.results()).singleElement().isInstanceOfSatisfying(ResultFile.Text.class, text -> {
            assertThat(text.structured()).isTrue();
            assertThat(text.url()).isNull();
            assertThat(text.content()).contains("\"text\" : \"Autumn in three words\"").contains("\"tokens\" : 12");
            assertThat(text.extension()).isEqualTo("json");
        });
    }

    @Test
    void aPlainStringResultObjectIsPlainText() {
        TaskSnapshot snapshot = market.parse(ID, DocExamples.dataOf("""
                {"code":200,"message":"success","data":{"taskId":"%s","state":"success",
                 "resultJson":"{\\"resultObject\\":\\"Just words.\\"}"}}""".formatted(ID)));

        assertThat(((TaskStatus.Succeeded) snapshot.status()).results())
                .containsExactly(new ResultFile.Text(null, "Just words.", false, null));
    }

    @Test
    void aResultWithBothLinksAndATextKeepsBothAndSaysSo() {
        TaskSnapshot snapshot = market.parse(ID, DocExamples.dataOf("""
                {"code":200,"message":"success","data":{"taskId":"%s","state":"success",
                 "resultJson":"{\\"resultUrls\\":[\\"https://example.com/a.png\\"],\\"resultObject\\":{\\"caption\\":\\"A mug\\"}}"}}"""
                .formatted(ID)));

        TaskStatus.Succeeded done = (TaskStatus.Succeeded) snapshot.status();
        assertThat(done.results()).extracting(ResultFile::type).containsExactly(ResultType.IMAGE, ResultType.TEXT);
        assertThat(done.notice()).contains("both");
    }

    /** The page: "progress" (0–100) is returned for some models (sora2) while generating. */
    @Test
    void progressFromZeroToAHundredIsAFractionWhileGenerating() {
        TaskSnapshot snapshot = market.parse(ID, DocExamples.dataOf("""
                {"code":200,"message":"success","data":{"taskId":"%s","model":"sora-2-text-to-video","state":"generating",
                 "progress":45}}""".formatted(ID)));

        assertThat(snapshot.status()).isEqualTo(new TaskStatus.Running(0.45));
    }

    @Test
    void anUnknownMarketTaskIsNotFoundNotAnInvalidId() {
        ApiResult<?> answer = Envelope.read(200, new CappedBody(
                "{\"code\":422,\"message\":\"recordInfo is null\",\"data\":null}".getBytes(), false), null, null);

        assertThat(answer).isInstanceOfSatisfying(ApiResult.Err.class,
                err -> assertThat(err.error().kind()).isEqualTo(ApiError.Kind.NOT_FOUND));
    }
}
