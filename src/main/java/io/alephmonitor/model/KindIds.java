package io.alephmonitor.model;

/** The stored ids of the task kinds the app ships with (the adapters in {@code kie/} use the same). */
public final class KindIds {

    public static final String ALEPH = "aleph";
    public static final String RUNWAY = "runway";
    public static final String VEO = "veo";
    /** Every newer kie.ai model shares the Market endpoint, so IDs of unknown shapes usually belong here. */
    public static final String MARKET = "market";
    public static final String FLUX_KONTEXT = "flux-kontext";
    public static final String GPT4O_IMAGE = "gpt4o-image";
    public static final String MIDJOURNEY = "midjourney";
    /** Suno music ({@code generate/record-info}): two tracks a request. */
    public static final String SUNO = "suno";
    /** A Suno track made into an MP4 music video. */
    public static final String SUNO_VIDEO = "suno-video";
    /** A Suno track converted to WAV. */
    public static final String SUNO_WAV = "suno-wav";
    /** A Suno track separated into vocals and instruments (stems). */
    public static final String SUNO_STEMS = "suno-stems";
    /** A Suno track's notes as MIDI data. */
    public static final String SUNO_MIDI = "suno-midi";
    /** Suno lyrics (text only). */
    public static final String SUNO_LYRICS = "suno-lyrics";
    /** Cover images for a Suno music task. */
    public static final String SUNO_COVER = "suno-cover";
    /** Luma video modify ({@code modify/record-info}). */
    public static final String LUMA = "luma";
    /** A task whose kind is still to be detected from kie.ai's answers. */
    public static final String AUTO = "auto";

    private KindIds() {
    }
}
