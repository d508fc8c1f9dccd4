package io.alephmonitor.model;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The create forms' checks as a user meets them while typing: a sentence per field, from what the
 * docs pages document (Runway https://docs.kie.ai/runway-api/generate-ai-video: a 10 s video cannot
 * be 1080p and text alone needs an aspect ratio; Suno https://docs.kie.ai/suno-api/generate-music:
 * 500 characters without custom mode, style and title in custom mode; Flux Kontext
 * https://docs.kie.ai/flux-kontext-api/generate-or-edit-image: moderation tolerance 0–6; ElevenLabs
 * https://kie.ai/elevenlabs-tts: speed 0.7–1.2; Luma https://docs.kie.ai/luma-api/generate-luma-modify-video:
 * a public video address; Midjourney https://kie.ai/zh-CN/features/mj-api: weirdness 0–3000).
 */
class CreateValidatorTest {

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldAndNothingElse() {
        assertThat(CreateValidator.problems(CreateForms.luma(), Map.of()))
                .containsExactly(Map.entry("prompt", "Fill in Prompt — kie.ai needs it."),
                        Map.entry("videoUrl", "Fill in Video to modify — kie.ai needs it."));
    }

    @Test
    void aFilledFormWithDocumentedValuesHasNoProblems() {
        assertThat(CreateValidator.problems(CreateForms.runway(),
                values("prompt", "A cat", "duration", "5", "quality", "1080p", "aspectRatio", "16:9"))).isEmpty();
    }

    @Test
    void aTenSecondRunwayVideoCannotBe1080pAndSaysWhatToChooseInstead() {
        assertThat(CreateValidator.problems(CreateForms.runway(),
                values("prompt", "A cat", "duration", "10", "quality", "1080p", "aspectRatio", "16:9")))
                .containsExactly(Map.entry("quality", "Not possible: a 10 s video cannot be 1080p; choose 5 s or 720p."));
    }

    @Test
    void aRunwayVideoFromTextAloneNeedsItsAspectRatioButOneFromAnImageDoesNot() {
        assertThat(CreateValidator.problems(CreateForms.runway(), values("prompt", "A cat", "duration", "5",
                "quality", "720p", "aspectRatio", ""))).containsOnlyKeys("aspectRatio");
        // the form's default (16:9) counts once chosen; left empty with an image, none is needed
        assertThat(CreateValidator.problems(CreateForms.runway(), values("prompt", "A cat", "duration", "5",
                "quality", "720p", "imageUrl", "https://example.com/cat.png"))).isEmpty();
    }

    @Test
    void aChoiceOutsideTheDocumentedValuesListsTheValuesThatAreAllowed() {
        assertThat(CreateValidator.problems(CreateForms.veo(), values("prompt", "A dog", "aspect_ratio", "4:3")))
                .containsExactly(Map.entry("aspect_ratio", "Aspect ratio must be one of: 16:9, 9:16, Auto."));
    }

    @Test
    void numbersAreCheckedForTheirKindAndTheirDocumentedRange() {
        assertThat(CreateValidator.problems(CreateForms.fluxKontext(), values("prompt", "A hill", "safetyTolerance", "7")))
                .containsExactly(Map.entry("safetyTolerance", "Moderation tolerance must be between 0 and 6."));
        assertThat(CreateValidator.problems(CreateForms.fluxKontext(), values("prompt", "A hill", "safetyTolerance", "2.5")))
                .containsExactly(Map.entry("safetyTolerance", "Moderation tolerance must be a whole number."));
        assertThat(CreateValidator.problems(CreateForms.midjourney(), values("taskType", "mj_txt2img", "prompt", "A jet",
                "weirdness", "3001"))).containsExactly(Map.entry("weirdness", "Weirdness must be between 0 and 3000."));
        assertThat(CreateValidator.problems(MarketForms.elevenLabsMultilingual(), values("text", "Hello", "speed", "1.5")))
                .containsExactly(Map.entry("speed", "Speed must be between 0.7 and 1.2."));
        assertThat(CreateValidator.problems(MarketForms.elevenLabsMultilingual(), values("text", "Hello", "speed", "fast")))
                .containsExactly(Map.entry("speed", "Speed must be a number."));
    }

    @Test
    void sunoWithoutCustomModeTakesAPromptOfAtMost500Characters() {
        Map<String, String> values = values("customMode", "false", "instrumental", "false", "model", "V4_5ALL",
                "callBackUrl", "https://example.com/callback", "prompt", "x".repeat(501));

        assertThat(CreateValidator.problems(CreateForms.suno(), values)).containsExactly(Map.entry("prompt",
                "Prompt or lyrics is 501 characters long; with Custom mode (your own lyrics, style and title) false "
                        + "kie.ai takes at most 500."));
        values.put("prompt", "x".repeat(500));
        assertThat(CreateValidator.problems(CreateForms.suno(), values)).isEmpty();
    }

    @Test
    void sunoInCustomModeNeedsAStyleAndATitleAndOnV4ShorterOnes() {
        Map<String, String> values = values("customMode", "true", "instrumental", "true", "model", "V4",
                "callBackUrl", "https://example.com/callback");

        assertThat(CreateValidator.problems(CreateForms.suno(), values)).containsOnlyKeys("style", "title");
        values.putAll(values("style", "s".repeat(201), "title", "Calm"));
        assertThat(CreateValidator.problems(CreateForms.suno(), values)).containsOnlyKeys("style");
        values.put("style", "Classical");
        assertThat(CreateValidator.problems(CreateForms.suno(), values)).isEmpty();
        values.put("instrumental", "false");
        assertThat(CreateValidator.problems(CreateForms.suno(), values)).containsOnlyKeys("prompt");
    }

    @Test
    void inputFilesMustBePublicHttpsAddressesKieAiCanFetch() {
        String label = "Video to modify";
        assertThat(CreateValidator.problemWith(CreateForms.luma().field("videoUrl").orElseThrow(), "not a link"))
                .isEqualTo(label + " is not a web address (not a link).");
        assertThat(CreateValidator.problemWith(CreateForms.luma().field("videoUrl").orElseThrow(), "example.com/a.mp4"))
                .isEqualTo(label + " must be a web address starting with https:// (example.com/a.mp4).");
        assertThat(CreateValidator.problemWith(CreateForms.luma().field("videoUrl").orElseThrow(), "http://example.com/a.mp4"))
                .isEqualTo(label + " must start with https:// — kie.ai fetches the file itself.");
        assertThat(CreateValidator.problemWith(CreateForms.luma().field("videoUrl").orElseThrow(), "https://192.168.1.20/a.mp4"))
                .startsWith(label + " points at this computer or a private network");
        assertThat(CreateValidator.problemWith(CreateForms.luma().field("videoUrl").orElseThrow(), "https://localhost/a.mp4"))
                .startsWith(label + " points at this computer");
        assertThat(CreateValidator.problemWith(CreateForms.luma().field("videoUrl").orElseThrow(), "https://example.com/a.mp4"))
                .isNull();
        for (String privateAddress : List.of("https://10.0.0.5/a.mp4", "https://172.20.1.1:8443/a.mp4",
                "https://127.0.0.1/a.mp4", "https://user@[::1]/a.mp4", "https://nas.local/a.mp4")) {
            assertThat(CreateValidator.problemWith(CreateForms.luma().field("videoUrl").orElseThrow(), privateAddress))
                    .as(privateAddress).contains("private network");
        }
        assertThat(CreateValidator.problemWith(CreateForms.luma().field("videoUrl").orElseThrow(),
                "https://172.32.0.1/a.mp4?x=1")).as("outside 172.16/12").isNull();
    }

    @Test
    void everyLinkOfALinkListIsCheckedWhetherOneALineOrSeparatedByCommas() {
        CreateField images = CreateForms.gpt4oImage().field("filesUrl").orElseThrow();

        assertThat(CreateValidator.splitLinks(" https://a.example/1.png,\nhttps://a.example/2.png \n\n"))
                .containsExactly("https://a.example/1.png", "https://a.example/2.png");
        assertThat(CreateValidator.problemWith(images, "https://a.example/1.png\nftp://a.example/2.png"))
                .isEqualTo("Images must be a web address starting with https:// (ftp://a.example/2.png).");
    }

    @Test
    void oddInputNeverThrowsAndYesNoFieldsTakeOnlyTrueOrFalse() {
        CreateForm veo = CreateForms.veo();
        assertThat(CreateValidator.problems(veo, values("prompt", "A dog", "enableTranslation", "maybe",
                "seeds", "1e400000", "imageUrls", "https://[::1/")))
                .containsOnlyKeys("enableTranslation", "seeds", "imageUrls");
        assertThat(CreateValidator.problems(veo, null)).containsOnlyKeys("prompt");
    }

    @Test
    void everyFormHasADocsPageAnEndpointAndUniqueFieldNames() {
        assertThat(CreateForms.all()).extracting(CreateForm::id).doesNotHaveDuplicates()
                .contains("veo", "runway", "flux-kontext", "gpt4o-image", "midjourney", "suno", "luma",
                        "market:kling-2.6/text-to-video", "market:bytedance/seedance-1.5-pro", "market:nano-banana-2",
                        "market:elevenlabs/text-to-speech-multilingual-v2");
        for (CreateForm form : CreateForms.all()) {
            assertThat(form.docsUrl()).as(form.id()).startsWith("https://");
            assertThat(form.endpoint()).as(form.id()).startsWith("/api/v1/");
            assertThat(form.fields()).extracting(CreateField::name).as(form.id()).doesNotHaveDuplicates();
            for (CreateField field : form.fields()) {
                if (field.defaultValue() != null && !field.defaultValue().isEmpty()) {
                    assertThat(CreateValidator.problemWith(field, field.defaultValue()))
                            .as("the default of %s.%s passes its own checks", form.id(), field.name()).isNull();
                }
            }
        }
        assertThat(CreateForms.byId("market:nano-banana-2")).get().extracting(CreateForm::marketModel).isEqualTo("nano-banana-2");
    }
}
