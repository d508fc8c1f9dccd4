package io.alephmonitor.tracking;

import io.alephmonitor.kie.TaskIds;

import java.util.List;

/** Finds task IDs in arbitrary pasted text (kie's {@code TaskIds.extract} in production). */
@FunctionalInterface
public interface TaskIdReader {

    /** The IDs found, in order, and how many non-blank lines held none. */
    Found read(String text);

    /** kie.ai's UUID task IDs, lower-cased and de-duplicated ({@link TaskIds#extract}). */
    static TaskIdReader kieTaskIds() {
        return text -> {
            TaskIds.Extraction found = TaskIds.extract(text);
            return new Found(found.ids(), found.linesWithoutId());
        };
    }

    /** What {@link #read} found. */
    record Found(List<String> ids, int linesWithoutId) {
    }
}
