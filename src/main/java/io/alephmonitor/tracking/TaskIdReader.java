package io.alephmonitor.tracking;

import io.alephmonitor.kie.TaskIdCandidates;
import io.alephmonitor.kie.TaskIds;
import io.alephmonitor.kie.TaskKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Task IDs of every format these kinds know, with unknown ID-looking tokens ({@link TaskIdCandidates}). */
    static TaskIdReader forKinds(List<TaskKind> kinds) {
        List<TaskKind> known = List.copyOf(kinds);
        return text -> {
            TaskIdCandidates.Found found = TaskIdCandidates.extract(text, known);
            Map<String, List<String>> kindsById = new LinkedHashMap<>();
            found.ids().forEach(candidate -> kindsById.put(candidate.id(), candidate.kinds()));
            return new Found(found.idList(), found.linesWithoutId(), found.unknownTokens(), kindsById);
        };
    }

    /**
     * What {@link #read} found: IDs, non-blank lines without one, ID-looking tokens of no known
     * format, and per ID the kinds whose format accepts it (empty map when the reader does not know).
     */
    record Found(List<String> ids, int linesWithoutId, List<String> unknownTokens, Map<String, List<String>> kindsById) {
        public Found {
            unknownTokens = List.copyOf(unknownTokens);
            kindsById = Map.copyOf(kindsById);
        }

        public Found(List<String> ids, int linesWithoutId) {
            this(ids, linesWithoutId, List.of(), Map.of());
        }

        /** The kinds accepting this ID's format; empty when unknown. */
        List<String> kindsOf(String id) {
            return kindsById.getOrDefault(id, List.of());
        }
    }
}
