package io.alephmonitor.app;

import io.alephmonitor.download.NameFields;
import io.alephmonitor.download.NameTemplate;
import io.alephmonitor.download.NameTemplateException;
import io.alephmonitor.download.NamingFamilies;
import io.alephmonitor.model.KindIds;
import io.alephmonitor.ui.KindNames;
import io.alephmonitor.ui.settings.NamingFamily;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The Settings dialog's naming preview: where a template saves a sample task of a family (a Suno
 * track with its title for Suno, a video for Veo), and the families the dialog offers.
 */
final class NamingPreview {

    private static final Instant DATE = Instant.parse("2026-03-07T10:15:00Z");
    private static final String EAGLE = "A majestic eagle soaring through the mountains at dawn";

    /** A sample task of this family and the extension of its first result. */
    private record Sample(NameFields fields, String ext) {
    }

    private static final Sample VIDEO = new Sample(new NameFields("ee603959-d1f3-4a8b-9c1e-5f0b2d7a6c41", "aleph",
            "veo3_fast", EAGLE, "Morning Flight", 1, DATE), "mp4");
    private static final Map<String, Sample> SAMPLES = Map.of(
            KindIds.SUNO, new Sample(new NameFields("5c79a5e1f3b04a8d9e2c7f1a6b3d0e94", KindIds.SUNO, "V4_5",
                    "An upbeat synthwave song about a night drive", "Neon Highway", 1, DATE), "mp3"),
            KindIds.MIDJOURNEY, image(KindIds.MIDJOURNEY, "mj_txt2img", "mj_9f2c41d0a7b3"),
            KindIds.FLUX_KONTEXT, image(KindIds.FLUX_KONTEXT, "flux-kontext-pro", "fk_7d1e0c52b9a4"),
            KindIds.GPT4O_IMAGE, image(KindIds.GPT4O_IMAGE, "gpt-4o-image", "4o_e83b16c07f25"),
            KindIds.MARKET, video(KindIds.MARKET, "kling-2.6/text-to-video"),
            KindIds.VEO, video(KindIds.VEO, "veo3_fast"),
            KindIds.RUNWAY, video(KindIds.RUNWAY, "gen4_turbo"),
            KindIds.LUMA, video(KindIds.LUMA, "ray2"));

    private NamingPreview() {
    }

    /** "All kinds" first, then every family by the name the table gives its kind, with its suggested template. */
    static List<NamingFamily> families() {
        KindNames names = KindNames.standard();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(NamingFamily.ALL_KINDS),
                NamingFamilies.ALL.stream().map(id -> new NamingFamily(id, names.shortName(id),
                        NamingFamilies.suggested(id)))).toList();
    }

    /**
     * Where the template saves a sample task of the family (null or unknown: a video task); a
     * blank template: the names saves always had. A template that cannot work: an
     * {@link IllegalArgumentException} saying why.
     */
    static String preview(String family, String template) {
        try {
            NameTemplate parsed = template == null || template.isBlank() ? NameTemplate.DEFAULT
                    : NameTemplate.parse(template);
            Sample sample = SAMPLES.getOrDefault(family == null ? "" : family, VIDEO);
            return parsed.render(sample.fields(), ZoneId.systemDefault()).path(sample.ext());
        } catch (NameTemplateException cannotWork) {
            throw new IllegalArgumentException(cannotWork.getMessage(), cannotWork);
        }
    }

    private static Sample video(String kind, String model) {
        return new Sample(new NameFields("b2c4e6f8-1a3c-4e5f-8a9b-0c1d2e3f4a5b", kind, model, EAGLE, null, 1, DATE),
                "mp4");
    }

    private static Sample image(String kind, String model, String taskId) {
        return new Sample(new NameFields(taskId, kind, model, "A watercolour fox in a snowy forest", null, 1, DATE),
                "png");
    }
}
