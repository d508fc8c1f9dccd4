package io.alephmonitor.model;

import java.util.Objects;

/**
 * What a task was made from, when the app made it from another tracked task: a new take of its
 * recorded parameters, or a documented follow-up of its result. The parent need not be tracked any
 * more (it may have been removed); its ID is kept as it was.
 *
 * @param parentTaskId the task this one was made from
 * @param relation     how it was made from it
 */
public record TaskOrigin(String parentTaskId, Relation relation) {

    /** How a task was made from its parent, in the words the detail pane's family view uses. */
    public enum Relation {
        /** A new take from the parent's parameters, edited or not ("Regenerate", "Use as template"). */
        REMADE("new take of"),
        /** A longer video continuing the parent (Veo, Runway extend; Suno extend). */
        EXTENDED("extension of"),
        /** The parent's video in 1080p (Veo Get 1080P). */
        HD_1080P("1080p of"),
        /** The parent's video in 4K (Veo Get 4K). */
        UHD_4K("4K of"),
        /** A cover version, WAV, stems, music video or other Suno follow-up of the parent's track. */
        DERIVED("made from");

        private final String words;

        Relation(String words) {
            this.words = words;
        }

        /** "new take of", "1080p of"…: followed by the parent's name. */
        public String words() {
            return words;
        }

        /** The relation stored under {@code name}; {@link #DERIVED} for a name a newer version wrote. */
        public static Relation named(String name) {
            for (Relation r : values()) {
                if (r.name().equals(name)) {
                    return r;
                }
            }
            return DERIVED;
        }
    }

    /**
     * Whether the task has no record of its own on kie.ai: a 1080p or 4K copy is answered by Get 1080P / Get 4K
     * under its parent's ID, so asking a record endpoint about it would only say "not found".
     */
    public boolean hasNoRecordOfItsOwn() {
        return relation == Relation.HD_1080P || relation == Relation.UHD_4K;
    }

    public TaskOrigin {
        Objects.requireNonNull(parentTaskId, "parentTaskId");
        relation = Objects.requireNonNullElse(relation, Relation.DERIVED);
    }
}
