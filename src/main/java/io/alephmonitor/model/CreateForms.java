package io.alephmonitor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.alephmonitor.model.CreateField.choice;
import static io.alephmonitor.model.CreateField.of;
import static io.alephmonitor.model.FieldType.BOOLEAN;
import static io.alephmonitor.model.FieldType.INTEGER;
import static io.alephmonitor.model.FieldType.LONG_TEXT;
import static io.alephmonitor.model.FieldType.NUMBER;
import static io.alephmonitor.model.FieldType.TEXT;
import static io.alephmonitor.model.FieldType.URL;
import static io.alephmonitor.model.FieldType.URL_LIST;

/**
 * Every create request the docs describe, one {@link CreateForm} each: the kinds with their own
 * endpoint here, the Market models in {@link MarketForms}. Each description follows its docs page
 * (the URL is on the form); where a page gives no limit, the field has none.
 */
public final class CreateForms {

    private CreateForms() {
    }

    /** All forms: the kinds with their own endpoint first, then the Market models. */
    public static List<CreateForm> all() {
        List<CreateForm> all = new ArrayList<>(List.of(veo(), runway(), fluxKontext(), gpt4oImage(), midjourney(), suno(), luma()));
        all.addAll(MarketForms.all());
        return List.copyOf(all);
    }

    public static Optional<CreateForm> byId(String id) {
        return all().stream().filter(form -> form.id().equals(id)).findFirst();
    }

    /** Veo 3.1: {@code POST /api/v1/veo/generate}. */
    public static CreateForm veo() {
        return new CreateForm(KindIds.VEO, "Veo 3.1", KindIds.VEO, "/api/v1/veo/generate", null,
                "https://docs.kie.ai/veo3-api/generate-veo-3-video", List.of(
                of("prompt", "Prompt", LONG_TEXT).mandatory(),
                choice("model", "Model", "veo3", "veo3_fast", "veo3_lite").defaultValue("veo3_fast"),
                choice("generationType", "Generation mode", "TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO",
                        "REFERENCE_2_VIDEO").hint("Reference images (REFERENCE_2_VIDEO) work with the Fast and Lite models."),
                of("imageUrls", "Images", URL_LIST)
                        .hint("One or two frames (first and last), or reference images."),
                choice("aspect_ratio", "Aspect ratio", "16:9", "9:16", "Auto").defaultValue("16:9"),
                of("seeds", "Seed", INTEGER),
                of("watermark", "Watermark text", TEXT),
                of("enableTranslation", "Translate the prompt to English", BOOLEAN).defaultValue("true"),
                of("enableFallback", "Fall back to another model if refused", BOOLEAN).defaultValue("false")),
                List.of());
    }

    /** Runway: {@code POST /api/v1/runway/generate}. */
    public static CreateForm runway() {
        return new CreateForm(KindIds.RUNWAY, "Runway", KindIds.RUNWAY, "/api/v1/runway/generate", null,
                "https://docs.kie.ai/runway-api/generate-ai-video", List.of(
                of("prompt", "Prompt", LONG_TEXT).mandatory(),
                of("imageUrl", "Image", URL),
                choice("duration", "Duration (s)", "5", "10").numeric().mandatory().defaultValue("5"),
                choice("quality", "Quality", "720p", "1080p").mandatory().defaultValue("720p"),
                choice("aspectRatio", "Aspect ratio", "16:9", "4:3", "1:1", "3:4", "9:16").defaultValue("16:9"),
                of("waterMark", "Watermark text", TEXT).defaultValue("").hint("Empty: no watermark.")),
                List.of(new CreateRule.RequiredWhen("aspectRatio", "imageUrl", "",
                                "a video made from text alone needs its aspect ratio"),
                        new CreateRule.NotTogether("duration", "10", "quality", "1080p",
                                "a 10 s video cannot be 1080p; choose 5 s or 720p")));
    }

