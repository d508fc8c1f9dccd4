package io.alephmonitor.kie;

import io.alephmonitor.model.CreateForm;
import io.alephmonitor.model.CreateForms;
import io.alephmonitor.model.MarketForms;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each create description can send the request its docs page shows: the page's example body,
 * typed into the form, is built back into the same JSON (numbers as numbers, yes/no as booleans,
 * link lists as arrays), less what the form leaves to kie.ai (empty fields, a callback URL the app
 * does not need). Pages (examples kept verbatim under {@code docs/}, see its README):
 * https://docs.kie.ai/cn/veo3-api/generate-veo-3-video, https://docs.kie.ai/runway-api,
 * https://docs.kie.ai/flux-kontext-api, https://docs.kie.ai/old-model/cn/4o-image-api/generate-4-o-image,
 * https://docs.kie.ai/cn/mj-api/generate-mj-image, https://docs.kie.ai/suno-api/generate-music,
 * https://dog-test.kie.ai/luma-api/generate-luma-modify-video,
 * https://docs.kie.ai/market/elevenlabs/text-to-speech-multilingual-v2, https://docs.kie.ai/market/google/nanobanana2,
 * https://docs.kie.ai/cn/market/bytedance/seedance-1-5-pro.
 */
class CreateBodiesTest {

    static Stream<Arguments> documentedExamples() {
        return Stream.of(
                Arguments.of(CreateForms.runway(), "runway-generate-request.json"),
                Arguments.of(CreateForms.fluxKontext(), "flux-kontext-generate-request.json"),
                Arguments.of(CreateForms.gpt4oImage(), "gpt4o-image-generate-request.json"),
                Arguments.of(CreateForms.midjourney(), "mj-generate-request.json"),
                Arguments.of(CreateForms.suno(), "suno-generate-request.json"),
                Arguments.of(CreateForms.luma(), "luma-modify-generate-request.json"),
                Arguments.of(MarketForms.elevenLabsMultilingual(), "market-elevenlabs-multilingual-v2-request.json"),
                Arguments.of(MarketForms.nanoBanana2(), "market-nano-banana-2-request.json"),
                Arguments.of(MarketForms.seedance15Pro(), "market-seedance-1-5-pro-request.json"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("documentedExamples")
    void theDocumentedExampleTypedIntoItsFormIsBuiltBackIntoTheSameBody(CreateForm form, String file) {
        JsonNode example = DocExamples.json(file);

        CreateRequest request = ready(form, CreateExamples.typedValues(form, example));

        assertThat(request.path()).isEqualTo(form.endpoint());
        assertThat(request.kindId()).isEqualTo(form.kindId());
        assertThat(CreateExamples.expectedBody(form, example)).asString().as("the example has fields the form sends").contains("=");
        assertThat(CreateExamples.byValue(request.body())).isEqualTo(CreateExamples.expectedBody(form, example));
    }

    @Test
    void veosExampleIsBuiltBackOnceItsImagesArePublicHttpsAddresses() {
        CreateForm veo = CreateForms.veo();
        JsonNode example = DocExamples.json("veo-generate-request.json");
        Map<String, String> values = new HashMap<>(CreateExamples.typedValues(veo, example));

        assertThat(built(veo, values)).isInstanceOfSatisfying(CreateBodies.Built.Problems.class, problems ->
                assertThat(problems.byField()).containsOnlyKeys("imageUrls")
                        .containsValue("Images must start with https:// — kie.ai fetches the file itself."));

        values.put("imageUrls", values.get("imageUrls").replace("http://", "https://"));
        CreateRequest request = ready(veo, values);
        assertThat(request.body().get("seeds").isIntegralNumber()).isTrue();
        assertThat(request.body().get("enableTranslation").isBoolean()).isTrue();
        assertThat(request.body().get("imageUrls")).hasSize(2);
        assertThat(request.body().get("generationType").asText()).isEqualTo("REFERENCE_2_VIDEO");
        assertThat(request.body().has("callBackUrl")).as("the app polls; no callback is sent").isFalse();
    }

    @Test
    void runwaysDurationGoesOutAsANumberAndAnEmptyWatermarkIsLeftToKieAi() {
        CreateRequest request = ready(CreateForms.runway(), Map.of("prompt", "A cat", "duration", "10",
                "quality", "720p", "aspectRatio", "9:16", "waterMark", ""));

        assertThat(request.body().get("duration").isNumber()).isTrue();
        assertThat(request.body().get("duration").asInt()).isEqualTo(10);
        assertThat(request.body().has("waterMark")).isFalse();
    }

    @Test
    void aMarketModelWithoutADescriptionIsSentWithItsRawInputObject() {
        CreateForm raw = MarketForms.rawInput("bytedance/seedance-1-pro");

        CreateRequest request = ready(raw, Map.of("input", "{\"prompt\": \"Waves\", \"duration\": \"5\"}"));

        assertThat(request.path()).isEqualTo("/api/v1/jobs/createTask");
        assertThat(request.body().get("model").asText()).isEqualTo("bytedance/seedance-1-pro");
        assertThat(request.body().get("input").get("prompt").asText()).isEqualTo("Waves");
    }

    @Test
    void rawInputThatIsNotAJsonObjectIsAFieldProblemInWordsNotAnException() {
        CreateForm raw = MarketForms.rawInput("bytedance/seedance-1-pro");

        assertThat(built(raw, Map.of("input", "{\"prompt\": "))).isInstanceOfSatisfying(CreateBodies.Built.Problems.class,
                problems -> assertThat(problems.byField().get("input")).startsWith("Input (JSON object) is not valid JSON"));
        assertThat(built(raw, Map.of("input", "[1, 2]"))).isInstanceOfSatisfying(CreateBodies.Built.Problems.class,
                problems -> assertThat(problems.byField().get("input")).contains("must be a JSON object"));
    }

    @Test
    void aFormWithProblemsBuildsNoRequestAndSaysWhatToFixPerField() {
        assertThat(built(CreateForms.luma(), Map.of("prompt", "Night", "videoUrl", "http://127.0.0.1/clip.mp4")))
                .isInstanceOfSatisfying(CreateBodies.Built.Problems.class, problems ->
                        assertThat(problems.byField()).containsOnlyKeys("videoUrl"));
    }

    private static CreateBodies.Built built(CreateForm form, Map<String, String> values) {
        return CreateBodies.build(form, values);
    }

    private static CreateRequest ready(CreateForm form, Map<String, String> values) {
        CreateBodies.Built built = CreateBodies.build(form, values);
        assertThat(built).as("problems: %s", built).isInstanceOf(CreateBodies.Built.Ready.class);
        return ((CreateBodies.Built.Ready) built).request();
    }
}
