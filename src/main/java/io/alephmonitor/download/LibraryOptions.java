package io.alephmonitor.download;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How saves into the library name their files and what they write beside them.
 *
 * @param template how saved files and folders are named
 * @param sidecars whether a {@code NAME.aleph.json} with what is known of the task goes beside every saved result
 * @param fileTags whether the task's prompt and ID go into each saved file whose format has room for them
 *                 (MP4/MOV, PNG, JPEG, MP3 metadata; the media itself untouched)
 * @param zone     the zone the template's {@code {date}} is shown in
 */
public record LibraryOptions(NameTemplate template, boolean sidecars, boolean fileTags, ZoneId zone) {

    /** Today's names, sidecars and file tags on, the system's zone. */
    public static LibraryOptions defaults() {
        return new LibraryOptions(NameTemplate.DEFAULT, true, true, ZoneId.systemDefault());
    }

    public LibraryOptions {
        template = Objects.requireNonNullElse(template, NameTemplate.DEFAULT);
        zone = Objects.requireNonNullElse(zone, ZoneId.systemDefault());
    }

    /** The options of the settings' template text (one that cannot work: the default) and switches. */
    public static LibraryOptions of(String template, boolean sidecars, boolean fileTags) {
        return new LibraryOptions(NameTemplate.parseOrDefault(template), sidecars, fileTags, ZoneId.systemDefault());
    }
}
