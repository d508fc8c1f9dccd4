package io.alephmonitor.model;

import java.util.List;

import static io.alephmonitor.model.CreateField.choice;
import static io.alephmonitor.model.CreateField.of;
import static io.alephmonitor.model.FieldType.BOOLEAN;
import static io.alephmonitor.model.FieldType.INTEGER;
import static io.alephmonitor.model.FieldType.LONG_TEXT;
import static io.alephmonitor.model.FieldType.NUMBER;
import static io.alephmonitor.model.FieldType.TEXT;
import static io.alephmonitor.model.FieldType.URL_LIST;

/**
 * The Market models ({@code POST /api/v1/jobs/createTask}) described field by field: two video, an
 * image and an audio model from their docs pages. Any other Market model is created with the raw
 * {@code input} JSON ({@link #rawInput}).
 */
public final class MarketForms {

    public static final String ENDPOINT = "/api/v1/jobs/createTask";

    private MarketForms() {
    }

    public static List<CreateForm> all() {
        return List.of(klingTextToVideo(), seedance15Pro(), nanoBanana2(), elevenLabsMultilingual());
    }

    /** A Market model the app has no description of: its {@code input} typed as JSON. */
    public static CreateForm rawInput(String model) {
        return market(model, model, "https://docs.kie.ai/market/quickstart", List.of(
                of("input", "Input (JSON object)", FieldType.JSON).mandatory()
                        .hint("The model's input object as its docs page shows it.")));
    }

    /** Kling 2.6 text to video. */
    public static CreateForm klingTextToVideo() {
        return market("kling-2.6/text-to-video", "Kling 2.6 text to video", "https://kie.ai/kling-2-6", List.of(
                of("prompt", "Prompt", LONG_TEXT).mandatory(),
                of("sound", "With sound", BOOLEAN).defaultValue("false"),
                choice("aspect_ratio", "Aspect ratio", "1:1", "16:9", "9:16").defaultValue("1:1"),
                choice("duration", "Duration (s)", "5", "10").defaultValue("5")));
    }

    /**
     * ByteDance Seedance 1.5 Pro (video from text or images). The stored page shows its example only,
     * not the list of aspect ratios, resolutions or durations, so those are not limited here.
     */
    public static CreateForm seedance15Pro() {
        return market("bytedance/seedance-1.5-pro", "Seedance 1.5 Pro", "https://docs.kie.ai/cn/market/bytedance/seedance-1-5-pro",
                List.of(
                        of("prompt", "Prompt", LONG_TEXT).mandatory(),
                        of("input_urls", "Images", URL_LIST),
                        of("aspect_ratio", "Aspect ratio", TEXT).defaultValue("1:1"),
                        of("resolution", "Resolution", TEXT).defaultValue("720p"),
                        of("duration", "Duration (s)", INTEGER).defaultValue("8"),
                        of("fixed_lens", "Fixed camera", BOOLEAN).defaultValue("false"),
                        of("generate_audio", "With sound", BOOLEAN).defaultValue("false")));
    }

    /** Google Nano Banana 2 (image). */
    public static CreateForm nanoBanana2() {
        return market("nano-banana-2", "Nano Banana 2", "https://docs.kie.ai/market/google/nanobanana2", List.of(
                of("prompt", "Prompt", LONG_TEXT).mandatory(),
                of("image_input", "Reference images", URL_LIST),
                of("google_search", "Ground with Google Search", BOOLEAN).defaultValue("false"),
                choice("aspect_ratio", "Aspect ratio", "auto", "1:1", "1:4", "4:1", "1:8", "8:1", "2:3", "3:2", "3:4",
                        "4:3", "4:5", "5:4", "9:16", "16:9", "21:9").defaultValue("auto"),
                choice("resolution", "Resolution", "1K", "2K", "4K").defaultValue("1K"),
                choice("output_format", "File type", "png", "jpg").defaultValue("png")));
    }

    /** ElevenLabs multilingual v2 (text to speech). */
    public static CreateForm elevenLabsMultilingual() {
        return market("elevenlabs/text-to-speech-multilingual-v2", "ElevenLabs text to speech (multilingual v2)",
                "https://docs.kie.ai/market/elevenlabs/text-to-speech-multilingual-v2", List.of(
                of("text", "Text", LONG_TEXT).mandatory(),
                of("voice", "Voice", TEXT).defaultValue("Rachel"),
                of("stability", "Stability", NUMBER).range(0, 1).defaultValue("0.5"),
                of("similarity_boost", "Similarity boost", NUMBER).range(0, 1).defaultValue("0.75"),
                of("style", "Style exaggeration", NUMBER).range(0, 1).defaultValue("0"),
                of("speed", "Speed", NUMBER).range(0.7, 1.2).defaultValue("1"),
                of("timestamps", "Word timestamps", BOOLEAN).defaultValue("false"),
                of("previous_text", "Text before", LONG_TEXT),
                of("next_text", "Text after", LONG_TEXT),
                of("language_code", "Language (ISO 639-1)", TEXT)
                        .hint("Only the Turbo and Flash v2.5 models take a language; leave it empty here.")));
    }

    private static CreateForm market(String model, String title, String docsUrl, List<CreateField> fields) {
        return new CreateForm("market:" + model, title, KindIds.MARKET, ENDPOINT, model, docsUrl, fields, List.of());
    }
}
