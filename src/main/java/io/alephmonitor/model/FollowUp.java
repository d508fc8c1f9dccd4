package io.alephmonitor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The documented follow-ups of a finished task, each making a tracked task linked to it: Veo's Get 1080P and
 * Get 4K (https://docs.kie.ai/veo3-api/get-veo-3-1080-p-video, …/get-veo-3-4k-video: both 16:9 and 9:16 videos,
 * only a successfully generated one), Veo's Extend (…/veo3-api/extend-video) and Runway's Extend
 * (https://docs.kie.ai/cn/runway-api/extend-ai-video).
 */
public enum FollowUp {
    GET_1080P("Get 1080P", TaskOrigin.Relation.HD_1080P, false),
    GET_4K("Get 4K (extra credits)", TaskOrigin.Relation.UHD_4K, false),
    EXTEND("Extend…", TaskOrigin.Relation.EXTENDED, true),
    /** Suno's WAV conversion of the first track (https://docs.kie.ai/cn/suno-api/convert-to-wav). */
    SUNO_WAV("Convert to WAV…", TaskOrigin.Relation.DERIVED, false),
    /** Suno's vocal separation of the first track, vocals and instrumental (…/suno-api/separate-vocals). */
    SUNO_STEMS("Separate vocals…", TaskOrigin.Relation.DERIVED, false),
    /** Suno's music video of the first track (…/suno-api/create-music-video). */
    SUNO_VIDEO("Make a music video…", TaskOrigin.Relation.DERIVED, false);

    private final String label;
    private final TaskOrigin.Relation relation;
    private final boolean needsPrompt;

    FollowUp(String label, TaskOrigin.Relation relation, boolean needsPrompt) {
        this.label = label;
        this.relation = relation;
        this.needsPrompt = needsPrompt;
    }

    /** The menu item's words. */
    public String label() {
        return label;
    }

    /** How the task it makes is linked to its parent. */
    public TaskOrigin.Relation relation() {
        return relation;
    }

    /** Whether it is one of Suno's tools, which kie.ai sends only with a callback address. */
    public boolean needsCallback() {
        return this == SUNO_WAV || this == SUNO_STEMS || this == SUNO_VIDEO;
    }

    /** Whether the user writes a prompt for it (how the video goes on). */
    public boolean needsPrompt() {
        return needsPrompt;
    }

    /** What 4K costs, said before anything is sent (kie.ai's Get 4K page). */
    public static final String UHD_4K_COST = "Getting the 4K version costs extra credits on kie.ai — about as much as two "
            + "Fast-mode Veo videos — and takes 5 to 10 minutes.";

    /**
     * The follow-ups offered for this task: Get 1080P, Get 4K and Extend for a finished Veo video that is itself no
     * 1080p or 4K copy; Extend for a finished Runway video; WAV, vocal separation and music video for a finished
     * Suno song whose first track has its ID. None for anything else.
     */
    /** The ID of the task's first Suno track (the {@code audioId} its tools need), or null. */
    public static String firstTrackId(TrackedTask task) {
        if (!(task.status() instanceof TaskStatus.Succeeded done)) {
            return null;
        }
        return done.files().stream().filter(ResultFile.Audio.class::isInstance).map(f -> ((ResultFile.Audio) f).trackId())
                .filter(id -> id != null && !id.isBlank()).findFirst().orElse(null);
    }

    public static List<FollowUp> offeredFor(TrackedTask task) {
        List<FollowUp> offered = new ArrayList<>();
        if (task == null || !(task.status() instanceof TaskStatus.Succeeded)) {
            return offered;
        }
        boolean copy = task.origin() != null && (task.origin().relation() == TaskOrigin.Relation.HD_1080P
                || task.origin().relation() == TaskOrigin.Relation.UHD_4K);
        if (KindIds.VEO.equals(task.kind()) && !copy) {
            offered.addAll(List.of(GET_1080P, GET_4K, EXTEND));
        } else if (KindIds.RUNWAY.equals(task.kind())) {
            offered.add(EXTEND);
        } else if (KindIds.SUNO.equals(task.kind()) && firstTrackId(task) != null) {
            offered.addAll(List.of(SUNO_WAV, SUNO_STEMS, SUNO_VIDEO));
        }
        return offered;
    }
}
