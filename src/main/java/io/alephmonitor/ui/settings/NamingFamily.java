package io.alephmonitor.ui.settings;

import java.util.Objects;

/**
 * One entry of the Settings chooser "For: All kinds / Suno / Veo / …": a family of kinds that may
 * have its own naming template.
 *
 * @param id         the family's id (the settings' key, e.g. "suno"); empty for {@link #ALL_KINDS}
 * @param label      its name on screen, e.g. "Suno"
 * @param suggestion the template suggested for it ("Use suggested")
 */
public record NamingFamily(String id, String label, String suggestion) {

    /** The general template, used by every family without its own. */
    public static final NamingFamily ALL_KINDS = new NamingFamily("", "All kinds", "{prompt}-{id}.{ext}");

    public NamingFamily {
        id = Objects.requireNonNullElse(id, "");
        Objects.requireNonNull(label, "label");
        suggestion = Objects.requireNonNullElse(suggestion, "");
    }

    /** True for "All kinds". */
    public boolean general() {
        return id.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}
