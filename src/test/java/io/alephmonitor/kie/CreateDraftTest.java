package io.alephmonitor.kie;

import io.alephmonitor.model.CreateForms;
import io.alephmonitor.model.KindIds;
import io.alephmonitor.model.MarketForms;
import io.alephmonitor.model.TaskSnapshot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regenerate / Use as template: a tracked task's recorded parameters, read by its kind from the docs'
 * record examples, fill the kind's create form back in; what the form does not know is kept and sent.
 * Pages: https://docs.kie.ai/veo3-api/get-veo-3-video-details, https://docs.kie.ai/runway-api/get-ai-video-details,
 * https://docs.kie.ai/flux-kontext-api/get-image-details, https://docs.kie.ai/4o-image-api/get-4-o-image-details,
 * https://docs.kie.ai/cn/mj-api/get-mj-task-details, https://docs.kie.ai/cn/suno-api/get-music-details,
 * https://docs.kie.ai/luma-api/get-luma-modify-details, https://docs.kie.ai/market/common/get-task-detail.
 */
class CreateDraftTest {

    private static String recorded(String kindId, String taskId, String example) {
        TaskSnapshot snapshot = TaskKinds.standard().byId(kindId).orElseThrow().parse(taskId, DocExamples.data(example));
        assertThat(snapshot.params().raw()).as(example).isNotBlank();
        return snapshot.params().raw();
    }

    private static CreateDraft remade(String kindId, String example) {
        return CreateDraft.fromRecorded(kindId, recorded(kindId, "t1", example)).orElseThrow();
    }

    private static JsonNode sent(CreateDraft draft) {
        CreateBodies.Built built = draft.build();
        assertThat(built).as("%s", built).isInstanceOf(CreateBodies.Built.Ready.class);
        return ((CreateBodies.Built.Ready) built).request().body();
    }

    @Test
    void aVeoRecordFillsThePromptAndKeepsTheKeyTheFormDoesNotKnow() {
        CreateDraft draft = remade(KindIds.VEO, "veo-record-info-success.json");

        assertThat(draft.form()).isEqualTo(CreateForms.veo());
        assertThat(draft.values()).containsEntry("prompt", "A futuristic city with flying cars at sunset.")
                .containsEntry("model", "veo3_fast"); // not recorded: the documented default
        assertThat(sent(draft).get("waterMark").asText()).isEqualTo("KieAI");
        assertThat(sent(draft).get("prompt").asText()).isEqualTo("A futuristic city with flying cars at sunset.");
    }

    @Test
    void aRunwayRecordsGenerateParamObjectFillsPromptAndImageAndKeepsExpandPrompt() {
        CreateDraft draft = remade(KindIds.RUNWAY, "runway-record-detail-success.json");

        assertThat(draft.form()).isEqualTo(CreateForms.runway());
        assertThat(draft.values()).containsEntry("prompt",
                        "A fluffy orange cat dancing energetically in a colorful room with disco lights")
                .containsEntry("imageUrl", "https://example.com/image.jpg")
                .containsEntry("duration", "5").containsEntry("quality", "720p");
        assertThat(sent(draft).get("expandPrompt").asBoolean()).isTrue();
        assertThat(sent(draft).get("duration").isNumber()).isTrue();
    }

    @Test
    void fluxKontextAnd4oImageAndLumaRecordsFillTheirForms() {
        CreateDraft flux = remade(KindIds.FLUX_KONTEXT, "flux-kontext-record-info-success.json");
        assertThat(flux.values()).containsEntry("prompt", "A serene mountain landscape").containsEntry("aspectRatio", "16:9");

        CreateDraft gpt = remade(KindIds.GPT4O_IMAGE, "gpt4o-image-record-info-success.json");
        assertThat(gpt.form()).isEqualTo(CreateForms.gpt4oImage());
        assertThat(gpt.values()).containsEntry("prompt", "A beautiful sunset over the mountains")
                .containsEntry("size", "1:1").containsEntry("isEnhance", "false");

        CreateDraft luma = remade(KindIds.LUMA, "luma-record-info-success.json");
        assertThat(luma.values()).containsEntry("prompt", "A futuristic cityscape")
                .containsEntry("videoUrl", "https://example.com/video.mp4");
        assertThat(sent(luma).get("callBackUrl").asText()).isEqualTo("https://example.com/callback");
    }

    @Test
    void aMidjourneyRecordsValuesOutsideTheDocumentedChoicesAreShownForTheUserToFix() {
        CreateDraft draft = remade(KindIds.MIDJOURNEY, "mj-record-info-success.json");

        assertThat(draft.values()).containsEntry("taskType", "mj_txt2img").containsEntry("stylization", "1")
                .containsEntry("speed", "Relax");
        assertThat(draft.build()).isInstanceOfSatisfying(CreateBodies.Built.Problems.class,
                problems -> assertThat(problems.byField()).containsOnlyKeys("speed"));
        assertThat(draft.extras().get("fileUrl").asText()).isEmpty();
    }

