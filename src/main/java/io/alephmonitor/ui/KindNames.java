package io.alephmonitor.ui;

import io.alephmonitor.model.Expiry;
import io.alephmonitor.model.KindInfo;
import io.alephmonitor.model.TrackedTask;
import io.alephmonitor.tracking.KindCatalog;
import javafx.util.StringConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What task kinds are called on screen: the paste chooser's entries ("Detect automatically",
 * "Veo 3.1", …), the table's short names ("Veo", "Market") and "Detecting…" for a task whose kind
 * is still being found out. Pure data over the kinds' identities ({@link KindInfo}).
 */
public final class KindNames {

    /** The chooser's label for {@link TrackedTask#AUTO_KIND}. */
    public static final String DETECT_LABEL = "Detect automatically";
    /** What a task whose kind is being detected shows as its kind. */
    public static final String DETECTING = "Detecting…";
    /** What a task shows as its kind once detection has ended without an answer (no kind knows the ID). */
    public static final String UNKNOWN = "Unknown kind";
    /** Why a task shows {@link #UNKNOWN}, and what can be done about it. */
    public static final String UNKNOWN_HINT = "kie.ai knew this task ID under none of its kinds."
            + " Right-click › Check again to ask once more, or remove the task.";

    private static final KindNames STANDARD = new KindNames(KindCatalog.standard());

    private final Map<String, KindInfo> kinds = new LinkedHashMap<>();

    public KindNames(List<KindInfo> kinds) {
        for (KindInfo kind : kinds) {
            this.kinds.put(kind.id(), kind);
        }
    }

    /** The names of every kind the app ships with. */
    public static KindNames standard() {
        return STANDARD;
    }

    /** The real kinds' ids, in registry order (what unrecognised IDs can be added as). */
    public List<String> kindIds() {
        return List.copyOf(kinds.keySet());
    }

    /** The paste chooser's entries: detect automatically first, then every kind. */
    public List<String> choices() {
        List<String> choices = new ArrayList<>();
        choices.add(TrackedTask.AUTO_KIND);
        choices.addAll(kinds.keySet());
        return choices;
    }

    /** True for a kind this app knows or for detect automatically. */
    public boolean isChoice(String kindId) {
        return TrackedTask.AUTO_KIND.equals(kindId) || kinds.containsKey(kindId);
    }

    /** A task's kind in full: "Veo 3.1", "Detecting…"; an id this version does not know stays as it is. */
    public String displayName(String kindId) {
        if (TrackedTask.AUTO_KIND.equals(kindId)) {
            return DETECTING;
        }
        KindInfo kind = kindId == null ? null : kinds.get(kindId);
        return kind != null ? kind.displayName() : kindId == null ? "" : kindId;
    }

    /** The kind as the table shows it: "Veo", "Market", "Detecting…". */
    public String shortName(String kindId) {
        KindInfo kind = kindId == null ? null : kinds.get(kindId);
        return kind != null ? kind.shortName() : displayName(kindId);
    }

    /**
     * When a finished task's result links expire, from its kind's lifetime ({@link Expiry}); a kind
     * this version does not know gets {@link Expiry#DEFAULT_LIFETIME}. Empty when there is nothing to expire.
     */
    public Optional<Instant> expiresAt(TrackedTask task) {
        KindInfo kind = task.kind() == null ? null : kinds.get(task.kind());
        return Expiry.expiresAt(task, kind != null ? kind.resultLifetime() : Expiry.DEFAULT_LIFETIME);
    }

    /** This task's kind in full; {@link #UNKNOWN} once detecting it has ended without an answer. */
    public String displayName(TrackedTask task) {
        return undetectable(task) ? UNKNOWN : displayName(task.kind());
    }

    /** This task's kind as the table shows it; {@link #UNKNOWN} once detecting it has ended without an answer. */
    public String shortName(TrackedTask task) {
        return undetectable(task) ? UNKNOWN : shortName(task.kind());
    }

    /** True for a task added as "detect automatically" that kie.ai has finally answered for under no kind. */
    public static boolean undetectable(TrackedTask task) {
        return TrackedTask.AUTO_KIND.equals(task.kind()) && task.status().isFinal();
    }

    /** A chooser entry: "Detect automatically", "Veo 3.1". */
    public String choiceLabel(String kindId) {
        return TrackedTask.AUTO_KIND.equals(kindId) ? DETECT_LABEL : displayName(kindId);
    }

    /** Shows a kind id in a chooser by its {@linkplain #choiceLabel label}. */
    public StringConverter<String> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(String kindId) {
                return kindId == null ? "" : choiceLabel(kindId);
            }

            @Override
            public String fromString(String label) {
                return choices().stream().filter(id -> choiceLabel(id).equals(label)).findFirst().orElse(null);
            }
        };
    }

    /** True when the filter text (already lower case) names this kind, by its id, short or full name. */
    public boolean matches(String kindId, String lowerCaseNeedle) {
        return contains(kindId, lowerCaseNeedle) || contains(shortName(kindId), lowerCaseNeedle)
                || contains(displayName(kindId), lowerCaseNeedle) || contains(choiceLabel(kindId), lowerCaseNeedle);
    }

    private static boolean contains(String text, String lowerCaseNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }
}
