package io.alephmonitor.download;

import io.alephmonitor.model.KindIds;

import java.util.List;
import java.util.Map;

/**
 * The kinds as a user thinks of them when naming files: one family per kind, except that every
 * Suno task type (music, WAV, stems, MIDI, video, lyrics, cover) is "Suno". Each family may have
 * its own naming template ({@link LibraryOptions#templateFor}); the ids are the keys of the
 * settings' {@code nameTemplates} map.
 */
public final class NamingFamilies {

    /** Every family, in the order the Settings chooser lists them. */
    public static final List<String> ALL = List.of(KindIds.MARKET, KindIds.VEO, KindIds.RUNWAY, KindIds.ALEPH,
            KindIds.LUMA, KindIds.FLUX_KONTEXT, KindIds.GPT4O_IMAGE, KindIds.MIDJOURNEY, KindIds.SUNO);

    private static final String VIDEO = "{prompt:40}-{id:8}.{ext}";
    private static final String IMAGES = "{date:yyyy-MM}/{prompt:40}-{n}-{id:8}.{ext}";
    private static final Map<String, String> SUGGESTED = Map.of(
            KindIds.MARKET, "{date:yyyy-MM}/{kind}-{model}-{prompt:30}-{id:8}.{ext}",
            KindIds.VEO, VIDEO, KindIds.RUNWAY, VIDEO, KindIds.ALEPH, VIDEO, KindIds.LUMA, VIDEO,
            KindIds.FLUX_KONTEXT, IMAGES, KindIds.GPT4O_IMAGE, IMAGES, KindIds.MIDJOURNEY, IMAGES,
            KindIds.SUNO, "{date:yyyy-MM}/{track:40}-{id:8}.{ext}");

    private NamingFamilies() {
    }

    /** The family a task of this kind is named by: "suno" for every Suno kind, else the kind itself (null: null). */
    public static String of(String kindId) {
        if (kindId == null) {
            return null;
        }
        return kindId.startsWith(KindIds.SUNO + "-") ? KindIds.SUNO : kindId;
    }

    /** The template suggested for this family (a suggestion only: nothing uses it unless the user takes it). */
    public static String suggested(String family) {
        return SUGGESTED.getOrDefault(family, NameTemplate.DEFAULT_TEXT);
    }
}