    @Test
    void aSunoRecordFillsCustomModeStyleAndTitleAndItsOldModelIsFlagged() {
        CreateDraft draft = remade(KindIds.SUNO, "suno-generate-record-info-success.json");

        assertThat(draft.values()).containsEntry("customMode", "true").containsEntry("instrumental", "true")
                .containsEntry("style", "Classical").containsEntry("title", "Peaceful Piano")
                .containsEntry("model", "V3_5");
        assertThat(draft.build()).isInstanceOfSatisfying(CreateBodies.Built.Problems.class,
                problems -> assertThat(problems.byField()).containsKeys("model", "callBackUrl"));
    }

    @Test
    void aMarketRecordOfAModelWithoutADescriptionGivesItsRawInputAndKeepsTheCallback() {
        CreateDraft draft = remade(KindIds.MARKET, "market-recordinfo-success.json");

        assertThat(draft.form()).isEqualTo(MarketForms.rawInput("grok-imagine/text-to-image"));
        JsonNode body = sent(draft);
        assertThat(body.get("model").asText()).isEqualTo("grok-imagine/text-to-image");
        assertThat(body.get("input").get("prompt").asText()).isEqualTo("Cinematic portrait...");
        assertThat(body.get("input").get("aspect_ratio").asText()).isEqualTo("3:2");
        assertThat(body.get("callBackUrl").asText()).isEqualTo("https://your-domain.com/api/callback");
    }

    @Test
    void aMarketRecordOfADescribedModelFillsItsFieldsAndKeepsUnknownInputKeys() {
        String param = "{\"model\":\"kling-2.6/text-to-video\",\"input\":{\"prompt\":\"A paper boat\",\"sound\":true,"
                + "\"aspect_ratio\":\"16:9\",\"duration\":\"10\",\"negative_prompt\":\"rain\"}}";

        CreateDraft draft = CreateDraft.fromRecorded(KindIds.MARKET, param).orElseThrow();

        assertThat(draft.form()).isEqualTo(MarketForms.klingTextToVideo());
        assertThat(draft.values()).containsEntry("prompt", "A paper boat").containsEntry("sound", "true")
                .containsEntry("duration", "10");
        Map<String, String> edited = new LinkedHashMap<>(draft.values());
        edited.put("prompt", "A paper boat at night");
        JsonNode body = sent(draft.withValues(edited));
        assertThat(body.get("input").get("prompt").asText()).isEqualTo("A paper boat at night");
        assertThat(body.get("input").get("negative_prompt").asText()).isEqualTo("rain");
        assertThat(body.get("input").get("aspect_ratio").asText()).isEqualTo("16:9");
    }

    @Test
    void editedJsonReadsBackIntoTheFieldsAndNonsenseSaysWhereItBroke() {
        CreateDraft veo = CreateDraft.blank(CreateForms.veo());

        CreateDraft.Read read = veo.readBody("{\"prompt\": \"A dog\", \"seeds\": 42, \"imageUrls\": [\"https://a.example/1.png\","
                + " \"https://a.example/2.png\"], \"extra\": {\"x\": 1}}");
        assertThat(read).isInstanceOfSatisfying(CreateDraft.Read.Filled.class, filled -> {
            assertThat(filled.draft().values()).containsEntry("prompt", "A dog").containsEntry("seeds", "42")
                    .containsEntry("imageUrls", "https://a.example/1.png\nhttps://a.example/2.png")
                    .containsEntry("model", ""); // a key left out of the JSON is empty in the form
            assertThat(filled.draft().bodyText()).contains("\"extra\"").contains("\"seeds\" : 42");
        });
        assertThat(veo.readBody("{\"prompt\": }")).isInstanceOfSatisfying(CreateDraft.Read.Unreadable.class,
                bad -> assertThat(bad.message()).startsWith("Line 1, column"));
        assertThat(veo.readBody("[1]")).isInstanceOf(CreateDraft.Read.Unreadable.class);
    }

    @Test
    void aTaskWithoutRecordedParametersOrADocumentedCreateCannotBeRemade() {
        assertThat(CreateDraft.fromRecorded(KindIds.VEO, null)).isEmpty();
        assertThat(CreateDraft.fromRecorded(KindIds.VEO, "not json")).isEmpty();
        assertThat(CreateDraft.fromRecorded(KindIds.SUNO_WAV, "{\"taskId\":\"x\"}")).isEmpty();
        assertThat(CreateDraft.fromRecorded(KindIds.MARKET, "{\"input\":{}}")).isEmpty();
    }
}
