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
    /** A task whose kind is still to be detected from kie.ai's answers. */
    public static final String AUTO = "auto";

    private KindIds() {
    }
}
