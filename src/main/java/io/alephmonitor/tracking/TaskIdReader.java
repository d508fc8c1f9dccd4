package io.alephmonitor.tracking;

import java.util.List;

/** Finds task IDs in arbitrary pasted text (kie's {@code TaskIds.extract} in production). */
@FunctionalInterface
public interface TaskIdReader {

    /** The IDs found, in order, and how many non-blank lines held none. */
    Found read(String text);

    /** What {@link #read} found. */
    record Found(List<String> ids, int linesWithoutId) {
    }
}
