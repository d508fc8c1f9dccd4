package io.alephmonitor.download;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How saves into the library name their files and what they write beside them.
 *
 * @param template      how saved files and folders are named (the "All kinds" template)
 * @param sidecars      whether a {@code NAME.aleph.json} with what is known of the task goes beside every saved result
 * @param fileTags      whether the task's prompt and ID go into each saved file whose format has room for them
 *                      (MP4/MOV, PNG, JPEG, MP3 metadata; the media itself untouched)
 * @param zone          the zone the template's {@code {date}} is shown in
 * @param kindTemplates a family's own template by {@link NamingFamilies family} id; a family without one uses
 *                      {@code template}
 */
public record LibraryOptions(NameTemplate template, boolean sidecars, boolean fileTags, ZoneId zone,
                             Map<String, NameTemplate> kindTemplates) {

    /** Today's names, sidecars and file tags on, the system's zone. */
    public static LibraryOptions defaults() {
        return new LibraryOptions(NameTemplate.DEFAULT, true, true, ZoneId.systemDefault());
    }

    public LibraryOptions {
        template = Objects.requireNonNullElse(template, NameTemplate.DEFAULT);
        zone = Objects.requireNonNullElse(zone, ZoneId.systemDefault());
        Map<String, NameTemplate> copy = new LinkedHashMap<>();
        if (kindTemplates != null) {
            kindTemplates.forEach((family, t) -> {
                if (family != null && t != null) {
                    copy.put(family, t);
                }
            });
        }
        kindTemplates = Map.copyOf(copy);
    }

    /** One template for every kind. */
    public LibraryOptions(NameTemplate template, boolean sidecars, boolean fileTags, ZoneId zone) {
        this(template, sidecars, fileTags, zone, Map.of());
    }

    /** The template a task of this kind is named by: its family's, else the general one. */
    public NameTemplate templateFor(String kindId) {
        return kindTemplates.getOrDefault(NamingFamilies.of(kindId), template);
    }

    /** The options of the settings' template text (one that cannot work: the default) and switches. */
    public static LibraryOptions of(String template, boolean sidecars, boolean fileTags) {
        return of(template, Map.of(), sidecars, fileTags);
    }

    /**
     * The options of the settings' general template and the families' templates; a general one that
     * cannot work is the default, a family's that cannot work is left out (the family uses the general one).
     */
    public static LibraryOptions of(String template, Map<String, String> byFamily, boolean sidecars,
                                    boolean fileTags) {
        Map<String, NameTemplate> parsed = new LinkedHashMap<>();
        if (byFamily != null) {
            byFamily.forEach((family, text) -> {
                if (family != null && text != null && !text.isBlank() && NameTemplate.problem(text) == null) {
                    parsed.put(family, NameTemplate.parseOrDefault(text));
                }
            });
        }
        return new LibraryOptions(NameTemplate.parseOrDefault(template), sidecars, fileTags, ZoneId.systemDefault(),
                parsed);
    }
}