    /** Flux Kontext: {@code POST /api/v1/flux/kontext/generate}. */
    public static CreateForm fluxKontext() {
        return new CreateForm(KindIds.FLUX_KONTEXT, "Flux Kontext", KindIds.FLUX_KONTEXT, "/api/v1/flux/kontext/generate",
                null, "https://docs.kie.ai/flux-kontext-api/generate-or-edit-image", List.of(
                of("prompt", "Prompt", LONG_TEXT).mandatory().hint("English only, or turn on translation."),
                of("inputImage", "Image to edit", URL),
                choice("aspectRatio", "Aspect ratio", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16").defaultValue("16:9"),
                choice("model", "Model", "flux-kontext-pro", "flux-kontext-max").defaultValue("flux-kontext-pro"),
                choice("outputFormat", "File type", "jpeg", "png").defaultValue("jpeg"),
                of("enableTranslation", "Translate the prompt to English", BOOLEAN).defaultValue("true"),
                of("promptUpsampling", "Let the AI improve the prompt", BOOLEAN).defaultValue("false"),
                of("safetyTolerance", "Moderation tolerance", INTEGER).range(0, 6).defaultValue("2")
                        .hint("0 strictest … 6 loosest when generating; at most 2 when editing an image."),
                of("watermark", "Watermark text", TEXT)),
                List.of());
    }

    /** 4o Image: {@code POST /api/v1/gpt4o-image/generate}. */
    public static CreateForm gpt4oImage() {
        return new CreateForm(KindIds.GPT4O_IMAGE, "4o Image", KindIds.GPT4O_IMAGE, "/api/v1/gpt4o-image/generate",
                null, "https://docs.kie.ai/old-model/4o-image-api/generate-4-o-image", List.of(
                of("prompt", "Prompt", LONG_TEXT),
                of("filesUrl", "Images", URL_LIST),
                choice("size", "Aspect ratio", "1:1", "3:2", "2:3").mandatory().defaultValue("1:1"),
                choice("nVariants", "Images to make", "1", "2", "4").numeric().defaultValue("1"),
                of("isEnhance", "Enhance the prompt", BOOLEAN).defaultValue("false"),
                of("enableFallback", "Fall back to another model if refused", BOOLEAN).defaultValue("false")),
                List.of(new CreateRule.RequiredWhen("prompt", "filesUrl", "", "give a prompt, images, or both")));
    }

    /** Midjourney: {@code POST /api/v1/mj/generate}. */
    public static CreateForm midjourney() {
        return new CreateForm(KindIds.MIDJOURNEY, "Midjourney", KindIds.MIDJOURNEY, "/api/v1/mj/generate", null,
                "https://docs.kie.ai/cn/mj-api/generate-mj-image", List.of(
                choice("taskType", "Task", "mj_txt2img", "mj_img2img", "mj_style_reference", "mj_omni_reference",
                        "mj_video", "mj_video_hd").mandatory().defaultValue("mj_txt2img"),
                of("prompt", "Prompt", LONG_TEXT).mandatory(),
                choice("speed", "Speed", "relaxed", "fast", "turbo").defaultValue("relaxed"),
                of("fileUrls", "Images", URL_LIST),
                choice("aspectRatio", "Aspect ratio", "1:2", "9:16", "2:3", "3:4", "5:6", "6:5", "4:3", "3:2", "1:1",
                        "16:9", "2:1").defaultValue("16:9"),
                choice("version", "Version", "7", "6.1", "6", "5.2", "5.1", "niji6").defaultValue("7"),
                // the ranges are the ones kie.ai's Midjourney playground states (https://kie.ai/zh-CN/features/mj-api)
                of("variety", "Variety", INTEGER).range(0, 100),
                of("stylization", "Stylization", INTEGER).range(0, 1000),
                of("weirdness", "Weirdness", INTEGER).range(0, 3000),
                of("waterMark", "Watermark text", TEXT),
                of("enableTranslation", "Translate the prompt to English", BOOLEAN).defaultValue("false")),
                List.of(new CreateRule.RequiredWhen("fileUrls", "taskType", "mj_img2img", "image to image needs an image")));
    }

    /** Suno music: {@code POST /api/v1/generate}. */
    public static CreateForm suno() {
        List<String> v4 = List.of("V4");
        List<String> newer = List.of("V4_5", "V4_5PLUS", "V4_5ALL", "V5");
        return new CreateForm(KindIds.SUNO, "Suno music", KindIds.SUNO, "/api/v1/generate", null,
                "https://docs.kie.ai/suno-api/generate-music", List.of(
                of("customMode", "Custom mode (your own lyrics, style and title)", BOOLEAN).mandatory().defaultValue("false"),
                of("instrumental", "Instrumental (no vocals)", BOOLEAN).mandatory().defaultValue("false"),
                choice("model", "Model", "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5").mandatory().defaultValue("V4_5ALL"),
                of("prompt", "Prompt or lyrics", LONG_TEXT).maxLength(5000),
                of("style", "Style", TEXT).maxLength(1000),
                of("title", "Title", TEXT).maxLength(100),
                of("negativeTags", "Styles to avoid", TEXT),
                choice("vocalGender", "Voice", "m", "f"),
                of("styleWeight", "Style weight", NUMBER).range(0, 1),
                of("weirdnessConstraint", "Weirdness", NUMBER).range(0, 1),
                of("audioWeight", "Audio weight", NUMBER).range(0, 1),
                of("callBackUrl", "Callback address", URL).mandatory()
                        .hint("kie.ai requires one for Suno; the app follows the task by polling either way.")),
                List.of(new CreateRule.RequiredWhen("prompt", "customMode", "false", "without custom mode the prompt is all Suno gets"),
                        new CreateRule.RequiredWhen("prompt", "instrumental", "false", "a song with vocals needs its lyrics or prompt"),
                        new CreateRule.MaxLengthWhen("prompt", 500, "customMode", List.of("false")),
                        new CreateRule.RequiredWhen("style", "customMode", "true", "custom mode needs a style"),
                        new CreateRule.RequiredWhen("title", "customMode", "true", "custom mode needs a title"),
                        new CreateRule.MaxLengthWhen("prompt", 3000, "model", v4),
                        new CreateRule.MaxLengthWhen("style", 200, "model", v4),
                        new CreateRule.MaxLengthWhen("title", 80, "model", List.of("V4", "V4_5ALL")),
                        new CreateRule.MaxLengthWhen("title", 100, "model", newer)));
    }

    /** Luma modify: {@code POST /api/v1/modify/generate}. */
    public static CreateForm luma() {
        return new CreateForm(KindIds.LUMA, "Luma modify video", KindIds.LUMA, "/api/v1/modify/generate", null,
                "https://docs.kie.ai/luma-api/generate-luma-modify-video", List.of(
                of("prompt", "Prompt", LONG_TEXT).mandatory(),
                of("videoUrl", "Video to modify", URL).mandatory()
                        .hint("MP4, MOV or AVI, at most 500 MB and 10 seconds."),
                of("watermark", "Watermark", TEXT)),
                List.of());
    }
}
