package io.alephmonitor.kie;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One shape a kie.ai task ID takes. kie.ai documents different shapes per kind (UUIDs for Aleph
 * and Runway, 32 hex digits or prefixed IDs such as {@code veo_task_…} for others; some of the
 * documented examples are placeholders), so each {@link TaskKind} lists the shapes it accepts.
 */
public enum TaskIdFormat {

    /** {@code ee603959-debb-48d1-98c4-a6d1c717eba6}; compared in lower case. */
    UUID("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", true),
    /** 32 hex digits, e.g. {@code 774d9a7dd608a0e49293903095e45a4c}; compared in lower case. */
    HEX32("[0-9a-fA-F]{32}", true),
    /**
     * {@code veo_task_abcdef123456} (the Veo pages' example) and {@code veo_extend_task_…} (the
     * Extend page's: extensions are looked up through the same record-info).
     */
    VEO_PREFIXED("veo_(?:extend_)?task_[A-Za-z0-9]{4,64}", false),
    /**
     * {@code task_12345678} (the Market detail page's example) and {@code task_kling-2.6_1765182425861}
     * (what the Market create pages show): letters, digits, '.', '_' and '-' inside, a letter or digit at the ends.
     */
    TASK_PREFIXED("task_[A-Za-z0-9](?:[A-Za-z0-9._-]{2,78}[A-Za-z0-9])", false);

    private final Pattern exact;
    private final boolean caseInsensitive;

    TaskIdFormat(String regex, boolean caseInsensitive) {
        this.exact = Pattern.compile(regex);
        this.caseInsensitive = caseInsensitive;
    }

    /** True when {@code text} is exactly one ID of this shape. */
    public boolean matches(String text) {
        return text != null && exact.matcher(text).matches();
    }

    /** The canonical spelling of an ID of this shape (hex IDs in lower case). */
    public String canonical(String id) {
        return caseInsensitive ? id.toLowerCase(Locale.ROOT) : id;
    }
}
